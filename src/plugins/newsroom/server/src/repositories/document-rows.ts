import type { Core } from '@strapi/strapi';
import type { ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID, NewsroomContentTypeUid } from '../constants';

/**
 * Hand-written queries on the rows behind the plugin's documents. Strapi 5 keeps one row per document,
 * locale and (for draft & publish types) publication state; these queries read rows, not documents.
 */

export interface SlugRow {
  documentId: string;
  locale: string;
  slug: string | null;
}

interface RowWithSource extends SlugRow {
  title?: string | null;
  name?: string | null;
  publishedAt: string | Date | null;
}

const hasDraftAndPublish = (strapi: Core.Strapi, uid: NewsroomContentTypeUid): boolean =>
  strapi.contentType(uid).options?.draftAndPublish === true;

export const createDocumentRowsRepository = (strapi: Core.Strapi) => ({
  /** Slugs in one locale that start with `base`, held by any row (draft or published) of other documents. */
  async slugsTakenByOthers(
    uid: NewsroomContentTypeUid,
    { locale, base, documentId }: { locale: string; base: string; documentId?: string },
  ): Promise<string[]> {
    const rows: SlugRow[] = await strapi.db.query(uid).findMany({
      select: ['slug'],
      where: {
        locale,
        slug: { $startsWith: base },
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
    });
    return rows.map((row) => row.slug).filter((slug): slug is string => typeof slug === 'string');
  },

  /** Which of these documentIds have a row in the locale (in any, for a type that is not localized). */
  async existingDocumentIds(
    uid: NewsroomContentTypeUid | typeof MEDIA_TOPIC_UID,
    documentIds: string[],
    locale?: string,
  ): Promise<Set<string>> {
    if (documentIds.length === 0) return new Set();
    const rows: { documentId: string }[] = await strapi.db.query(uid).findMany({
      select: ['documentId'],
      where: { documentId: { $in: documentIds }, ...(locale ? { locale } : {}) },
    });
    return new Set(rows.map((row) => row.documentId));
  },

  /** Whether the media library holds a file with this id (an article's lead image). */
  async uploadedFileExists(id: number): Promise<boolean> {
    return (await strapi.db.query('plugin::upload.file').findOne({ select: ['id'], where: { id } })) !== null;
  },

  /** Every row of one document, with the field its slug comes from. */
  async slugSourceRows(uid: NewsroomContentTypeUid, documentId: string): Promise<(RowWithSource & { id: number })[]> {
    return strapi.db.query(uid).findMany({
      select: ['id', 'locale', uid === 'plugin::newsroom.article' ? 'title' : 'name'],
      where: { documentId },
    });
  },

  async setSlug(uid: NewsroomContentTypeUid, rowId: number, slug: string | null): Promise<void> {
    await strapi.db.query(uid).update({ where: { id: rowId }, data: { slug } });
  },

  /** The rows of one document in one locale: the draft and, once published, the published copy. */
  async localeRows(uid: NewsroomContentTypeUid, documentId: string, locale: string): Promise<RowWithSource[]> {
    const sourceField = uid === 'plugin::newsroom.article' ? 'title' : 'name';
    return strapi.db.query(uid).findMany({
      select: ['documentId', 'locale', 'slug', sourceField, 'publishedAt'],
      where: { documentId, locale },
    });
  },

  /** The locale a document was first written in: the one whose row was created first. */
  async firstLocale(uid: NewsroomContentTypeUid, documentId: string): Promise<string | undefined> {
    const row: { locale: string } | null = await strapi.db.query(uid).findOne({
      select: ['locale'],
      where: { documentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return row?.locale;
  },

  /**
   * The values of the fields every locale shares (`scalars`, and `media` as file ids) in one row of a document:
   * its draft, or its published copy (types without draft & publish have one row per locale, read as either).
   * `locale: { not }` reads a row of any other locale, no locale a row of any.
   */
  async sharedValues(
    uid: NewsroomContentTypeUid,
    {
      documentId,
      locale,
      status,
    }: { documentId: string; locale?: string | { not: string }; status: 'draft' | 'published' },
    { scalars, media }: { scalars: string[]; media: string[] },
  ): Promise<Record<string, unknown> | null> {
    const where: Record<string, unknown> = { documentId };
    if (locale !== undefined) where.locale = typeof locale === 'string' ? locale : { $ne: locale.not };
    if (hasDraftAndPublish(strapi, uid)) where.publishedAt = status === 'draft' ? null : { $notNull: true };
    const row: Record<string, unknown> | null = await strapi.db.query(uid).findOne({
      select: ['id', ...scalars],
      where,
      populate: Object.fromEntries(media.map((field) => [field, { select: ['id'] }])),
      orderBy: [{ id: 'asc' }],
    });
    if (!row) return null;
    const fileId = (file: unknown) => (file && typeof file === 'object' && 'id' in file ? file.id : null);
    return Object.fromEntries([
      ...scalars.map((field) => [field, row[field]]),
      ...media.map((field) => [field, fileId(row[field])]),
    ]);
  },

  /** One locale's draft or published row, with `populate` (Strapi's i18n syncs the shared fields from such a row). */
  async localeRow(
    uid: NewsroomContentTypeUid,
    { documentId, locale, status }: { documentId: string; locale: string; status: 'draft' | 'published' },
    populate: unknown,
  ): Promise<Record<string, unknown> | null> {
    const where: Record<string, unknown> = { documentId, locale };
    if (hasDraftAndPublish(strapi, uid)) where.publishedAt = status === 'draft' ? null : { $notNull: true };
    return strapi.db.query(uid).findOne({ where, populate: populate as never });
  },

  /** The titles of articles in every locale they have, keyed `documentId:locale` (drafts: what is being written). */
  async titlesOf(documentIds: string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    const rows: { documentId: string; locale: string; title: string | null }[] = await strapi.db
      .query('plugin::newsroom.article')
      .findMany({
        select: ['documentId', 'locale', 'title'],
        where: { documentId: { $in: documentIds }, publishedAt: null },
      });
    return new Map(rows.map((row) => [`${row.documentId}:${row.locale}`, row.title ?? '']));
  },

  /** Documents with no row in `locale`, named in the first locale found. */
  async documentsWithoutLocale(
    uid: NewsroomContentTypeUid,
    locale: string,
  ): Promise<{ documentId: string; name: string }[]> {
    const inLocale: { documentId: string }[] = await strapi.db
      .query(uid)
      .findMany({ select: ['documentId'], where: { locale } });
    const present = new Set(inLocale.map((row) => row.documentId));
    const rows: { documentId: string; name: string | null }[] = await strapi.db.query(uid).findMany({
      select: ['documentId', 'name'],
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    const missing = new Map<string, string>();
    for (const row of rows) {
      if (!present.has(row.documentId) && !missing.has(row.documentId)) missing.set(row.documentId, row.name ?? '');
    }
    return [...missing].map(([documentId, name]) => ({ documentId, name }));
  },

  /** Every locale one document has a row in, draft or published. */
  async documentLocales(uid: NewsroomContentTypeUid, documentId: string): Promise<string[]> {
    const rows: { locale: string }[] = await strapi.db
      .query(uid)
      .findMany({ select: ['locale'], where: { documentId } });
    return [...new Set(rows.map((row) => row.locale))];
  },

  /** The articles an expert or a tag is linked to, in any locale. */
  async linkedArticles(uid: typeof EXPERT_UID | typeof ENTITY_TAG_UID, documentId: string): Promise<string[]> {
    const rows: { articles?: { documentId: string }[] }[] = await strapi.db.query(uid).findMany({
      select: ['id'],
      where: { documentId },
      populate: { articles: { select: ['documentId'] } },
    });
    return [...new Set(rows.flatMap((row) => (row.articles ?? []).map((article) => article.documentId)))];
  },

  /** Where one document can be read publicly, one entry per locale: what a frontend needs for hreflang. */
  async publishedLocales(uid: NewsroomContentTypeUid, documentId: string): Promise<SlugRow[]> {
    const rows: SlugRow[] = await strapi.db.query(uid).findMany({
      select: ['documentId', 'locale', 'slug'],
      where: { documentId, ...(hasDraftAndPublish(strapi, uid) ? { publishedAt: { $notNull: true } } : {}) },
      orderBy: { locale: 'asc' },
    });
    return rows;
  },

  /**
   * The document a slug names. Without a locale, every locale is searched and the default locale wins a tie,
   * since slugs are unique per locale only. `published` restricts to rows the public may read.
   */
  async findBySlug(
    uid: NewsroomContentTypeUid,
    {
      slug,
      locale,
      published,
      defaultLocale,
    }: { slug: string; locale?: string; published: boolean; defaultLocale: string },
  ): Promise<SlugRow | null> {
    const where: Record<string, unknown> = { slug };
    if (locale) where.locale = locale;
    if (hasDraftAndPublish(strapi, uid)) where.publishedAt = published ? { $notNull: true } : { $null: true };
    const rows: SlugRow[] = await strapi.db.query(uid).findMany({
      select: ['documentId', 'locale', 'slug'],
      where,
      orderBy: { locale: 'asc' },
      limit: 10,
    });
    return rows.find((row) => row.locale === defaultLocale) ?? rows[0] ?? null;
  },
});

export type DocumentRowsRepository = ReturnType<typeof createDocumentRowsRepository>;
