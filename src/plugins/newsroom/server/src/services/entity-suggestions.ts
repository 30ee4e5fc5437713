import type { Core } from '@strapi/strapi';
import {
  ENTITY_TAG_UID,
  EXPERT_UID,
  SUGGESTION_CANDIDATES_MAX,
  SUGGESTION_ENTITIES_MAX,
  SUGGESTION_SPANS_MAX,
} from '../constants';
import { eventLoopTurns } from '../utils/event-loop-turns';
import { candidateNames, foldForMatching, forEachNameMatch, indexNames, tokenizeYielding, type Span } from '../text';

/** Where a name occurs: the first spans, and how many there are in all. */
interface Occurrences {
  /** At most SUGGESTION_SPANS_MAX, in text order. */
  spans: Span[];
  mentionCount: number;
}

export interface EntityMention extends Occurrences {
  kind: 'tag' | 'expert';
  /** The entity's row in this locale: what the content manager's relation fields hold. */
  id: number;
  documentId: string;
  name: string;
  slug: string | null;
  /** A tag's type or an expert's kind. */
  type: string;
}

export interface Suggestions {
  /** Existing tags and experts the text names (by name or alias), with where. */
  entities: EntityMention[];
  /** Names the existing entities do not cover: suggestions to create, never created here. */
  candidates: ({ text: string } & Occurrences)[];
  /** Whether entities or candidates were left out, past SUGGESTION_ENTITIES_MAX or SUGGESTION_CANDIDATES_MAX. */
  truncated: boolean;
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

/** Counts one more occurrence; `span` is made only for the ones listed. */
const record = (occurrences: Occurrences, span: () => Span) => {
  occurrences.mentionCount += 1;
  if (occurrences.spans.length < SUGGESTION_SPANS_MAX) occurrences.spans.push(span());
};

/** The `limit` entities named most, in their first order; the others are cut. */
const mostNamed = (entities: EntityMention[], limit: number): EntityMention[] => {
  if (entities.length <= limit) return entities;
  const kept = new Set([...entities].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, limit));
  return entities.filter((entity) => kept.has(entity));
};

/**
 * The tags and experts a draft names, for a journalist to attach, and names that might become new ones. The
 * text is read once, whatever the number of entities (their names are indexed by word), and the answer is
 * bounded (see the SUGGESTION_* constants).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async suggest(text: string, locale: string): Promise<Suggestions> {
    const load = (uid: typeof ENTITY_TAG_UID | typeof EXPERT_UID, typeField: 'type' | 'kind') =>
      strapi.db.query(uid).findMany({
        select: ['id', 'documentId', 'name', 'slug', 'aliases', typeField],
        where: { locale },
      }) as Promise<EntityRow[]>;
    const [tags, experts] = [await load(ENTITY_TAG_UID, 'type'), await load(EXPERT_UID, 'kind')];

    const entities: EntityMention[] = [];
    const names: string[] = [];
    // For each name, its entity (a position in `entities`) and its order among the entity's names.
    const nameOwners: { entity: number; order: number }[] = [];
    for (const [kind, rows] of [['tag', tags], ['expert', experts]] as const) {
      for (const row of rows) {
        const entity: EntityMention = {
          kind,
          id: row.id,
          documentId: row.documentId,
          name: row.name,
          slug: row.slug,
          type: (row.type ?? row.kind) as string,
          spans: [],
          mentionCount: 0,
        };
        const position = entities.push(entity) - 1;
        const aliases = Array.isArray(row.aliases) ? (row.aliases as unknown[]) : [];
        [row.name, ...aliases].forEach((name, order) => {
          if (typeof name !== 'string') return;
          names.push(name);
          nameOwners.push({ entity: position, order });
        });
      }
    }

    const tokens = await tokenizeYielding(text);
    // How many entity mentions start and end at each offset: a candidate overlapping one is not suggested.
    const coverage = new Int32Array(text.length + 1);
    // Each entity's last span, and which of its names gave it: where two of its names start at one word, the
    // span is counted once, and the earlier name (its own name before its aliases) gives the text.
    const lastStart = new Int32Array(entities.length).fill(-1);
    const lastOrder = new Int32Array(entities.length);
    await forEachNameMatch(tokens, indexNames(names), ({ names: matched, start, end }) => {
      coverage[start] += 1;
      coverage[end] -= 1;
      const span = () => ({ start, end, text: text.slice(start, end) });
      for (const name of matched) {
        const { entity, order } = nameOwners[name];
        const mention = entities[entity];
        if (lastStart[entity] !== start) {
          lastStart[entity] = start;
          lastOrder[entity] = order;
          record(mention, span);
        } else if (order < lastOrder[entity]) {
          lastOrder[entity] = order;
          if (mention.spans.at(-1)?.start === start) mention.spans[mention.spans.length - 1] = span();
        }
      }
    });

    // coveredBefore[i]: how many offsets before i some mention covers.
    const coveredBefore = new Int32Array(text.length + 1);
    for (let offset = 0, open = 0; offset < text.length; offset += 1) {
      open += coverage[offset];
      coveredBefore[offset + 1] = coveredBefore[offset] + (open > 0 ? 1 : 0);
    }
    const candidates = new Map<string, { text: string } & Occurrences>();
    const turn = eventLoopTurns();
    for (const span of candidateNames(text, tokens)) {
      const due = turn();
      if (due) await due;
      if (coveredBefore[span.end] - coveredBefore[span.start] > 0) continue;
      const key = foldForMatching(span.text);
      const candidate = candidates.get(key) ?? { text: span.text, spans: [], mentionCount: 0 };
      record(candidate, () => span);
      candidates.set(key, candidate);
    }

    const named = entities.filter((entity) => entity.mentionCount > 0);
    return {
      entities: mostNamed(named, SUGGESTION_ENTITIES_MAX),
      candidates: [...candidates.values()].slice(0, SUGGESTION_CANDIDATES_MAX),
      truncated: named.length > SUGGESTION_ENTITIES_MAX || candidates.size > SUGGESTION_CANDIDATES_MAX,
    };
  },
});
