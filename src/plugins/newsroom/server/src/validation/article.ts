import { z } from 'zod';
import { SUGGESTION_TEXT_MAX } from '../constants';
import { GENRES } from '../vocabularies/genres';
import { blocks } from './blocks';
import {
  computedField,
  optionalLine,
  optionalText,
  relationList,
  relationOne,
  requiredLine,
  requiredText,
  slug,
  writeSchemas,
} from './fields';
import { safeUrl } from './urls';

const quote = z
  .object({
    text: requiredText(2000),
    kind: z.enum(['direct', 'paraphrase']).optional(),
    expert: relationOne,
  })
  .strict();

const keyFigure = z
  .object({
    value: z.number({ invalid_type_error: 'must be a number' }).finite(),
    qualifier: z.enum(['exact', 'about', 'more_than', 'less_than']).optional(),
    unit: optionalLine(60),
    label: requiredLine(200),
    period: optionalLine(100),
  })
  .strict();

const source = z
  .object({
    name: requiredLine(200),
    url: safeUrl('absolute').nullable().optional(),
  })
  .strict();

export const articleWrite = writeSchemas({
  title: requiredLine(200),
  slug,
  standfirst: optionalText(600),
  body: blocks.min(1, 'must have at least one block'),
  quotes: z.array(quote).max(200).optional(),
  keyFigures: z.array(keyFigure).max(100).optional(),
  sources: z.array(source).max(200).optional(),
  experts: relationList,
  tags: relationList,
  subjects: relationList,
  // An id from the media library (upload plugin), or null to remove the image.
  leadImage: z
    .number({ invalid_type_error: 'must be the id of an uploaded image' })
    .int()
    .positive()
    .max(2_147_483_647, 'must be the id of an uploaded image')
    .nullable()
    .optional(),
  leadImageCaption: optionalLine(300),
  leadImageAlt: optionalLine(300),
  leadImageCredit: optionalLine(200),
  leadImageCopyrightHolder: optionalLine(200),
  genre: z.enum(GENRES, { errorMap: () => ({ message: `must be one of ${GENRES.join(', ')}` }) }).optional(),
  byline: optionalLine(200),
  // Published by the embargo job at this time, and refused publication before it; null lifts it.
  embargoUntil: z
    .string({ invalid_type_error: 'must be a date and time such as "2026-12-01T06:00:00Z"' })
    .datetime({ offset: true, message: 'must be a date and time such as "2026-12-01T06:00:00Z"' })
    .nullable()
    .optional(),
  wordCount: computedField('wordCount'),
  readingTimeMinutes: computedField('readingTimeMinutes'),
});

/** A draft's text, to find the tags and experts it names. */
export const suggestionRequest = z.object({ text: requiredText(SUGGESTION_TEXT_MAX) }).strict();
