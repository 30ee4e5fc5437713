import { z } from 'zod';
import { blocks } from './blocks';
import { computedField, documentId, optionalText, relationList, relationOne, requiredText, slug } from './fields';

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
    unit: optionalText(60),
    label: requiredText(200),
    period: optionalText(100),
  })
  .strict();

const source = z
  .object({
    name: requiredText(200),
    url: z
      .string()
      .max(2000)
      .url('must be an absolute URL')
      .regex(/^https?:\/\//, 'must be an http(s) URL')
      .nullable()
      .optional(),
  })
  .strict();

const articleFields = {
  title: requiredText(200),
  slug,
  standfirst: optionalText(600),
  body: blocks.min(1, 'must have at least one block'),
  quotes: z.array(quote).max(200).optional(),
  keyFigures: z.array(keyFigure).max(100).optional(),
  sources: z.array(source).max(200).optional(),
  experts: relationList,
  tags: relationList,
  byline: optionalText(200),
  wordCount: computedField('wordCount'),
  readingTimeMinutes: computedField('readingTimeMinutes'),
  // Strapi answers with these; a client that sends an entry back unchanged is not an error.
  documentId: documentId.optional(),
  locale: z.string().optional(),
};

export const articleCreate = z.object(articleFields).strict();

export const articleUpdate = z
  .object(articleFields)
  .partial()
  .strict()
  .refine((data) => Object.keys(data).length > 0, 'must change at least one field');
