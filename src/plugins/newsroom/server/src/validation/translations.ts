import { z } from 'zod';
import { documentId, documentParams, entityName, requiredLocale as locale } from './fields';

export const TRANSLATION_STATUSES = ['source', 'missing', 'draft', 'published', 'outdated'] as const;

export const translationListQuery = z
  .object({
    locale: locale.describe('The locale whose translations are listed'),
    status: z.enum(TRANSLATION_STATUSES).optional().describe('Only articles with this status in the locale'),
    page: z.coerce.number({ invalid_type_error: 'must be a number' }).int().min(1).default(1),
    pageSize: z.coerce.number({ invalid_type_error: 'must be a number' }).int().min(1).max(100).default(25),
  })
  .strict();

export const localeQuery = z.object({ locale }).strict();

export const articleParams = documentParams;

export const articleLocaleParams = documentParams.extend({ locale });

/** `POST /articles/:documentId/translations`: which locale to start. */
export const startTranslationBody = z.object({ locale }).strict();

/** `POST /articles/:documentId/translations/:locale/entities`: a tag or expert of the source, named in the locale. */
export const nameEntityBody = z
  .object({
    kind: z.enum(['tag', 'expert']),
    documentId,
    // As the tag's and expert's own `name`: one line, at most 200 characters, one script per word.
    name: entityName(200),
  })
  .strict();
