import { MAX_POPULATE_KEYS, MAX_SORT_KEYS, readQueryProblem } from '../read-query';
import { ARTICLE, lookup } from './models';

const check = (query: Record<string, unknown>) => readQueryProblem(query, ARTICLE, lookup, { maxPageSize: 100 });

describe('readQueryProblem', () => {
  it('lets ordinary queries through', () => {
    expect(check({})).toBeUndefined();
    expect(check({ sort: 'title:asc,wordCount:desc', fields: 'title,wordCount', pagination: { page: '2', pageSize: '100' } })).toBeUndefined();
    expect(check({ sort: ['title:asc', 'id'], fields: ['title', 'documentId'] })).toBeUndefined();
    expect(check({ sort: { title: 'desc' }, populate: '*' })).toBeUndefined();
    expect(check({ populate: 'tags,quotes', sort: 'tags.name:asc' })).toBeUndefined();
    expect(check({ populate: { tags: { fields: ['name'], filters: { name: { $eq: 'x' } }, populate: { topic: true } } } })).toBeUndefined();
  });

  it('checks filters first', () => {
    expect(check({ filters: { id: { $eq: 'abc' } }, sort: 'nope' })?.path).toBe('filters.id.$eq');
  });

  it('bounds and checks sort', () => {
    expect(check({ sort: 'nope:asc' })?.path).toBe('sort');
    expect(check({ sort: 'title:sideways' })?.message).toMatch(/asc or desc/);
    expect(check({ sort: 'body:asc' })?.message).toMatch(/cannot sort/);
    expect(check({ sort: 'secret' })?.path).toBe('sort');
    expect(check({ sort: Array(MAX_SORT_KEYS + 1).fill('title') })?.message).toMatch(`at most ${MAX_SORT_KEYS}`);
    expect(check({ sort: Array(MAX_SORT_KEYS + 1).fill('title').join(',') })?.message).toMatch(`at most ${MAX_SORT_KEYS}`);
    expect(check({ sort: ['title', 'nope'] })?.path).toBe('sort.1');
  });

  it('checks fields', () => {
    expect(check({ fields: ['title', 'nope'] })?.path).toBe('fields');
    expect(check({ fields: 'tags' })?.message).toMatch(/populate/);
    expect(check({ fields: 'secret' })?.message).toMatch(/cannot be read/);
    expect(check({ fields: 'constructor' })?.message).toMatch(/unknown field/);
  });

  it('bounds populate in depth and keys', () => {
    expect(check({ populate: 'tags.topic' })).toBeUndefined();
    expect(check({ populate: 'tags.topic.parent' })?.message).toMatch(/levels deep/);
    expect(check({ populate: { tags: { populate: { topic: { populate: { parent: true } } } } } })?.path).toBe(
      'populate.tags.populate.topic.populate.parent',
    );
    expect(check({ populate: 'title' })?.message).toMatch(/not a relation/);
    expect(check({ populate: { tags: { where: {} } } })?.path).toBe('populate.tags.where');
    expect(check({ populate: { tags: { filters: { name: { $eq: 'a\u0000' } } } } })?.path).toBe('populate.tags.filters.name.$eq');
    const many = Array.from({ length: MAX_POPULATE_KEYS + 1 }, () => 'tags');
    expect(check({ populate: many })?.message).toMatch(`at most ${MAX_POPULATE_KEYS}`);
  });

  it('bounds pagination', () => {
    expect(check({ pagination: { pageSize: '101' } })).toEqual({ path: 'pagination.pageSize', message: 'must be at most 100' });
    expect(check({ pagination: { limit: '1000' } })?.path).toBe('pagination.limit');
    expect(check({ pagination: { page: '0' } })?.path).toBe('pagination.page');
    expect(check({ pagination: { page: 'abc' } })?.path).toBe('pagination.page');
    expect(check({ pagination: { size: '1' } })?.path).toBe('pagination.size');
    expect(check({ pagination: '5' })?.path).toBe('pagination');
  });
});
