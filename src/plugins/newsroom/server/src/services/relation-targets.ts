import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID, type NewsroomContentTypeUid } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';

type Ref = string | { documentId: string };

interface Reference {
  path: (string | number)[];
  uid: NewsroomContentTypeUid | typeof MEDIA_TOPIC_UID;
  documentId: string;
}

const idOf = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.documentId);

/** The documentIds a relation payload connects: a plain list, or the `connect` and `set` of an object. */
const connected = (value: unknown): { ref: Ref; at: (string | number)[] }[] => {
  if (Array.isArray(value)) return value.map((ref: Ref, index) => ({ ref, at: [index] }));
  if (value && typeof value === 'object') {
    const { connect = [], set = [] } = value as { connect?: Ref[]; set?: Ref[] };
    return [
      ...connect.map((ref, index) => ({ ref, at: ['connect', index] })),
      ...set.map((ref, index) => ({ ref, at: ['set', index] })),
    ];
  }
  return [];
};

const articleReferences = (data: Record<string, unknown>): Reference[] => {
  const references: Reference[] = [];
  for (const [field, uid] of [['experts', EXPERT_UID], ['tags', ENTITY_TAG_UID], ['subjects', MEDIA_TOPIC_UID]] as const) {
    for (const { ref, at } of connected(data[field])) {
      references.push({ path: ['data', field, ...at], uid, documentId: idOf(ref) });
    }
  }
  const quotes = Array.isArray(data.quotes) ? (data.quotes as { expert?: Ref | null }[]) : [];
  quotes.forEach((quote, index) => {
    if (quote.expert) {
      references.push({ path: ['data', 'quotes', index, 'expert'], uid: EXPERT_UID, documentId: idOf(quote.expert) });
    }
  });
  return references;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  return {
    /**
     * Every expert and tag an article payload points at must exist in the article's locale (Strapi 5 keeps
     * relations per locale). Checked before writing, so the 400 names the field that points nowhere.
     */
    async assertArticleTargetsExist(data: Record<string, unknown>, locale: string): Promise<void> {
      const references = articleReferences(data);
      const missing: Reference[] = [];
      for (const uid of [EXPERT_UID, ENTITY_TAG_UID, MEDIA_TOPIC_UID] as const) {
        const wanted = references.filter((reference) => reference.uid === uid);
        // Media Topics are one vocabulary for every locale.
        const found = await rows.existingDocumentIds(uid, [...new Set(wanted.map((r) => r.documentId))], uid === MEDIA_TOPIC_UID ? undefined : locale);
        missing.push(...wanted.filter((reference) => !found.has(reference.documentId)));
      }
      if (missing.length === 0) return;
      const fieldErrors = missing.map((reference) => ({
        path: reference.path,
        message: `no ${reference.uid === EXPERT_UID ? 'expert' : 'tag'} "${reference.documentId}" in locale "${locale}"`,
        name: 'ValidationError',
      }));
      const [first] = fieldErrors;
      throw new errors.ValidationError(`${first.path.join('.')}: ${first.message}`, { errors: fieldErrors });
    },
  };
};
