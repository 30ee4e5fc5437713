import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID, type NewsroomContentTypeUid } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import type { PermissionChecker } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';

export type SharedValues = Record<string, unknown>;

/**
 * What a write does to one locale of an existing document:
 * - `save`: writes `data` into the locale's draft;
 * - `new-locale`: creates the locale with `data` (Strapi fills the shared fields it leaves empty);
 * - `publish`: publishes the locale's draft;
 * - `discard`: replaces the locale's draft with its published version.
 */
export type LocaleWrite =
  | { kind: 'save' | 'new-locale'; data: Record<string, unknown> }
  | { kind: 'publish' }
  | { kind: 'discard' };

interface I18nContentTypes {
  getNestedPopulateOfNonLocalizedAttributes(uid: string): unknown;
}

interface I18nLocalizations {
  syncNonLocalizedAttributes(entry: Record<string, unknown>, model: unknown): Promise<void>;
}

interface Attribute {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
}

const fileId = (value: unknown): unknown => {
  const id = value && typeof value === 'object' && 'id' in value ? value.id : value;
  if (typeof id === 'string' && /^\d+$/.test(id)) return Number(id);
  return id;
};

/**
 * The fields every locale of an expert, a tag or an article shares (`pluginOptions.i18n.localized: false`):
 * Strapi's i18n copies a change to one locale into every other one, so changing them from a translation
 * changes the source, which the README reserves to whoever may write the source locale.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);

  const fieldsOf = (uid: NewsroomContentTypeUid) => {
    const attributes = strapi.contentType(uid).attributes as Record<string, Attribute>;
    const all = Object.keys(attributes).filter((name) => attributes[name].pluginOptions?.i18n?.localized === false);
    return {
      all,
      scalars: all.filter((name) => attributes[name].type !== 'media'),
      media: all.filter((name) => attributes[name].type === 'media'),
    };
  };

  /** A value as it is stored: a file as its id, an empty text as none. */
  const stored = (uid: NewsroomContentTypeUid, field: string, value: unknown): unknown => {
    const normal = fieldsOf(uid).media.includes(field) ? fileId(value) : value;
    return normal === undefined || normal === '' ? null : normal;
  };

  const valuesOf = (
    uid: NewsroomContentTypeUid,
    documentId: string,
    locale: string | { not: string } | undefined,
    status: 'draft' | 'published',
  ) => rows.sharedValues(uid, { documentId, locale, status }, fieldsOf(uid));

  /** The shared fields that `incoming` sets to something other than `current` (a field it leaves out is kept). */
  const changedFields = (
    uid: NewsroomContentTypeUid,
    current: SharedValues | null,
    incoming: SharedValues,
    { emptyKeeps }: { emptyKeeps: boolean },
  ): string[] =>
    fieldsOf(uid).all.filter((field) => {
      if (!(field in incoming) || incoming[field] === undefined) return false;
      const next = stored(uid, field, incoming[field]);
      if (next === null && emptyKeeps) return false;
      return !isDeepStrictEqual(next, stored(uid, field, current?.[field]));
    });

  const service = {
    fieldsOf: (uid: NewsroomContentTypeUid): string[] => fieldsOf(uid).all,

    /** The locale whose shared values are the document's: an article's translation source, else its first locale. */
    async sourceLocaleOf(uid: NewsroomContentTypeUid, documentId: string): Promise<string | undefined> {
      return uid === ARTICLE_UID
        ? newsroomService(strapi, 'translations').sourceLocaleOf(documentId)
        : rows.firstLocale(uid, documentId);
    },

    /** The shared values every draft of the document holds: its source's draft's (any draft's, failing that). */
    async draftValues(uid: NewsroomContentTypeUid, documentId: string): Promise<SharedValues | null> {
      const source = await service.sourceLocaleOf(uid, documentId);
      if (!source) return null;
      return (
        (await valuesOf(uid, documentId, source, 'draft')) ?? (await valuesOf(uid, documentId, undefined, 'draft'))
      );
    },

    /** The shared values of one locale's draft or published row. */
    valuesIn: (
      uid: NewsroomContentTypeUid,
      documentId: string,
      locale: string,
      status: 'draft' | 'published',
    ): Promise<SharedValues | null> => valuesOf(uid, documentId, locale, status),

    /** Copies one locale's shared values into the other locales' rows of the same state, as Strapi's i18n does. */
    async syncFrom(
      uid: NewsroomContentTypeUid,
      documentId: string,
      locale: string,
      status: 'draft' | 'published',
    ): Promise<void> {
      const i18n = strapi.plugin('i18n');
      const populate = (i18n.service('content-types') as I18nContentTypes).getNestedPopulateOfNonLocalizedAttributes(
        uid,
      );
      const row = await rows.localeRow(uid, { documentId, locale, status }, populate);
      if (row) {
        await (i18n.service('localizations') as I18nLocalizations).syncNonLocalizedAttributes(
          row,
          strapi.contentType(uid),
        );
      }
    },

    /** The shared fields a write to one locale of an existing document would change in every locale. */
    async fieldsChangedBy(
      uid: NewsroomContentTypeUid,
      documentId: string,
      locale: string,
      write: LocaleWrite,
    ): Promise<string[]> {
      const draft = () => valuesOf(uid, documentId, locale, 'draft');
      switch (write.kind) {
        case 'save':
          return changedFields(uid, await draft(), write.data, { emptyKeeps: false });
        // A new locale gets what it leaves empty from the others (document-middlewares/shared-fields.ts).
        case 'new-locale':
          return changedFields(uid, await service.draftValues(uid, documentId), write.data, { emptyKeeps: true });
        // Strapi's i18n copies the published version's shared values into the other published locales.
        case 'publish': {
          const published = await valuesOf(uid, documentId, { not: locale }, 'published');
          const publishing = (await draft()) ?? (await service.draftValues(uid, documentId));
          return published && publishing ? changedFields(uid, published, publishing, { emptyKeeps: false }) : [];
        }
        // ... and the restored draft's into the other drafts.
        case 'discard': {
          const published = await valuesOf(uid, documentId, locale, 'published');
          return published ? changedFields(uid, await draft(), published, { emptyKeeps: false }) : [];
        }
      }
    },

    /**
     * Refuses (403, naming the fields) a write to one locale of an existing document that would change a shared
     * field, unless the admin user may write the document's source locale: a translator's save from `en` that
     * leaves them as they are passes, one that changes the expert's Wikidata id does not.
     */
    async assertMayChange(
      uid: NewsroomContentTypeUid,
      documentId: string,
      locale: string,
      checker: PermissionChecker,
      write: LocaleWrite,
    ): Promise<void> {
      const source = await service.sourceLocaleOf(uid, documentId);
      if (!source || !checker.cannot.update({ locale: source })) return;
      const fields = await service.fieldsChangedBy(uid, documentId, locale, write);
      if (fields.length === 0) return;
      const [verb, pronoun] = fields.length === 1 ? ['is', 'it'] : ['are', 'them'];
      // A PolicyError, the ForbiddenError whose message and details Strapi's router passes on to the client.
      throw new errors.PolicyError(
        `${fields.join(', ')} ${verb} shared by every locale: only someone who may edit the "${source}" source may change ${pronoun}`,
        {
          sourceLocale: source,
          fields,
          errors: fields.map((field) => ({
            path: [field],
            message: `${field} is shared by every locale: change it in the "${source}" source`,
            name: 'PolicyError',
          })),
        },
      );
    },
  };
  return service;
};
