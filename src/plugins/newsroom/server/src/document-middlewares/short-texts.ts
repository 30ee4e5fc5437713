import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID, isNewsroomContentType } from '../constants';
import { foldCompatibility, mixedScriptProblem, shortTextProblem } from '../text';

type Attributes = Record<string, Schema.Attribute.AnyAttribute>;
type Path = (string | number)[];

// The fields that name an entity or address an entry: folded to NFKC when written, and kept to one script a word.
const isNameField = (field: string, isEntity: boolean) => field === 'slug' || (isEntity && field === 'name');
const NAME_LIST_FIELD = 'aliases';

const refuse = (path: Path, message: string): never => {
  const where = path.join('.');
  throw new errors.ValidationError(`${where}: ${message}`, { errors: [{ path, message, name: 'ValidationError' }] });
};

/**
 * Folds and checks, in place, the short single-line fields of one entry's data (Strapi `string` attributes,
 * in its components too) and its entity names: what the REST validation refuses is refused here too, for the
 * admin panel's writes and any other that does not pass through the plugin's controllers.
 */
const checkData = (strapi: Core.Strapi, attributes: Attributes, data: Record<string, unknown>, path: Path, isEntity: boolean) => {
  for (const [field, attribute] of Object.entries(attributes)) {
    const value = data[field];
    if (value === undefined || value === null) continue;
    const at = [...path, field];
    if (attribute.type === 'string' && typeof value === 'string') {
      const named = isNameField(field, isEntity);
      const stored = named ? foldCompatibility(value) : value;
      const problem = shortTextProblem(stored) ?? (named ? mixedScriptProblem(stored) : undefined);
      if (problem) refuse(at, problem);
      data[field] = stored;
    } else if (attribute.type === 'json' && isEntity && field === NAME_LIST_FIELD && Array.isArray(value)) {
      data[field] = value.map((item: unknown, index) => {
        if (typeof item !== 'string') return item;
        const stored = foldCompatibility(item);
        const problem = shortTextProblem(stored) ?? mixedScriptProblem(stored);
        return problem ? refuse([...at, index], problem) : stored;
      });
    } else if (attribute.type === 'component') {
      const component = strapi.components[attribute.component as UID.Component];
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item: unknown, index) => {
        if (item === null || typeof item !== 'object') return;
        const itemPath = Array.isArray(value) ? [...at, index] : at;
        checkData(strapi, component.attributes as Attributes, item as Record<string, unknown>, itemPath, false);
      });
    }
  }
};

/**
 * Short single-line fields of the plugin's articles, experts and tags: no control characters, noncharacters or
 * values with nothing visible; names, aliases and slugs in NFKC and one script a word. A Document Service
 * middleware, so that the admin cannot store what the API refuses.
 */
export const shortTextsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!isNewsroomContentType(context.uid)) return next();
    if (context.action !== 'create' && context.action !== 'update') return next();
    const data = (context.params as { data?: unknown }).data;
    if (data !== null && typeof data === 'object') {
      const isEntity = context.uid !== ARTICLE_UID;
      checkData(strapi, strapi.getModel(context.uid).attributes as Attributes, data as Record<string, unknown>, [], isEntity);
    }
    return next();
  };
