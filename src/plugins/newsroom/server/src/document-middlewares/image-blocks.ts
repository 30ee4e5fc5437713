import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../constants';

const FILE_UID = 'plugin::upload.file';
const WRITING_ACTIONS = ['create', 'update', 'clone'];
// Files looked up per query: far below every database's limit on bound values.
const LOOKUP_CHUNK = 500;
// The shape of a Strapi 5 documentId; anything else is not looked up.
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

type FileRow = Record<string, unknown> & { id: number; documentId: string };

interface ImageBlock {
  type: 'image';
  image?: unknown;
}

const isImageBlock = (block: unknown): block is ImageBlock =>
  typeof block === 'object' && block !== null && (block as { type?: unknown }).type === 'image';

/** The id or documentId an image block names its file by, if well formed. */
const referenceOf = (image: unknown): { id?: number; documentId?: string } => {
  if (typeof image !== 'object' || image === null) return {};
  const { id, documentId } = image as { id?: unknown; documentId?: unknown };
  if (typeof documentId === 'string' && DOCUMENT_ID.test(documentId)) return { documentId };
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return { id };
  return {};
};

/**
 * The file's fields an image block carries: the media library's own (its schema's attributes, less relations
 * and private ones), with its id and documentId, as the content manager's blocks editor stores them.
 */
const mediaFieldsOf = (strapi: Core.Strapi): string[] => {
  const attributes = strapi.getModel(FILE_UID).attributes as Record<string, { type: string; private?: boolean }>;
  const fields = Object.entries(attributes)
    .filter(([, attribute]) => attribute.type !== 'relation' && !attribute.private)
    .map(([name]) => name);
  return ['id', 'documentId', ...fields];
};

const blocksFieldsOf = (contentType: { attributes: Record<string, { type: string }> }): string[] =>
  Object.entries(contentType.attributes)
    .filter(([, attribute]) => attribute.type === 'blocks')
    .map(([name]) => name);

/**
 * A body's image blocks are the media library's files, not what the client says about them: each must name
 * an existing file (by id or documentId) and is rewritten with that file's own fields, so no made-up `hash`,
 * `mime`, URL or `onerror` is stored. A Document Service middleware, so REST, the admin and the seed alike.
 */
export const imageBlocksMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!context.uid.startsWith(`plugin::${PLUGIN_ID}.`) || !WRITING_ACTIONS.includes(context.action)) return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (!data) return next();
    const fields = blocksFieldsOf(context.contentType).filter((field) => Array.isArray(data[field]));
    const images = fields.flatMap((field) =>
      (data[field] as unknown[]).flatMap((block, index) => (isImageBlock(block) ? [{ field, index, block }] : [])),
    );
    if (images.length === 0) return next();

    const references = images.map(({ block }) => referenceOf(block.image));
    const ids = [...new Set(references.flatMap((reference) => (reference.id ? [reference.id] : [])))];
    const documentIds = [...new Set(references.flatMap((reference) => (reference.documentId ? [reference.documentId] : [])))];
    const select = mediaFieldsOf(strapi);
    const found: FileRow[] = [];
    for (let start = 0; start < Math.max(ids.length, documentIds.length); start += LOOKUP_CHUNK) {
      const or = [
        ...(ids.length > start ? [{ id: { $in: ids.slice(start, start + LOOKUP_CHUNK) } }] : []),
        ...(documentIds.length > start ? [{ documentId: { $in: documentIds.slice(start, start + LOOKUP_CHUNK) } }] : []),
      ];
      found.push(...((await strapi.db.query(FILE_UID).findMany({ select, where: { $or: or } })) as FileRow[]));
    }

    const problems = images.flatMap(({ field, index }, position) => {
      const { id, documentId } = references[position];
      const file = found.find((row) => (documentId ? row.documentId === documentId : row.id === id));
      if (file) {
        // Only what the blocks editor stores: an image block's text child is always empty.
        (data[field] as unknown[])[index] = { type: 'image', image: file, children: [{ type: 'text', text: '' }] };
        return [];
      }
      const message = 'must name a file of the media library by its id or documentId';
      return [{ path: ['data', field, String(index), 'image'], message, name: 'ValidationError' }];
    });
    if (problems.length > 0) {
      const first = problems[0];
      throw new errors.ValidationError(`${first.path.join('.')}: ${first.message}`, { errors: problems });
    }
    return next();
  };
