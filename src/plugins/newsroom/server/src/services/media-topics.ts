import type { Core } from '@strapi/strapi';
import { MEDIA_TOPIC_UID } from '../constants';
import { POLITICS_DESK_TOPICS } from '../vocabularies/media-topics';

/** The subject vocabulary: IPTC Media Topics, seeded with a politics desk's branches. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const topics = () => strapi.documents(MEDIA_TOPIC_UID);
  return {
    /** Creates the seeded topics that are missing (by code); a topic an editor renamed is left as it is. */
    async ensureVocabulary(): Promise<number> {
      let created = 0;
      const byCode = new Map<string, string>();
      for (const seed of POLITICS_DESK_TOPICS) {
        const existing = await topics().findFirst({ filters: { code: seed.code }, fields: ['code'] });
        if (existing) {
          byCode.set(seed.code, existing.documentId);
          continue;
        }
        const parent = seed.parent ? byCode.get(seed.parent) : undefined;
        const topic = await topics().create({ data: { code: seed.code, names: seed.names, ...(parent ? { parent } : {}) } as never });
        byCode.set(seed.code, topic.documentId);
        created += 1;
      }
      return created;
    },

    /** documentIds of the topics with these codes. */
    async documentIdsOf(codes: string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const found = await topics().findMany({ filters: { code: { $in: codes } }, fields: ['code'] });
      return found.map((topic) => topic.documentId);
    },
  };
};
