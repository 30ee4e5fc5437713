import { errors } from '@strapi/utils';
import type { z } from 'zod';

interface FieldError {
  path: (string | number)[];
  message: string;
  name: 'ValidationError';
}

/** What is being parsed: a write's payload, or a read's query string. */
export type InputKind = 'body' | 'query';

const describe = (issue: z.ZodIssue, kind: InputKind): string => {
  if (issue.code === 'unrecognized_keys') {
    return `unknown ${kind === 'query' ? 'parameter' : 'field'}(s): ${issue.keys.join(', ')}`;
  }
  return issue.message;
};

/**
 * Parses a request payload, or throws Strapi's ValidationError (HTTP 400) in the shape Strapi's own
 * validators use: a message that names the first bad field, and every problem in details.errors.
 */
export const parseOrThrow = <T extends z.ZodTypeAny>(schema: T, value: unknown, kind: InputKind = 'body'): z.infer<T> => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path,
    message: describe(issue, kind),
    name: 'ValidationError',
  }));
  const [first] = fieldErrors;
  const where = first.path.length > 0 ? first.path.join('.') : kind === 'query' ? 'query' : 'data';
  const more = fieldErrors.length > 1 ? ` (and ${fieldErrors.length - 1} more)` : '';
  throw new errors.ValidationError(`${where}: ${first.message}${more}`, { errors: fieldErrors });
};
