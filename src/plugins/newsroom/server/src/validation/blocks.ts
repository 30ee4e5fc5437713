import { z } from 'zod';
import { text } from './fields';
import { safeUrl } from './urls';

/** Strapi 5 blocks, validated strictly so malformed rich text is a 400, not a broken page later. */

const MAX_TEXT = 20000;

const textNode = z
  .object({
    type: z.literal('text'),
    text: text(MAX_TEXT),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
    strikethrough: z.boolean().optional(),
    code: z.boolean().optional(),
  })
  .strict();

const linkNode = z
  .object({
    type: z.literal('link'),
    url: safeUrl('link'),
    rel: z.string().max(100).optional(),
    target: z.string().max(20).optional(),
    children: z.array(textNode).min(1),
  })
  .strict();

const inline = z.array(z.union([textNode, linkNode])).min(1, 'must hold at least one text node');

const listItem = z.object({ type: z.literal('list-item'), children: inline }).strict();

// Lists nest: a list's children are items or lists.
const listChildren: z.ZodType<unknown[]> = z.lazy(() => z.array(z.union([listItem, list])).min(1).max(500));

const list = z
  .object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    indentLevel: z.number().int().min(0).max(10).optional(),
    children: listChildren,
  })
  .strict();

const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: inline }).strict(),
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: inline }).strict(),
  z.object({ type: z.literal('quote'), children: inline }).strict(),
  z.object({ type: z.literal('code'), language: z.string().max(50).optional(), children: inline }).strict(),
  z
    .object({
      type: z.literal('image'),
      image: z
        .object({
          // The file of the media library it shows: its fields are taken from there (document-middlewares/image-blocks.ts).
          id: z.number().int().positive().optional(),
          documentId: z.string().max(64).optional(),
          url: safeUrl('image').optional(),
          alternativeText: z.string().max(1000).nullable().optional(),
        })
        .passthrough()
        .refine((image) => image.id !== undefined || image.documentId !== undefined, {
          message: 'must name a file of the media library by its id or documentId',
        }),
      children: inline,
    })
    .strict(),
  list,
]);

export const blocks = z.array(block).max(2000, 'must have at most 2000 blocks');
