import type { Core } from '@strapi/strapi';
import { documentIdsIn, documentTag } from './keys';

type Context = Parameters<Core.MiddlewareHandler>[0];

const TAGS = 'newsroomResponseCacheTags';

/** The tags a controller gave its answer (see `cacheDependsOn`). */
export const declaredTags = (ctx: Context): string[] => [...((ctx.state[TAGS] as Set<string> | undefined) ?? [])];

/**
 * Files the answer under the documents in `data`: for answers that are not JSON with the documents' ids in it
 * (JSON-LD, ninjs, feeds), the controller names what it made them from, so an edit of any of it purges them.
 */
export const cacheDependsOn = (ctx: Context, data: unknown): void => {
  const tags = (ctx.state[TAGS] as Set<string> | undefined) ?? new Set<string>();
  for (const documentId of documentIdsIn(data)) tags.add(documentTag(documentId));
  ctx.state[TAGS] = tags;
};
