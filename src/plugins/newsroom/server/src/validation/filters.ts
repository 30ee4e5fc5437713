/**
 * Checks a `filters` object (REST `$eq` or GraphQL `eq` spelling) against a content type's schema before it
 * reaches the database: what the databases disagree on (`abc` for an integer, a NUL in text, LIKE on JSON) is
 * a 400 naming the path here, not a 500 from one of them, and the size of what a client may ask (branches,
 * list values, relation depth, nodes, text length) is bounded, so no filter costs seconds of SQL building.
 * Pure: the schema is looked up through `lookup`, so unit tests pass their own models.
 */

/** `$and`/`$or` branches of one group: a page of search results needs a handful. */
export const MAX_FILTER_BRANCHES = 20;
/** Values of one `$in`/`$notIn`: PostgreSQL and SQLite bind one SQL variable each. */
export const MAX_FILTER_LIST_VALUES = 100;
/** Relations followed from the filtered type (`tags.articles` is 2): each one is a join. */
export const MAX_FILTER_RELATION_DEPTH = 2;
/**
 * Relations followed in all, branches together (`$or: [{ tags: ... }, { tags: ... }]` is 2): each is two more
 * tables in one SQL join, and SQLite refuses a join of more than 64 tables, MariaDB of more than 61. With the
 * joins `sort` may add (5 keys, 2 relations deep), a query stays under 50.
 */
export const MAX_FILTER_RELATIONS = 12;
/**
 * Of those, the ones to many (tags, experts, repeatable components): each branch joins its own copy, and the
 * copies multiply the rows (an article with 20 tags and 3 experts, joined 6 times each, is 60^6 rows): two at
 * most, enough for "this tag and this expert".
 */
export const MAX_FILTER_TO_MANY_RELATIONS = 2;
/** Keys and values of one filters object, all levels together. */
export const MAX_FILTER_NODES = 200;
/** Characters of one text operand; the longest text a filter needs to match is a slug or a name. */
export const MAX_FILTER_TEXT_LENGTH = 500;

export interface FilterableAttribute {
  type: string;
  relation?: string;
  repeatable?: boolean;
  private?: boolean;
  target?: string;
  component?: string;
}

export interface FilterableModel {
  attributes: Record<string, FilterableAttribute>;
}

export type ModelLookup = (uid: string) => FilterableModel | undefined;

/** REST writes operators with a `$` (`$eq`), GraphQL without (`eq`). */
export type FilterSpelling = 'rest' | 'graphql';

export interface FilterProblem {
  /** Where, from the parameter's name: `filters.$or`, `filters.id.$in.0`. */
  path: string;
  message: string;
}

const GROUP = ['and', 'or'];
const COMPARISONS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'];
const LISTS = ['in', 'notIn'];
const NULL_CHECKS = ['null', 'notNull'];
const TEXT_MATCHES = [
  'eqi',
  'nei',
  'contains',
  'notContains',
  'containsi',
  'notContainsi',
  'startsWith',
  'endsWith',
  'startsWithi',
  'endsWithi',
];

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration']);
const INTEGER_TYPES = new Set(['integer', 'biginteger', 'id']);
const NUMBER_TYPES = new Set(['float', 'decimal']);
const DATE_TYPES = new Set(['date', 'datetime', 'time', 'timestamp']);
/** Fields whose stored form the databases compare differently (JSON, blocks) or not at all: presence only. */
const PRESENCE_ONLY_TYPES = new Set(['json', 'blocks', 'media', 'password', 'dynamiczone']);
/** Attributes a filter, a sort or a populate follows into another model. */
export const NESTED_TYPES = new Set(['relation', 'component']);

/** A relation to many rows: joined, it multiplies the rows of its parent. */
export const isToMany = (relation: string | undefined): boolean => /ToMany$/.test(relation ?? '');

// Every document has these, whether or not the schema lists them.
const IMPLICIT_ATTRIBUTES: Record<string, FilterableAttribute> = {
  id: { type: 'id' },
  documentId: { type: 'string' },
};

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** The attribute `name` of `model`, `id` and `documentId` included; never one of Object.prototype's keys. */
export const attributeNamed = (model: FilterableModel, name: string): FilterableAttribute | undefined => {
  if (hasOwn(model.attributes, name)) return model.attributes[name];
  return hasOwn(IMPLICIT_ATTRIBUTES, name) ? IMPLICIT_ATTRIBUTES[name] : undefined;
};

// C0 controls: NUL is a PostgreSQL error, the rest have no place in a filter on text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f]/;
const INTEGER = /^-?\d{1,16}$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 as Strapi parses it (date-fns parseISO): a date, then a time with an optional zone.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
// The databases' integer and id columns are 32-bit (PostgreSQL refuses a larger operand with an error).
const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?$/;
const NUMERIC_KEY = /^\d+$/;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The items of a list as a client sent it: an array, or what qs makes of an array past its arrayLimit (an
 * object with numeric keys), which would otherwise be dropped without a word. Anything else is not a list.
 */
export const listItems = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => NUMERIC_KEY.test(key))) return undefined;
  return keys.map((key) => value[key]);
};

/** Thrown inside a walk to stop at its first problem; never leaves this module's callers. */
export class QueryProblem extends Error {
  constructor(readonly problem: FilterProblem) {
    super(problem.message);
  }
}

/** A year, month and day matched by DATE or DATE_TIME that name a day of the calendar (not 2026-02-31). */
const isCalendarDate = (match: RegExpExecArray | null): boolean => {
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const scalarProblem = (type: string, value: unknown): string | undefined => {
  if (typeof value === 'string' && value.length > MAX_FILTER_TEXT_LENGTH) {
    return `must be at most ${MAX_FILTER_TEXT_LENGTH} characters`;
  }
  if (typeof value === 'string' && CONTROL_CHARACTER.test(value)) return 'must not contain control characters (U+0000-U+001F)';
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    return 'must be a single value';
  }
  const text = String(value);
  // Sixteen digits at most: within a 64-bit biginteger.
  if (type === 'biginteger') return INTEGER.test(text) ? undefined : 'must be a whole number';
  if (INTEGER_TYPES.has(type)) {
    const number = Number(text);
    return INTEGER.test(text) && number >= INT32.min && number <= INT32.max
      ? undefined
      : `must be a whole number from ${INT32.min} to ${INT32.max}`;
  }
  if (NUMBER_TYPES.has(type)) {
    return DECIMAL.test(text) && Number.isFinite(Number(text)) ? undefined : 'must be a finite number';
  }
  if (type === 'boolean') return ['true', 'false', '1', '0'].includes(text) ? undefined : 'must be true or false';
  if (type === 'date') return isCalendarDate(DATE.exec(text)) ? undefined : 'must be a date (2026-11-29)';
  if (type === 'time') return TIME.test(text) ? undefined : 'must be a time (14:30:00)';
  if (DATE_TYPES.has(type)) {
    return typeof value === 'string' && isCalendarDate(DATE_TIME.exec(value))
      ? undefined
      : 'must be an ISO 8601 date-time (2026-11-29T14:30:00Z)';
  }
  return typeof value === 'string' ? undefined : 'must be text';
};

/** One walk over one filters object: counts nodes as it goes, and throws its first problem. */
class FilterWalk {
  private nodes = 0;

  private relations = 0;

  private toManyRelations = 0;

  constructor(
    private readonly lookup: ModelLookup,
    private readonly spelling: FilterSpelling,
  ) {}

  private fail(path: string, message: string): never {
    throw new QueryProblem({ path, message });
  }

  /** The operator a key names, without its `$`; undefined when the key is not in this spelling's form. */
  private operator(key: string): string | undefined {
    if (this.spelling === 'rest') return key.startsWith('$') ? key.slice(1) : undefined;
    return [...GROUP, 'not', ...COMPARISONS, ...LISTS, 'between', ...NULL_CHECKS, ...TEXT_MATCHES].includes(key)
      ? key
      : undefined;
  }

  private count(path: string): void {
    this.nodes += 1;
    if (this.nodes > MAX_FILTER_NODES) this.fail(path, `too complex: more than ${MAX_FILTER_NODES} conditions and values`);
  }

  private branches(value: unknown, path: string): unknown[] {
    const items = listItems(value);
    if (!items) this.fail(path, 'must be a list of conditions');
    if (items.length > MAX_FILTER_BRANCHES) this.fail(path, `must have at most ${MAX_FILTER_BRANCHES} branches`);
    return items;
  }

  /** Conditions on the fields of one model: `{ title: ..., $or: [...], tags: {...} }`. */
  where(value: unknown, model: FilterableModel, path: string, depth: number): void {
    if (!isObject(value)) this.fail(path, 'must be an object of conditions');
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      this.count(childPath);
      const operator = this.operator(key);
      if (operator !== undefined) {
        if (GROUP.includes(operator)) {
          this.branches(child, childPath).forEach((branch, index) => this.where(branch, model, `${childPath}.${index}`, depth));
        } else if (operator === 'not') {
          this.where(child, model, childPath, depth);
        } else {
          this.fail(childPath, `unknown operator here: ${key} must follow a field name`);
        }
        continue;
      }
      const attribute = attributeNamed(model, key);
      if (!attribute) this.fail(childPath, 'unknown field');
      if (attribute.private || attribute.type === 'password') this.fail(childPath, 'cannot filter on this field');
      if (NESTED_TYPES.has(attribute.type)) this.nested(child, attribute, childPath, depth);
      else this.operand(child, attribute.type, childPath);
    }
  }

  private nested(value: unknown, attribute: FilterableAttribute, path: string, depth: number): void {
    if (depth + 1 > MAX_FILTER_RELATION_DEPTH) {
      this.fail(path, `must not follow relations more than ${MAX_FILTER_RELATION_DEPTH} deep`);
    }
    this.relations += 1;
    if (this.relations > MAX_FILTER_RELATIONS) {
      this.fail(path, `must not follow more than ${MAX_FILTER_RELATIONS} relations in all (each one is a join)`);
    }
    if (attribute.repeatable || isToMany(attribute.relation)) {
      this.toManyRelations += 1;
      if (this.toManyRelations > MAX_FILTER_TO_MANY_RELATIONS) {
        this.fail(path, `must not follow more than ${MAX_FILTER_TO_MANY_RELATIONS} relations to many in all (each one multiplies the rows joined)`);
      }
    }
    const target = this.lookup(attribute.target ?? attribute.component ?? '');
    if (!target) this.fail(path, 'cannot filter on this field');
    this.where(value, target, path, depth + 1);
  }

  /** The condition on one scalar field: a value (equality) or an object of operators. */
  private operand(value: unknown, type: string, path: string): void {
    if (!isObject(value)) {
      this.value(type, value, path, 'eq');
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      this.count(childPath);
      const operator = this.operator(key);
      if (operator === undefined) this.fail(childPath, 'unknown operator');
      if (GROUP.includes(operator)) {
        this.branches(child, childPath).forEach((branch, index) => this.operand(branch, type, `${childPath}.${index}`));
      } else if (operator === 'not') {
        this.operand(child, type, childPath);
      } else if (NULL_CHECKS.includes(operator)) {
        if (!['true', 'false', true, false].includes(child as string | boolean)) this.fail(childPath, 'must be true or false');
      } else if (PRESENCE_ONLY_TYPES.has(type)) {
        this.fail(childPath, `this field can only be tested with ${this.spell('null')} or ${this.spell('notNull')}`);
      } else if (LISTS.includes(operator) || operator === 'between') {
        this.list(child, type, childPath, operator);
      } else if (COMPARISONS.includes(operator) || TEXT_MATCHES.includes(operator)) {
        this.value(type, child, childPath, operator);
      } else {
        this.fail(childPath, 'unknown operator');
      }
    }
  }

  private list(value: unknown, type: string, path: string, operator: string): void {
    const items = listItems(value) ?? [value];
    if (operator === 'between' && items.length !== 2) this.fail(path, 'must be a list of two values');
    if (items.length > MAX_FILTER_LIST_VALUES) this.fail(path, `must list at most ${MAX_FILTER_LIST_VALUES} values`);
    items.forEach((item, index) => {
      const itemPath = listItems(value) ? `${path}.${index}` : path;
      this.count(itemPath);
      this.value(type, item, itemPath, 'eq');
    });
  }

  private value(type: string, value: unknown, path: string, operator: string): void {
    if (PRESENCE_ONLY_TYPES.has(type)) {
      this.fail(path, `this field can only be tested with ${this.spell('null')} or ${this.spell('notNull')}`);
    }
    // Equality with null is how a client asks for "not set" (IS NULL), in both spellings.
    if (value === null && (operator === 'eq' || operator === 'ne')) return;
    if (TEXT_MATCHES.includes(operator) && !TEXT_TYPES.has(type)) {
      this.fail(path, `${this.spell(operator)} compares text: this field is not text`);
    }
    const problem = scalarProblem(type, value);
    if (problem) this.fail(path, problem);
  }

  private spell(operator: string): string {
    return this.spelling === 'rest' ? `$${operator}` : operator;
  }
}

/**
 * The first problem of `filters` on the model `model`, with its path from `root` (the parameter's name), or
 * undefined when the filters may be run as they are. Bounded work: it stops at MAX_FILTER_NODES.
 */
export const filterProblem = (
  filters: unknown,
  model: FilterableModel,
  lookup: ModelLookup,
  { spelling = 'rest', root = 'filters' }: { spelling?: FilterSpelling; root?: string } = {},
): FilterProblem | undefined => {
  if (filters === undefined || filters === null) return undefined;
  try {
    new FilterWalk(lookup, spelling).where(filters, model, root, 0);
    return undefined;
  } catch (error) {
    if (error instanceof QueryProblem) return error.problem;
    throw error;
  }
};
