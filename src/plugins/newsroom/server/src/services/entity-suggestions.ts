import type { Core } from '@strapi/strapi';
import { ENTITY_TAG_UID, EXPERT_UID } from '../constants';
import { candidateNames, findMentions, foldForMatching, type Span } from '../text';

export interface EntityMention {
  kind: 'tag' | 'expert';
  /** The entity's row in this locale: what the content manager's relation fields hold. */
  id: number;
  documentId: string;
  name: string;
  slug: string | null;
  /** A tag's type or an expert's kind. */
  type: string;
  spans: Span[];
}

export interface Suggestions {
  /** Existing tags and experts the text names (by name or alias), with where. */
  entities: EntityMention[];
  /** Names the existing entities do not cover: suggestions to create, never created here. */
  candidates: { text: string; spans: Span[] }[];
}

interface EntityRow {
  id: number;
  documentId: string;
  name: string;
  slug: string | null;
  aliases?: unknown;
  type?: string;
  kind?: string;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The tags and experts a draft names, for a journalist to attach, and names that might become new ones. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async suggest(text: string, locale: string): Promise<Suggestions> {
    const load = (uid: typeof ENTITY_TAG_UID | typeof EXPERT_UID, typeField: 'type' | 'kind') =>
      strapi.db.query(uid).findMany({
        select: ['id', 'documentId', 'name', 'slug', 'aliases', typeField],
        where: { locale },
      }) as Promise<EntityRow[]>;
    const [tags, experts] = [await load(ENTITY_TAG_UID, 'type'), await load(EXPERT_UID, 'kind')];

    const entities: EntityMention[] = [];
    for (const [kind, rows] of [['tag', tags], ['expert', experts]] as const) {
      for (const row of rows) {
        const names = [row.name, ...(Array.isArray(row.aliases) ? row.aliases : [])].filter(
          (name): name is string => typeof name === 'string'
        );
        const spans = names
          .flatMap((name) => findMentions(text, name))
          .filter((span, index, all) => all.findIndex((other) => other.start === span.start) === index)
          .sort((a, b) => a.start - b.start);
        if (spans.length === 0) continue;
        entities.push({
          kind,
          id: row.id,
          documentId: row.documentId,
          name: row.name,
          slug: row.slug,
          type: (row.type ?? row.kind) as string,
          spans,
        });
      }
    }

    const covered = entities.flatMap((entity) => entity.spans);
    const candidates = new Map<string, { text: string; spans: Span[] }>();
    for (const span of candidateNames(text)) {
      if (covered.some((known) => overlaps(known, span))) continue;
      const key = foldForMatching(span.text);
      const candidate = candidates.get(key) ?? { text: span.text, spans: [] };
      candidate.spans.push(span);
      candidates.set(key, candidate);
    }
    return { entities, candidates: [...candidates.values()] };
  },
});
