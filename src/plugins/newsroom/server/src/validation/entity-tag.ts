import { z } from 'zod';
import { aliases, optionalText, requiredText, slug, wikidataId, writeSchemas } from './fields';

export const ENTITY_TAG_TYPES = ['person', 'organisation', 'country', 'place', 'event', 'group', 'topic'] as const;

export const entityTagWrite = writeSchemas({
  name: requiredText(200),
  slug,
  type: z.enum(ENTITY_TAG_TYPES),
  aliases,
  description: optionalText(2000),
  wikidataId,
});
