import { z } from 'zod';
import { documentId, documentParams, entityName, requiredLocale as locale, text } from './fields';
import { BODY_TEXT_MAX } from '../utils/translation-segments';

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

// The version the writer read: the translation draft's `updatedAt` (null: they saw none).
const updatedAt = z
  .string({ invalid_type_error: 'must be a date-time string or null' })
  .datetime({ offset: true, message: 'must be the updatedAt the workspace gave, e.g. "2026-12-03T12:00:00.000Z"' })
  .nullable();

/** `PUT /articles/:documentId/translations/:locale/workspace`: texts for some segments (limits per field: the service). */
export const saveWorkspaceBody = z
  .object({
    updatedAt,
    segments: z
      .array(
        z
          .object({
            key: z.string({ invalid_type_error: 'must be a string' }).min(1).max(40),
            text: text(BODY_TEXT_MAX),
          })
          .strict(),
      )
      .max(1000, 'must list at most 1000 segments'),
  })
  .strict();

/** `POST /articles/:documentId/translations/:locale/workspace/structure`. */
export const copyStructureBody = z.object({ updatedAt }).strict();

/** `POST /articles/:documentId/translations/:locale/entities`: a tag or expert of the source, named in the locale. */
export const nameEntityBody = z
  .object({
    kind: z.enum(['tag', 'expert']),
    documentId,
    // As the tag's and expert's own `name`: one line, at most 200 characters, one script per word.
    name: entityName(200),
  })
  .strict();
