import { z } from 'zod';
import { documentParams, optionalText, requiredLocale as locale, requiredText } from './fields';

export const correctionWrite = z
  .object({
    data: z
      .object({
        kind: z.enum(['correction', 'clarification'], { errorMap: () => ({ message: 'must be "correction" or "clarification"' }) }),
        text: requiredText(2000),
      })
      .strict(),
  })
  .strict();

export const correctionAmend = z.object({ data: z.object({ text: requiredText(2000) }).strict() }).strict();

export const correctionLocaleQuery = z.object({ locale }).strict();

export const correctionParams = documentParams;

/** Taking a published article down through the API says why; the record keeps it. */
export const unpublishBody = z.object({ locale, reason: requiredText(2000) }).strict();

export const deleteQuery = z.object({ reason: optionalText(2000) });
