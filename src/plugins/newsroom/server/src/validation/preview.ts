import { z } from 'zod';
import { documentParams, requiredLocale } from './fields';

export const previewParams = documentParams;

/** A preview link's query: what it was signed for, when it expires, and the signature. */
export const previewQuery = z
  .object({
    locale: requiredLocale,
    status: z.enum(['draft', 'published'], { errorMap: () => ({ message: 'must be "draft" or "published"' }) }),
    expires: z
      .string({ required_error: 'is required' })
      .regex(/^\d{1,12}$/, 'must be a time in seconds since 1970')
      .transform(Number),
    signature: z.string({ required_error: 'is required' }).max(100),
  })
  .strict();
