import type { Core, Modules, Schema } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isNewsroomContentType } from '../constants';
import { MAX_RELATION_ENTRIES } from '../validation/fields';

const RELATION_OPERATIONS = ['connect', 'disconnect', 'set'] as const;

/** The path and size of the first list of `value` (a relation as written: a list, or connect/disconnect/set) over the bound. */
const listOverBound = (field: string, value: unknown): { path: string[]; size: number } | undefined => {
  if (Array.isArray(value)) return value.length > MAX_RELATION_ENTRIES ? { path: [field], size: value.length } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const operation of RELATION_OPERATIONS) {
    const list = (value as Record<string, unknown>)[operation];
    if (Array.isArray(list) && list.length > MAX_RELATION_ENTRIES) return { path: [field, operation], size: list.length };
  }
  return undefined;
};

/**
 * Relation lists of one write of the plugin's types hold at most MAX_RELATION_ENTRIES entries, whoever writes:
 * the REST validation says so for the API, and this Document Service middleware for the admin's content manager,
 * whose 40,000 connected ids would pass SQLite's limit of SQL variables (a 500) and hold the server meanwhile.
 */
export const relationListsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!isNewsroomContentType(context.uid)) return next();
    if (context.action !== 'create' && context.action !== 'update') return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data === null || typeof data !== 'object') return next();
    const attributes = strapi.getModel(context.uid).attributes as Record<string, Schema.Attribute.AnyAttribute>;
    for (const [field, attribute] of Object.entries(attributes)) {
      if (attribute.type !== 'relation' && attribute.type !== 'media') continue;
      const over = listOverBound(field, data[field]);
      if (!over) continue;
      const message = `must list at most ${MAX_RELATION_ENTRIES} entries, not ${over.size}`;
      throw new errors.ValidationError(`${over.path.join('.')}: ${message}`, {
        errors: [{ path: over.path, message, name: 'ValidationError' }],
      });
    }
    return next();
  };
