import {
  attributeNamed,
  filterProblem,
  isObject,
  listItems,
  NESTED_TYPES,
  QueryProblem,
  type FilterableAttribute,
  type FilterableModel,
  type FilterProblem,
  type ModelLookup,
} from './filters';

/**
 * The other parameters of Strapi's own list and read routes (`sort`, `fields`, `populate`, `pagination`),
 * checked against the content type's schema like `filters`: a name that is not a field, a relation followed
 * too deep or a page too large is a 400 naming the parameter, not a 500 or a silently different answer.
 */

/** Sort keys of one request: a list is ordered by a few fields at most. */
export const MAX_SORT_KEYS = 5;
/** Relations populated in one request, all levels together. */
export const MAX_POPULATE_KEYS = 10;
/** Levels of populate (`tags` is 1, `tags.articles` 2): each level is another query per page. */
export const MAX_POPULATE_DEPTH = 2;
/** Names in `fields`: more than any content type has. */
export const MAX_FIELD_NAMES = 50;

const POPULATABLE_TYPES = new Set(['relation', 'component', 'media', 'dynamiczone']);
const UNSORTABLE_TYPES = new Set(['json', 'blocks', 'media', 'password', 'dynamiczone', 'relation', 'component']);
const SORT_DIRECTION = /^(asc|desc)$/i;
const NAME_LIST_SEPARATOR = ',';
const MEDIA_UID = 'plugin::upload.file';

function fail(path: string, message: string): never {
  throw new QueryProblem({ path, message });
}

const readable = (model: FilterableModel, name: string, path: string): FilterableAttribute => {
  const attribute = attributeNamed(model, name) ?? fail(path, `unknown field "${name.slice(0, 60)}"`);
  if (attribute.private || attribute.type === 'password') fail(path, `field "${name}" cannot be read`);
  return attribute;
};

/** Names given as one string (comma-separated), a list, or a list past qs's arrayLimit. */
const names = (value: unknown, path: string, max: number): string[] => {
  const items = typeof value === 'string' ? value.split(NAME_LIST_SEPARATOR) : listItems(value);
  if (!items) return fail(path, 'must be a name or a list of names');
  if (items.length > max) fail(path, `must list at most ${max} names`);
  return items.map((item, index) =>
    typeof item === 'string' ? item.trim() : fail(`${path}.${index}`, 'must be a name'),
  );
};

const checkFields = (value: unknown, model: FilterableModel, path: string): void => {
  for (const name of names(value, path, MAX_FIELD_NAMES)) {
    if (name === '*') continue;
    const attribute = readable(model, name, path);
    if (POPULATABLE_TYPES.has(attribute.type)) fail(path, `"${name}" is a relation or component: use populate`);
  }
};

interface Lookups {
  lookup: ModelLookup;
  target(attribute: FilterableAttribute): FilterableModel | undefined;
}

const checkSortPath = (segments: string[], model: FilterableModel, path: string, { target }: Lookups): void => {
  let current = model;
  segments.forEach((segment, index) => {
    const attribute = readable(current, segment, path);
    const last = index === segments.length - 1;
    if (last && UNSORTABLE_TYPES.has(attribute.type)) fail(path, `cannot sort by "${segment}"`);
    if (!last) {
      if (!NESTED_TYPES.has(attribute.type) || index + 1 > MAX_POPULATE_DEPTH) fail(path, `cannot sort by "${segments.join('.')}"`);
      current = target(attribute) ?? fail(path, `cannot sort by "${segments.join('.')}"`);
    }
  });
};

/** `title:asc`, `title:asc,slug`, `[...]`, `{ title: 'asc' }`, `[{ title: 'asc' }]`, `{ tags: { name: 'asc' } }`. */
const checkSort = (value: unknown, model: FilterableModel, path: string, lookups: Lookups): void => {
  const keys: { segments: string[]; direction: string | undefined; path: string }[] = [];
  const fromString = (text: string, at: string) => {
    for (const part of text.split(NAME_LIST_SEPARATOR)) {
      const [field, direction, ...rest] = part.trim().split(':');
      if (rest.length > 0) fail(at, 'must be field:asc or field:desc');
      keys.push({ segments: field.split('.'), direction, path: at });
    }
  };
  const fromObject = (object: Record<string, unknown>, prefix: string[], at: string) => {
    for (const [key, child] of Object.entries(object)) {
      if (keys.length > MAX_SORT_KEYS) break;
      if (isObject(child) && prefix.length < MAX_POPULATE_DEPTH) fromObject(child, [...prefix, key], at);
      else keys.push({ segments: [...prefix, key], direction: typeof child === 'string' ? child : '?', path: at });
    }
  };
  const items = typeof value === 'string' || isObject(value) ? listItems(value) ?? [value] : listItems(value);
  if (!items) fail(path, 'must be field:asc, a list of them, or { field: "asc" }');
  if (items.length > MAX_SORT_KEYS) fail(path, `must have at most ${MAX_SORT_KEYS} keys`);
  items.forEach((item, index) => {
    const at = items.length > 1 || Array.isArray(value) ? `${path}.${index}` : path;
    if (typeof item === 'string') fromString(item, at);
    else if (isObject(item)) fromObject(item, [], at);
    else fail(at, 'must be field:asc or { field: "asc" }');
  });
  if (keys.length > MAX_SORT_KEYS) fail(path, `must have at most ${MAX_SORT_KEYS} keys`);
  for (const key of keys) {
    if (key.direction !== undefined && !SORT_DIRECTION.test(key.direction)) fail(key.path, 'the direction must be asc or desc');
    checkSortPath(key.segments, model, key.path, lookups);
  }
};

const POPULATE_OPTIONS = new Set(['fields', 'filters', 'sort', 'populate', 'count']);

/** One walk over `populate`, counting what it populates at every level. */
class PopulateWalk {
  private keys = 0;

  constructor(private readonly lookups: Lookups) {}

  private relation(model: FilterableModel, name: string, path: string, depth: number): FilterableModel | undefined {
    this.keys += 1;
    if (this.keys > MAX_POPULATE_KEYS) fail(path, `must populate at most ${MAX_POPULATE_KEYS} relations`);
    if (depth > MAX_POPULATE_DEPTH) fail(path, `must not populate more than ${MAX_POPULATE_DEPTH} levels deep`);
    const attribute = readable(model, name, path);
    if (!POPULATABLE_TYPES.has(attribute.type)) fail(path, `"${name}" is not a relation, media or component`);
    return this.lookups.target(attribute);
  }

  /** Dotted names (`tags`, `tags.articles`), as one string or a list. */
  private paths(value: unknown, model: FilterableModel, path: string, depth: number): void {
    for (const dotted of names(value, path, MAX_POPULATE_KEYS)) {
      if (dotted === '*' && depth === 1) continue;
      let current: FilterableModel | undefined = model;
      dotted.split('.').forEach((segment, index) => {
        if (!current) fail(path, `"${dotted.slice(0, 60)}" cannot be populated that deep`);
        current = this.relation(current, segment, path, depth + index);
      });
    }
  }

  walk(value: unknown, model: FilterableModel, path: string, depth: number): void {
    if (value === '*' || value === true || value === 'true') return;
    if (!isObject(value) || listItems(value)) return this.paths(value, model, path, depth);
    for (const [name, options] of Object.entries(value)) {
      const at = `${path}.${name}`;
      const target = this.relation(model, name, at, depth);
      if (options === true || options === 'true' || options === '*') continue;
      if (!isObject(options)) fail(at, 'must be true or an object of populate options');
      for (const [option, setting] of Object.entries(options)) {
        if (!POPULATE_OPTIONS.has(option)) fail(`${at}.${option}`, 'unknown populate option');
        // Media and polymorphic targets have no schema here: only plain population.
        if (!target) fail(`${at}.${option}`, 'this field takes no populate options');
        if (option === 'fields') checkFields(setting, target, `${at}.fields`);
        if (option === 'sort') checkSort(setting, target, `${at}.sort`, this.lookups);
        if (option === 'populate') this.walk(setting, target, `${at}.populate`, depth + 1);
        if (option === 'filters') {
          const problem = filterProblem(setting, target, this.lookups.lookup, { root: `${at}.filters` });
          if (problem) throw new QueryProblem(problem);
        }
      }
    }
  }
}

const NON_NEGATIVE_INTEGER = /^\d{1,9}$/;
const PAGINATION_KEYS = new Set(['page', 'pageSize', 'start', 'limit', 'withCount']);

const checkPagination = (value: unknown, path: string, maxPageSize: number): void => {
  if (!isObject(value)) fail(path, 'must be pagination[page] and pagination[pageSize]');
  for (const [key, setting] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (!PAGINATION_KEYS.has(key)) fail(at, 'unknown pagination parameter');
    if (key === 'withCount') {
      if (!['true', 'false', true, false].includes(setting as string | boolean)) fail(at, 'must be true or false');
      continue;
    }
    const text = typeof setting === 'number' || typeof setting === 'string' ? String(setting) : '';
    if (!NON_NEGATIVE_INTEGER.test(text)) fail(at, 'must be a whole number');
    const number = Number(text);
    if ((key === 'page' || key === 'pageSize' || key === 'limit') && number < 1) fail(at, 'must be 1 or more');
    if ((key === 'pageSize' || key === 'limit') && number > maxPageSize) fail(at, `must be at most ${maxPageSize}`);
  }
};

/**
 * The first problem of a read's query (`filters`, `sort`, `fields`, `populate`, `pagination`) on `model`, or
 * undefined. Other parameters (locale, status) are Strapi's to check.
 */
export const readQueryProblem = (
  query: Record<string, unknown>,
  model: FilterableModel,
  lookup: ModelLookup,
  { maxPageSize }: { maxPageSize: number },
): FilterProblem | undefined => {
  const lookups: Lookups = {
    lookup,
    target: (attribute) => lookup(attribute.type === 'media' ? MEDIA_UID : attribute.target ?? attribute.component ?? ''),
  };
  const filters = filterProblem(query.filters, model, lookup);
  if (filters) return filters;
  try {
    if (query.sort !== undefined) checkSort(query.sort, model, 'sort', lookups);
    if (query.fields !== undefined) checkFields(query.fields, model, 'fields');
    if (query.populate !== undefined) new PopulateWalk(lookups).walk(query.populate, model, 'populate', 1);
    if (query.pagination !== undefined) checkPagination(query.pagination, 'pagination', maxPageSize);
    return undefined;
  } catch (error) {
    if (error instanceof QueryProblem) return error.problem;
    throw error;
  }
};
