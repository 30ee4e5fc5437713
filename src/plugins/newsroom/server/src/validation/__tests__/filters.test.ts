import {
  filterProblem,
  MAX_FILTER_BRANCHES,
  MAX_FILTER_LIST_VALUES,
  MAX_FILTER_NODES,
  MAX_FILTER_RELATIONS,
  MAX_FILTER_TO_MANY_RELATIONS,
  MAX_FILTER_TEXT_LENGTH,
} from '../filters';
import { ARTICLE, lookup } from './models';

const rest = (filters: unknown) => filterProblem(filters, ARTICLE, lookup);
const graphql = (filters: unknown) => filterProblem(filters, ARTICLE, lookup, { spelling: 'graphql' });

const branches = (count: number) => Array.from({ length: count }, (_, index) => ({ title: { $eq: `t${index}` } }));

// What qs makes of a list past its arrayLimit: an object with numeric keys.
const asQsObject = (items: unknown[]) => Object.fromEntries(items.map((item, index) => [String(index), item]));

describe('filterProblem', () => {
  it('lets ordinary filters through, in both spellings', () => {
    expect(rest(undefined)).toBeUndefined();
    expect(rest({ title: 'x', id: { $in: ['1', '2'] }, $or: [{ wordCount: { $gt: '10' } }, { featured: 'true' }] })).toBeUndefined();
    expect(rest({ tags: { name: { $containsi: 'kabul' } }, embargoUntil: { $null: 'true' } })).toBeUndefined();
    expect(rest({ day: { $between: ['2026-01-01', '2026-12-31'] }, score: { $lte: '1.5e3' } })).toBeUndefined();
    expect(rest({ documentId: { $eq: 'abc123' }, quotes: { text: { $contains: 'x' } } })).toBeUndefined();
    expect(graphql({ or: [{ title: { eq: 'x' } }], tags: { name: { in: ['a', 'b'] } }, not: { wordCount: { eq: 3 } } })).toBeUndefined();
    expect(graphql({ title: { eq: null } })).toBeUndefined();
  });

  it('refuses operands of the wrong type, naming the path', () => {
    expect(rest({ id: { $eq: 'abc' } })).toEqual({
      path: 'filters.id.$eq',
      message: 'must be a whole number from -2147483648 to 2147483647',
    });
    // Past 32 bits PostgreSQL refuses the statement (a 500 before): out of range is the client's mistake.
    expect(rest({ id: { $eq: '9999999999' } })?.path).toBe('filters.id.$eq');
    expect(rest({ id: { $eq: '2147483647' } })).toBeUndefined();
    // Dates as Strapi parses them (ISO 8601), days of the calendar only: Strapi's parser would throw unnamed.
    expect(rest({ embargoUntil: { $lt: '2026-11-29T14:30:00Z' } })).toBeUndefined();
    expect(rest({ embargoUntil: { $lt: '2026-11-29' } })).toBeUndefined();
    expect(rest({ embargoUntil: { $lt: 'May 2020' } })?.path).toBe('filters.embargoUntil.$lt');
    expect(rest({ embargoUntil: { $lt: '2026-02-31T00:00:00Z' } })?.path).toBe('filters.embargoUntil.$lt');
    expect(rest({ day: { $eq: '2026-02-30' } })?.path).toBe('filters.day.$eq');
    expect(rest({ id: { $gt: '1e999' } })?.path).toBe('filters.id.$gt');
    expect(rest({ id: { $in: ['x'] } })?.path).toBe('filters.id.$in.0');
    expect(rest({ id: '9007199254740993' })?.path).toBe('filters.id');
    expect(rest({ score: { $gt: 'Infinity' } })?.path).toBe('filters.score.$gt');
    expect(rest({ featured: 'yes' })?.message).toBe('must be true or false');
    expect(rest({ day: '2026-13-45' })?.path).toBe('filters.day');
    expect(rest({ embargoUntil: { $lt: 'tomorrow' } })?.path).toBe('filters.embargoUntil.$lt');
    expect(rest({ wordCount: { $contains: '1' } })?.message).toMatch(/not text/);
  });

  it('allows JSON, blocks and media fields only $null and $notNull', () => {
    expect(filterProblem({ aliases: { $contains: 'x' } }, lookup('tag')!, lookup)?.path).toBe('filters.aliases.$contains');
    expect(filterProblem({ aliases: { $notNull: 'true' } }, lookup('tag')!, lookup)).toBeUndefined();
    expect(rest({ body: 'x' })?.path).toBe('filters.body');
    expect(rest({ leadImage: { $eq: '1' } })?.path).toBe('filters.leadImage.$eq');
    expect(graphql({ body: { null: true } })).toBeUndefined();
  });

  it('refuses unknown operators, unknown fields and private fields', () => {
    expect(rest({ title: { $regex: 'x' } })?.path).toBe('filters.title.$regex');
    expect(rest({ title: { $jsonSupersetOf: 'x' } })?.message).toBe('unknown operator');
    expect(rest({ nope: 'x' })).toEqual({ path: 'filters.nope', message: 'unknown field' });
    expect(rest({ secret: 'x' })?.path).toBe('filters.secret');
    expect(rest({ $eq: 'x' })?.path).toBe('filters.$eq');
    expect(graphql({ title: { $eq: 'x' } })?.path).toBe('filters.title.$eq');
    expect(rest({ constructor: 'x' })?.path).toBe('filters.constructor');
    expect(rest({ __proto__: 'x', toString: 'x' })?.path).toBe('filters.toString');
  });

  it('bounds branches, list values, relation depth, nodes and text', () => {
    expect(rest({ $or: branches(MAX_FILTER_BRANCHES) })).toBeUndefined();
    expect(rest({ $or: branches(MAX_FILTER_BRANCHES + 1) })).toEqual({
      path: 'filters.$or',
      message: `must have at most ${MAX_FILTER_BRANCHES} branches`,
    });
    expect(graphql({ or: Array.from({ length: 5000 }, () => ({ title: { eq: 'x' } })) })?.path).toBe('filters.or');
    const values = (count: number) => Array.from({ length: count }, (_, index) => String(index));
    expect(rest({ id: { $in: values(MAX_FILTER_LIST_VALUES) } })).toBeUndefined();
    expect(rest({ id: { $notIn: values(MAX_FILTER_LIST_VALUES + 1) } })?.path).toBe('filters.id.$notIn');
    expect(rest({ tags: { topic: { code: 'x' } } })).toBeUndefined();
    expect(rest({ tags: { topic: { parent: { code: 'x' } } } })?.path).toBe('filters.tags.topic.parent');
    expect(rest({ title: 'x'.repeat(MAX_FILTER_TEXT_LENGTH) })).toBeUndefined();
    expect(rest({ title: 'x'.repeat(MAX_FILTER_TEXT_LENGTH + 1) })?.path).toBe('filters.title');
    const wide = { $and: Array.from({ length: 20 }, () => ({ $or: branches(20) })) };
    expect(rest(wide)?.message).toMatch(`more than ${MAX_FILTER_NODES}`);
  });

  it('bounds the relations followed in all, each one a join', () => {
    const topics = lookup('topic')!;
    const joins = (count: number) => ({ $or: Array.from({ length: count }, () => ({ parent: { code: 'x' } })) });
    expect(filterProblem(joins(MAX_FILTER_RELATIONS), topics, lookup)).toBeUndefined();
    expect(filterProblem(joins(MAX_FILTER_RELATIONS + 1), topics, lookup)).toEqual({
      path: `filters.$or.${MAX_FILTER_RELATIONS}.parent`,
      message: `must not follow more than ${MAX_FILTER_RELATIONS} relations in all (each one is a join)`,
    });
    expect(filterProblem({ $or: Array.from({ length: 7 }, () => ({ parent: { tag: { name: 'x' } } })) }, topics, lookup)?.path).toBe(
      'filters.$or.6.parent',
    );
  });

  it('bounds the relations to many, whose joins multiply the rows', () => {
    const many = (count: number) => ({ $or: Array.from({ length: count }, () => ({ tags: { name: 'x' } })) });
    expect(rest(many(MAX_FILTER_TO_MANY_RELATIONS))).toBeUndefined();
    expect(rest(many(MAX_FILTER_TO_MANY_RELATIONS + 1))?.path).toBe(`filters.$or.${MAX_FILTER_TO_MANY_RELATIONS}.tags`);
    expect(rest({ tags: { name: 'x' }, quotes: { text: 'y' } })).toBeUndefined();
  });

  it('treats a list that qs turned into an object with numeric keys as a list, and bounds it', () => {
    expect(rest({ $or: asQsObject(branches(2)) })).toBeUndefined();
    expect(rest({ $or: asQsObject(branches(150)) })?.path).toBe('filters.$or');
    expect(rest({ id: { $in: asQsObject(Array.from({ length: 150 }, () => '1')) } })?.path).toBe('filters.id.$in');
  });

  it('refuses NUL and other control characters in text', () => {
    expect(rest({ title: { $contains: 'a\u0000b' } })?.message).toMatch(/control characters/);
    expect(graphql({ title: { eq: 'a\nb' } })?.path).toBe('filters.title.eq');
  });

  it('survives a deep $not chain without running out of stack', () => {
    let deep: Record<string, unknown> = { title: 'x' };
    for (let level = 0; level < 10_000; level += 1) deep = { $not: deep };
    expect(rest(deep)?.message).toMatch(`more than ${MAX_FILTER_NODES}`);
  });

  it('refuses filters that are not an object', () => {
    expect(rest('title')).toEqual({ path: 'filters', message: 'must be an object of conditions' });
    expect(rest({ $or: 'x' })?.path).toBe('filters.$or');
  });
});
