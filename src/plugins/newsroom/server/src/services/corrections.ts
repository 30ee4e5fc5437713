import type { Core } from '@strapi/strapi';
import { documentTag } from '../cache/keys';
import { ARTICLE_UID } from '../constants';
import { inTurn } from '../database/write-turns';
import { createCorrectionsRepository, type Correction, type CorrectionKind } from '../repositories/corrections';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { newsroomService } from '../utils/services';

export type AddCorrectionResult =
  | { kind: 'not-found' }
  | { kind: 'not-published' } | { kind: 'added'; correction: Correction };

/**
 * The public log of an article's corrections and clarifications, per locale. Entries are appended after
 * publication; amending one keeps its earlier wording; none is ever deleted. A correction to the source
 * changes the source's revision, so its translations become outdated: the translators must carry it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const corrections = createCorrectionsRepository(strapi);
  const rows = createDocumentRowsRepository(strapi);

  return {
    async add(
      documentId: string,
      locale: string,
      entry: { kind: CorrectionKind; text: string },
    ): Promise<AddCorrectionResult> {
      if ((await rows.documentLocales(ARTICLE_UID, documentId)).length === 0) return { kind: 'not-found' };
      const published = await rows.publishedLocales(ARTICLE_UID, documentId);
      if (!published.some((row) => row.locale === locale)) return { kind: 'not-published' };
      return strapi.db.transaction(async () => {
        const correction = await corrections.append({
          articleDocumentId: documentId,
          articleLocale: locale,
          ...entry,
          issuedAt: new Date(),
        });
        await newsroomService(strapi, 'translations').refresh(documentId);
        // Written past the document service: the article's cached answers show its log.
        await newsroomService(strapi, 'responseCache').purgeAfterWrite([documentTag(documentId)]);
        return { kind: 'added' as const, correction };
      });
    },

    /** `locale`, when given, is the one the caller may publish: a correction of another locale is not found. */
    async amend(correctionDocumentId: string, text: string, locale?: string): Promise<Correction | null> {
      const found = await corrections.find(correctionDocumentId);
      if (!found || (locale !== undefined && found.articleLocale !== locale)) return null;
      // Read again in the article's write turn: two editors amending at once must each keep the other's wording
      // among the earlier ones, not both build on the same one.
      return inTurn(strapi, { uid: ARTICLE_UID, documentId: found.articleDocumentId }, () =>
        strapi.db.transaction(async () => {
          const current = (await corrections.find(correctionDocumentId)) ?? found;
          if (current.text === text) return current;
          const amended = await corrections.amend(current, text, new Date());
          await newsroomService(strapi, 'translations').refresh(current.articleDocumentId);
          await newsroomService(strapi, 'responseCache').purgeAfterWrite([documentTag(current.articleDocumentId)]);
          return amended;
        }),
      );
    },

    async of(documentId: string, locale: string): Promise<Correction[]> {
      return corrections.of([documentId], locale);
    },

    /** The logs of several articles in one locale, by documentId: one query for a page of cards. */
    async byDocument(documentIds: string[], locale: string): Promise<Map<string, Correction[]>> {
      const found = new Map<string, Correction[]>();
      for (const correction of await corrections.of(documentIds, locale)) {
        found.set(correction.articleDocumentId, [...(found.get(correction.articleDocumentId) ?? []), correction]);
      }
      return found;
    },
  };
};
