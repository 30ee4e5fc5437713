import { errors } from '@strapi/utils';
import type { FilterProblem, FilterableModel, ModelLookup } from './filters';
import type { Core, UID } from '@strapi/strapi';

// A path segment is a client's key: an unknown one is quoted, but never at length.
const MAX_SEGMENT_LENGTH = 60;

/** A query problem as Strapi's ValidationError (400): the message starts with the parameter's path. */
export const queryProblemError = ({ path, message }: FilterProblem): errors.ValidationError => {
  const segments = path.split('.').map((segment) => segment.slice(0, MAX_SEGMENT_LENGTH));
  return new errors.ValidationError(`${segments.join('.')}: ${message}`, {
    errors: [{ path: segments, message, name: 'ValidationError' }],
  });
};

/** The schemas the walkers read: content types and components, by uid. */
export const schemaLookup =
  (strapi: Core.Strapi): ModelLookup =>
  (uid: string): FilterableModel | undefined =>
    uid ? strapi.getModel(uid as UID.Schema) : undefined;
