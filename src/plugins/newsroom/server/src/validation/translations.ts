import { z } from 'zod';
import { documentId } from './fields';

const locale = z.string({ required_error: 'is required', invalid_type_error: 'must be a locale code' }).max(20);

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

// Path parameters: the router adds its own keys beside the named ones, so unknown keys are dropped, not refused.
export const articleParams = z.object({ documentId });

export const articleLocaleParams = z.object({ documentId, locale });

/** `POST /articles/:documentId/translations`: which locale to start. */
export const startTranslationBody = z.object({ locale }).strict();
