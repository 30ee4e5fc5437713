import { z } from 'zod';
import { TAG_TYPES } from '../constants';
import { aliases, optionalText, requiredText, slug, wikidataId, writeSchemas } from './fields';

export const entityTagWrite = writeSchemas({
  name: requiredText(200),
  slug,
  type: z.enum(TAG_TYPES),
  aliases,
  description: optionalText(2000),
  wikidataId,
});
