import { z } from 'zod';
import { documentId, optionalText, text } from './fields';

/**
 * What the article edit view sends while a journalist types: the form's unsaved values. Relations arrive
 * as the content manager holds them, changes to what is stored (`connect`, `disconnect` by documentId).
 */

const relationChanges = z
  .object({
    connect: z.array(documentId).max(500).default([]),
    disconnect: z.array(documentId).max(500).default([]),
  })
  .strict()
  .default({});

const quote = z
  .object({
    /** The stored component's id; absent for a quote added since the last save. */
    id: z.number().int().positive().optional(),
    text: optionalText(20_000),
    expert: relationChanges,
  })
  .strict();

// The editor's blocks as they are mid-edit (images, empty paragraphs): only their text is read.
const draftBlock = z.object({ type: z.string().max(40) }).passthrough();

export const editorialCheckRequest = z
  .object({
    documentId: documentId.optional(),
    // Longer than the schema allows: the check is there to say so, not to refuse.
    title: text(2000).nullable().default(''),
    slug: optionalText(2000),
    standfirst: optionalText(20_000),
    body: z.array(draftBlock).max(5000).nullable().default([]),
    quotes: z.array(quote).max(500).default([]),
    tags: relationChanges,
    // As the form holds it: the check says whether it embargoes the piece (a bad value is the save's 400, not ours).
    embargoUntil: z.string().max(100).nullable().optional(),
    // The lead image as the form holds it (its file id, null when removed); absent, the stored one is checked.
    leadImage: z.number().int().positive().nullable().optional(),
    // Also read by the checks of a translation. Absent, the stored values are checked.
    leadImageCaption: optionalText(2000),
    leadImageAlt: optionalText(2000),
    leadImageCredit: optionalText(2000),
    leadImageCopyrightHolder: optionalText(2000),
    sources: z.array(z.object({ name: optionalText(2000) }).strict()).max(500).optional(),
    keyFigures: z.array(z.object({ label: optionalText(2000) }).strict()).max(500).optional(),
  })
  .strict();

export type EditorialCheckRequest = z.infer<typeof editorialCheckRequest>;

export const dashboardQuery = z
  .object({
    locale: z.string().max(20).optional(),
    limit: z.coerce.number({ invalid_type_error: 'must be a number' }).int().min(1).max(50).default(8),
  })
  .strict();
