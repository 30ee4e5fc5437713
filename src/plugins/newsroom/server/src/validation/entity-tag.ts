import { z } from 'zod';
import { TAG_TYPES } from '../constants';
import { aliases, entityName, optionalText, slug, wikidataId, writeSchemas } from './fields';

export const entityTagWrite = writeSchemas({
  name: entityName(200),
  slug,
  type: z.enum(TAG_TYPES),
  aliases,
  description: optionalText(2000),
  wikidataId,
});
