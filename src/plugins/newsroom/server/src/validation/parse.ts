import { errors } from '@strapi/utils';
import type { z } from 'zod';

interface FieldError {
  path: (string | number)[];
  message: string;
  name: 'ValidationError';
}

/** What is being parsed: a write's payload, or a read's query string. */
export type InputKind = 'body' | 'query';

// Deeper than any payload the plugin takes (lists nested 17 deep in a body still fit), shallow enough that
// the schemas' recursion (nested lists) never runs out of stack: 5,000 nested lists were a 500.
export const MAX_NESTING = 40;

const MAX_PROBLEMS = 20;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What no string of a payload may hold, wherever it is (a field the schema lets through as is, an image's
 * metadata, a field name). PostgreSQL refuses NUL in text and JSON (a 500 otherwise); a lone surrogate
 * cannot be stored as UTF-8; U+FFFD is what the body's UTF-8 decoder puts in place of invalid bytes, so
 * text that holds it was damaged on the way (and would be stored damaged).
 */
const stringProblem = (value: string): string | undefined => {
  if (value.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (no lone surrogates)';
  if (value.includes('\uFFFD')) return 'must not contain U+FFFD, the mark of bytes that were not valid UTF-8';
  return undefined;
};

/** Every string and nesting level of a parsed body, walked without recursion (it may be 5,000 deep). */
const bodyProblems = (body: unknown): FieldError[] => {
  const problems: FieldError[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: body, path: [] }];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value);
      if (problem) problems.push({ path, message: problem, name: 'ValidationError' });
    } else if (value !== null && typeof value === 'object') {
      if (path.length >= MAX_NESTING) {
        problems.push({ path, message: `nested deeper than ${MAX_NESTING} levels`, name: 'ValidationError' });
        continue;
      }
      const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
      // Reversed, so that the first problem found is the first in the payload.
      for (const [key, child] of entries.reverse()) {
        const keyProblem = typeof key === 'string' ? stringProblem(key) : undefined;
        if (keyProblem) problems.push({ path: [...path, key], message: `field name ${keyProblem}`, name: 'ValidationError' });
        else pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return problems;
};

const describe = (issue: z.ZodIssue, kind: InputKind): string => {
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${kind === 'query' ? 'parameter' : 'field'}(s): ${issue.keys.join(', ')}`;
  }
  return issue.message;
};

const fail = (fieldErrors: FieldError[], kind: InputKind): never => {
  const [first] = fieldErrors;
  const where = first.path.length > 0 ? first.path.join('.') : kind === 'query' ? 'query' : 'data';
  const more = fieldErrors.length > 1 ? ` (and ${fieldErrors.length - 1} more)` : '';
  throw new errors.ValidationError(`${where}: ${first.message}${more}`, { errors: fieldErrors });
};

/**
 * Parses a request payload, or throws Strapi's ValidationError (HTTP 400) in the shape Strapi's own
 * validators use: a message that names the first bad field, and every problem in details.errors.
 * A body is first checked whole (strings, nesting), then against the schema.
 */
export const parseOrThrow = <T extends z.ZodTypeAny>(schema: T, value: unknown, kind: InputKind = 'body'): z.infer<T> => {
  if (kind === 'body') {
    const problems = bodyProblems(value);
    if (problems.length > 0) fail(problems, kind);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  return fail(
    result.error.issues.map((issue) => ({ path: issue.path, message: describe(issue, kind), name: 'ValidationError' })),
    kind
  );
};
