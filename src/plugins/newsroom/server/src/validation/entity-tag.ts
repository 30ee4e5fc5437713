import { z } from 'zod';
import { aliases, documentId, optionalText, requiredText, slug, wikidataId } from './fields';

export const ENTITY_TAG_TYPES = ['person', 'organisation', 'country', 'place', 'event', 'group', 'topic'] as const;

const entityTagFields = {
  name: requiredText(200),
  slug,
  type: z.enum(ENTITY_TAG_TYPES),
  aliases,
  description: optionalText(2000),
  wikidataId,
  documentId: documentId.optional(),
  locale: z.string().optional(),
};

export const entityTagCreate = z.object(entityTagFields).strict();

export const entityTagUpdate = z
  .object(entityTagFields)
  .partial()
  .strict()
  .refine((data) => Object.keys(data).length > 0, 'must change at least one field');
