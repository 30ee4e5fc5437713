import { z } from 'zod';
import { foldCompatibility, hasInvisibleControls, mixedScriptProblem, shortTextProblem } from '../text';

/**
 * Field rules shared by the plugin's write payloads. Lengths mirror the content-type schemas. What no
 * string may hold (NUL, lone surrogates) is checked on the whole body first, in parse.ts.
 */

export const text = (max: number) =>
  z.string({ invalid_type_error: 'must be a string' }).max(max, `must be at most ${max} characters`);

export const requiredText = (max: number) =>
  text(max).refine((value) => value.trim().length > 0, 'must not be empty');

export const optionalText = (max: number) => text(max).nullable().optional();

const refusing =
  (problemOf: (value: string) => string | undefined) =>
  (value: string, context: z.RefinementCtx): void => {
    const problem = problemOf(value);
    if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  };

// One line shown on its own (a title, a name, a label): see text/characters.
const lineRule = refusing(shortTextProblem);
// A slug or an entity's name, judged in the form it is stored in (NFKC, see text/scripts).
const nameRule = refusing((value) => mixedScriptProblem(foldCompatibility(value)));

export const requiredLine = (max: number) => requiredText(max).superRefine(lineRule);

export const optionalLine = (max: number) => text(max).superRefine(lineRule).nullable().optional();

/** The name of a tag or an expert, or one of its aliases. */
export const entityName = (max: number) => requiredLine(max).superRefine(nameRule);

export const documentId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be a documentId');

export const wikidataId = z
  .string()
  .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id: "Q" followed by digits, such as Q159')
  .nullable()
  .optional();

// A slug typed by hand with a bidi override or an invisible character would read differently from what it
// is; refused rather than silently cleaned, so the client learns the slug it sent is not the one stored.
export const slug = text(200)
  .refine(
    (value) => !hasInvisibleControls(value),
    'must not contain invisible or bidi control characters (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF)'
  )
  .superRefine(lineRule)
  .superRefine(nameRule)
  .nullable()
  .optional();

export const aliases = z.array(entityName(200)).max(50, 'must list at most 50 aliases').nullable().optional();

// No `locale`: relations always join the article's own locale (Strapi 5 keeps them per locale).
const relationRef = z.union([documentId, z.object({ documentId }).strict()]);

/**
 * Entries one relation list of a write may name: an article carries a few dozen tags at most. Each entry is a
 * SQL variable: 40,000 ids passed SQLite's limit (a 500).
 */
export const MAX_RELATION_ENTRIES = 100;

const relationRefs = z.array(relationRef).max(MAX_RELATION_ENTRIES, `must list at most ${MAX_RELATION_ENTRIES} entries`);

/** A relation as Strapi 5 takes it: a list of documentIds, or { connect, disconnect, set }. */
export const relationList = z
  .union([
    relationRefs,
    z
      .object({
        connect: relationRefs.optional(),
        disconnect: relationRefs.optional(),
        set: relationRefs.optional(),
      })
      .strict(),
  ])
  .optional();

export const relationOne = z.union([relationRef, z.null()]).optional();

export const computedField = (name: string) =>
  z.never({ invalid_type_error: `${name} is computed from the body and cannot be set` }).optional();

/**
 * The create and update schemas of one content type: create takes the fields as declared, update any
 * non-empty subset. Both accept the documentId and locale Strapi answers with, so a client may send an entry
 * back unchanged; unknown fields are refused by name.
 */
export const writeSchemas = <T extends z.ZodRawShape>(fields: T) => {
  const shape = { ...fields, documentId: documentId.optional(), locale: z.string().optional() };
  return {
    create: z.object(shape).strict(),
    update: z
      .object(shape)
      .partial()
      .strict()
      .refine((data) => Object.keys(data).length > 0, 'must change at least one field'),
  };
};

/** A locale that a route cannot do without. */
export const requiredLocale = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a locale code' })
  .max(20);

// Path parameters: the router adds its own keys beside the named ones, so unknown keys are dropped, not refused.
export const documentParams = z.object({ documentId });
