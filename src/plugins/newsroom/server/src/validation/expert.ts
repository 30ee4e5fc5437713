import { z } from 'zod';
import { aliases, optionalText, requiredText, slug, wikidataId, writeSchemas } from './fields';

export const expertWrite = writeSchemas({
  name: requiredText(200),
  slug,
  jobTitle: optionalText(200),
  affiliation: optionalText(200),
  kind: z.enum(['analyst', 'official', 'journalist', 'outlet']).optional(),
  bio: optionalText(5000),
  aliases,
  wikidataId,
});
