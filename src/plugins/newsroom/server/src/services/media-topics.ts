import type { Core } from '@strapi/strapi';
import { MEDIA_TOPIC_UID } from '../constants';
import { MEDIA_TOPICS, topicLabel } from '../vocabularies/media-topics';

interface StoredTopic {
  id: number;
  documentId: string;
  code: string;
  names: unknown;
}

// The parent relation's link table, as Strapi's database layer describes it.
interface ParentLink {
  joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
}

/** The subject vocabulary: the IPTC Media Topics tree, with the newsroom's Arabic and Persian names. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    /**
     * Creates the seeded topics that are missing (by code), in one transaction; a topic an editor renamed is
     * left as it is. One read when nothing is missing, as on every start but the first. The first seeds about
     * 1,100 topics, so they are written in batches (the Document Service's one create per topic took seconds
     * of CPU on every fresh database): rows with their labels and Strapi's own defaults (documentId), then
     * the links to their parents.
     */
    async ensureVocabulary(): Promise<number> {
      const stored = (await strapi.db.query(MEDIA_TOPIC_UID).findMany({ select: ['code'] })) as StoredTopic[];
      const have = new Set(stored.map((topic) => topic.code));
      const missing = MEDIA_TOPICS.filter((seed) => !have.has(seed.code));
      if (missing.length === 0) return 0;
      const now = new Date();
      await strapi.db.transaction(async () => {
        await strapi.db.query(MEDIA_TOPIC_UID).createMany({
          data: missing.map((seed) => ({
            code: seed.code,
            names: seed.names,
            label: topicLabel(seed.names, seed.code),
            wikidataId: seed.wikidataId ?? null,
            // Without draft & publish, Strapi stores every entry as published.
            publishedAt: now,
            createdAt: now,
            updatedAt: now,
          })),
        });
        const ids = new Map(
          ((await strapi.db.query(MEDIA_TOPIC_UID).findMany({ select: ['id', 'code'] })) as StoredTopic[]).map((topic) => [topic.code, topic.id]),
        );
        const { joinTable } = strapi.db.metadata.get(MEDIA_TOPIC_UID).attributes.parent as unknown as ParentLink;
        const links = missing.flatMap((seed) => {
          const parent = seed.parent ? ids.get(seed.parent) : undefined;
          return parent === undefined
            ? []
            : [{ [joinTable.joinColumn.name]: ids.get(seed.code), [joinTable.inverseJoinColumn.name]: parent }];
        });
        const batch = strapi.db.dialect.getBatchInsertSize();
        for (let start = 0; start < links.length; start += batch) {
          await strapi.db.queryBuilder(joinTable.name).insert(links.slice(start, start + batch)).execute();
        }
      });
      return missing.length;
    },

    /** Gives the topics stored before they had a label theirs (document-middlewares/topic-labels.ts keeps it after). */
    async backfillLabels(): Promise<number> {
      const unlabelled = (await strapi.db.query(MEDIA_TOPIC_UID).findMany({
        select: ['id', 'code', 'names'],
        where: { label: null },
      })) as StoredTopic[];
      // One transaction: an older database has the whole tree to label, a commit per row is slow on SQLite.
      await strapi.db.transaction(async () => {
        for (const topic of unlabelled) {
          await strapi.db.query(MEDIA_TOPIC_UID).update({ where: { id: topic.id }, data: { label: topicLabel(topic.names, topic.code) } });
        }
      });
      return unlabelled.length;
    },

    /** documentIds of the topics with these codes. */
    async documentIdsOf(codes: string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const found = await strapi.documents(MEDIA_TOPIC_UID).findMany({ filters: { code: { $in: codes } }, fields: ['code'] });
      return found.map((topic) => topic.documentId);
    },
  };
};
