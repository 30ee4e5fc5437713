import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { newsroomService } from '../utils/services';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, PLUGIN_ID, type NewsroomContentTypeUid } from '../constants';
import { heading, paragraph } from '../utils/blocks';
import { createTransactionLocks } from '../repositories/transaction-lock';

/** The reference entry as committed in database/seeds: the user's text plus its annotations. */
export interface ReferenceSeed {
  article: {
    key: string;
    locale: string;
    title: string;
    standfirst: string;
    body: { type: 'paragraph' | 'heading'; text: string }[];
    quotes: { text: string; kind: 'direct' | 'paraphrase'; expert: string }[];
    keyFigures: {
      value: number;
      qualifier: 'exact' | 'about' | 'more_than' | 'less_than';
      unit?: string;
      label: string;
      period?: string;
    }[];
    sources: { name: string; url?: string }[];
    experts: string[];
    tags: string[];
    genre: 'news' | 'analysis' | 'backgrounder' | 'explainer' | 'factbox' | 'opinion' | 'interview';
    /** IPTC Media Topic QCodes. */
    subjects: string[];
  };
  experts: ExpertSeed[];
  tags: TagSeed[];
}

interface ExpertSeed {
  key: string;
  kind: 'analyst' | 'official' | 'journalist' | 'outlet';
  wikidataId?: string;
  localizations: Record<string, { name: string; jobTitle?: string; affiliation?: string; bio?: string }>;
}

interface TagSeed {
  key: string;
  type: 'person' | 'organisation' | 'country' | 'place' | 'event' | 'group' | 'topic';
  wikidataId?: string;
  localizations: Record<string, { name: string; aliases?: string[]; description?: string }>;
}

/** How one seeded expert or tag is written: its first locale creates the document, the others join it. */
interface EntityWriter {
  registryKey: string;
  locales: string[];
  create(locale: string): Promise<{ documentId: string }>;
  addLocale(documentId: string, locale: string): Promise<unknown>;
}

export interface SeedReport {
  created: { articles: number; experts: number; tags: number; localizations: number };
  articleDocumentId: string;
}

const REGISTRY_KEY = 'seed-registry';
// Instances that boot together take turns seeding.
const SEED_LOCK = 'reference-seed';

export const REFERENCE_SEED_FILE = path.join('database', 'seeds', 'reference-article.json');

export const loadReferenceSeed = (appRoot: string): ReferenceSeed =>
  JSON.parse(readFileSync(path.join(appRoot, REFERENCE_SEED_FILE), 'utf8')) as ReferenceSeed;

type Registry = Record<string, string>;

interface RunState {
  registry: Registry;
  report: SeedReport;
  restoreDeleted: boolean;
}

export interface SeedOptions {
  seed?: ReferenceSeed;
  /** Re-create seeded entries (or locales of them) deleted since: `npm run seed` does, a restart does not. */
  restoreDeleted?: boolean;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });

  const existingLocales = async (uid: NewsroomContentTypeUid, documentId: string): Promise<Set<string>> => {
    const rows: { locale: string }[] = await strapi.db
      .query(uid)
      .findMany({ where: { documentId }, select: ['locale'] });
    return new Set(rows.map((row) => row.locale));
  };

  const expertWriter = (expert: ExpertSeed): EntityWriter => ({
    registryKey: `${EXPERT_UID}:${expert.key}`,
    locales: Object.keys(expert.localizations),
    create: (locale) =>
      strapi.documents(EXPERT_UID).create({
        locale,
        data: { ...expert.localizations[locale], kind: expert.kind, wikidataId: expert.wikidataId },
      }),
    // Only the localized fields: Strapi copies the shared ones (kind) from the locales there, which may be edited.
    addLocale: (documentId, locale) =>
      strapi.documents(EXPERT_UID).update({ documentId, locale, data: expert.localizations[locale] }),
  });

  const tagWriter = (tag: TagSeed): EntityWriter => ({
    registryKey: `${ENTITY_TAG_UID}:${tag.key}`,
    locales: Object.keys(tag.localizations),
    create: (locale) =>
      strapi.documents(ENTITY_TAG_UID).create({
        locale,
        data: { ...tag.localizations[locale], type: tag.type, wikidataId: tag.wikidataId },
      }),
    addLocale: (documentId, locale) =>
      strapi.documents(ENTITY_TAG_UID).update({ documentId, locale, data: tag.localizations[locale] }),
  });

  /**
   * Creates an expert or tag and each of its localizations, the first time. Never updates what exists (a
   * journalist's edits are theirs) and, unless asked to restore, never brings back what was deleted since.
   */
  const ensureEntity = async (
    uid: typeof EXPERT_UID | typeof ENTITY_TAG_UID,
    writer: EntityWriter,
    { registry, report, restoreDeleted }: RunState,
  ): Promise<string | undefined> => {
    const [firstLocale] = writer.locales;
    let documentId = registry[writer.registryKey];
    let locales = documentId ? await existingLocales(uid, documentId) : new Set<string>();
    if (documentId && !restoreDeleted) return locales.size > 0 ? documentId : undefined;

    if (!documentId || locales.size === 0) {
      documentId = (await writer.create(firstLocale)).documentId;
      registry[writer.registryKey] = documentId;
      locales = new Set([firstLocale]);
      report.created[uid === EXPERT_UID ? 'experts' : 'tags'] += 1;
    }
    // Any locale deleted since, the first included: an article restored in it cites the entry in that locale.
    for (const locale of writer.locales) {
      if (locales.has(locale)) continue;
      await writer.addLocale(documentId, locale);
      report.created.localizations += 1;
    }
    return documentId;
  };

  /** The seeded article's localized fields, pointing at the seeded experts and tags found or created. */
  const localizedArticle = async ({ article }: ReferenceSeed, ids: { experts: Registry; tags: Registry }) => {
    const known = (map: Registry) => (key: string) => map[key] !== undefined;
    return {
      title: article.title,
      standfirst: article.standfirst,
      body: article.body.map((block) => (block.type === 'heading' ? heading(block.text) : paragraph(block.text))),
      quotes: article.quotes.map((quote) => ({
        text: quote.text,
        kind: quote.kind,
        expert: ids.experts[quote.expert] ?? null,
      })),
      keyFigures: article.keyFigures,
      sources: article.sources,
      experts: article.experts.filter(known(ids.experts)).map((key) => ids.experts[key]),
      tags: article.tags.filter(known(ids.tags)).map((key) => ids.tags[key]),
      subjects: await newsroomService(strapi, 'mediaTopics').documentIdsOf(article.subjects),
    };
  };

  return {
    /**
     * Seeds the reference article with its experts and tags, in one transaction. Idempotent: entries are
     * found again through a registry kept in Strapi's store, and an entry that exists is left untouched.
     */
    async run({
      seed = loadReferenceSeed(strapi.dirs.app.root),
      restoreDeleted = false,
    }: SeedOptions = {}): Promise<SeedReport> {
      return strapi.db.transaction(async ({ trx }) => {
        await createTransactionLocks(strapi).lock(trx, SEED_LOCK);
        const registry: Registry = ((await store().get({ key: REGISTRY_KEY })) as Registry | null) ?? {};
        const report: SeedReport = {
          created: { articles: 0, experts: 0, tags: 0, localizations: 0 },
          articleDocumentId: '',
        };
        const state: RunState = { registry, report, restoreDeleted };
        const ids = { experts: {} as Registry, tags: {} as Registry };
        for (const expert of seed.experts) {
          const documentId = await ensureEntity(EXPERT_UID, expertWriter(expert), state);
          if (documentId) ids.experts[expert.key] = documentId;
        }
        for (const tag of seed.tags) {
          const documentId = await ensureEntity(ENTITY_TAG_UID, tagWriter(tag), state);
          if (documentId) ids.tags[tag.key] = documentId;
        }

        const articleKey = `${ARTICLE_UID}:${seed.article.key}`;
        const known = registry[articleKey];
        const locales = known ? await existingLocales(ARTICLE_UID, known) : new Set<string>();
        const present = locales.has(seed.article.locale);
        if (!known || (locales.size === 0 && restoreDeleted)) {
          const data = { ...(await localizedArticle(seed, ids)), genre: seed.article.genre };
          const created = await strapi
            .documents(ARTICLE_UID)
            .create({ locale: seed.article.locale, status: 'published', data });
          registry[articleKey] = created.documentId;
          report.created.articles += 1;
        } else if (!present && restoreDeleted) {
          // Deleted in its locale only: the translations left keep their document, and the restored locale joins
          // it; Strapi copies the shared genre from them, which may have been edited.
          const data = await localizedArticle(seed, ids);
          await strapi
            .documents(ARTICLE_UID)
            .update({ documentId: known, locale: seed.article.locale, status: 'published', data });
          report.created.localizations += 1;
        }
        // Absent only when deleted since and not restored.
        report.articleDocumentId = present || !known || restoreDeleted ? registry[articleKey] : '';

        const changed = Object.values(report.created).some((count) => count > 0);
        if (changed) await store().set({ key: REGISTRY_KEY, value: registry });
        return report;
      });
    },
  };
};
