import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';

type Ref = string | { documentId: string };

interface Reference {
  path: (string | number)[];
  uid: typeof EXPERT_UID | typeof ENTITY_TAG_UID | typeof MEDIA_TOPIC_UID;
  documentId: string;
}

const LABEL: Readonly<Record<Reference['uid'], string>> = {
  [EXPERT_UID]: 'expert',
  [ENTITY_TAG_UID]: 'tag',
  [MEDIA_TOPIC_UID]: 'subject',
};

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
      const fieldErrors = missing.map((reference) => ({
        path: reference.path,
        message: `no ${LABEL[reference.uid]} "${reference.documentId}" in locale "${locale}"`,
        name: 'ValidationError',
      }));
      // Strapi's own check would answer "1 relation(s) of type plugin::upload.file ... do not exist", naming no field.
      if (typeof data.leadImage === 'number' && !(await rows.uploadedFileExists(data.leadImage))) {
        fieldErrors.push({ path: ['data', 'leadImage'], message: `no uploaded file ${data.leadImage}`, name: 'ValidationError' });
      }
      if (fieldErrors.length === 0) return;
      const [first] = fieldErrors;
      throw new errors.ValidationError(`${first.path.join('.')}: ${first.message}`, { errors: fieldErrors });
    },
  };
};
