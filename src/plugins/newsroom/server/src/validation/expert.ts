import { z } from 'zod';
import { aliases, documentId, optionalText, requiredText, slug, wikidataId } from './fields';

const expertFields = {
  name: requiredText(200),
  slug,
  jobTitle: optionalText(200),
  affiliation: optionalText(200),
  kind: z.enum(['analyst', 'official', 'journalist', 'outlet']).optional(),
  bio: optionalText(5000),
  aliases,
  wikidataId,
  documentId: documentId.optional(),
  locale: z.string().optional(),
};

export const expertCreate = z.object(expertFields).strict();

export const expertUpdate = z
  .object(expertFields)
  .partial()
  .strict()
  .refine((data) => Object.keys(data).length > 0, 'must change at least one field');
