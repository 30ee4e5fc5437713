import { z } from 'zod';
import { aliases, entityName, optionalLine, optionalText, slug, wikidataId, writeSchemas } from './fields';

export const expertWrite = writeSchemas({
  name: entityName(200),
  slug,
  jobTitle: optionalLine(200),
  affiliation: optionalLine(200),
  kind: z.enum(['analyst', 'official', 'journalist', 'outlet']).optional(),
  bio: optionalText(5000),
  aliases,
  wikidataId,
});
