import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { COMPOSITE_COST, LEAF_COST, operationCost } from '../operation-cost';

// The shapes the GraphQL plugin generates: paginated lists, a connection, an object relation, a repeatable component.
const schema = buildSchema(`
  input PaginationArg { page: Int pageSize: Int start: Int limit: Int }
  type Tag { name: String slug: String }
  type Expert { name: String }
  type Quote { text: String expert: Expert }
  type Article {
    title: String
    slug: String
    tags(pagination: PaginationArg): [Tag]!
    quotes(pagination: PaginationArg): [Quote]
    lead: Expert
    localizations(pagination: PaginationArg): [Article]!
  }
  type Pagination { total: Int }
  type ArticleConnection { nodes: [Article!]! pageInfo: Pagination! }
  type Query {
    newsroomArticles(pagination: PaginationArg): [Article]!
    newsroomArticles_connection(pagination: PaginationArg): ArticleConnection
    newsroomArticle(documentId: ID!): Article
  }
`);

const pageSizes = { defaultLimit: 20, maxLimit: 100 };

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  return operationCost({ schema, document, operation: operation as OperationDefinitionNode, variables, pageSizes });
};

/** A list field's cost: COMPOSITE_COST plus `size` times what one item costs. */
const list = (size: number, item: number) => COMPOSITE_COST + size * item;

describe('operationCost', () => {
  it('counts a leaf once and an object once, a list once per item of its default page', () => {
    expect(cost('{ newsroomArticle(documentId: "x") { title slug } }')).toBe(COMPOSITE_COST + 2 * LEAF_COST);
    expect(cost('{ newsroomArticles { title } }')).toBe(list(20, LEAF_COST));
    expect(cost('{ newsroomArticles { lead { name } } }')).toBe(list(20, COMPOSITE_COST + LEAF_COST));
  });

  it('counts every alias at every depth, weighted by the pages above it', () => {
    const tags = list(20, 2);
    expect(cost('{ newsroomArticles { tags { name slug } } }')).toBe(list(20, tags));
    expect(cost('{ newsroomArticles { a: tags { name slug } b: tags { name slug } } }')).toBe(list(20, 2 * tags));
    expect(cost('{ a: newsroomArticles { title } b: newsroomArticles { title } }')).toBe(2 * list(20, 1));
  });

  it('reads the page size from pagination, literal or variable, capped at the maximum', () => {
    expect(cost('{ newsroomArticles(pagination: { limit: 5 }) { title } }')).toBe(list(5, 1));
    expect(cost('{ newsroomArticles(pagination: { pageSize: 3, page: 9 }) { title } }')).toBe(list(3, 1));
    expect(cost('{ newsroomArticles(pagination: { limit: 1000 }) { title } }')).toBe(list(100, 1));
    expect(cost('{ newsroomArticles(pagination: { limit: -1 }) { title } }')).toBe(list(100, 1));
    // Strapi reads a page of 0 as 1: what it holds is not free.
    expect(cost('{ newsroomArticles(pagination: { limit: 0 }) { tags { name } } }')).toBe(list(1, list(20, 1)));
    const byVariable = 'query($size: Int) { newsroomArticles(pagination: { limit: $size }) { title } }';
    expect(cost(byVariable, { size: 7 })).toBe(list(7, 1));
    expect(cost(byVariable, {})).toBe(list(20, 1));
    const wholeVariable = 'query($page: PaginationArg) { newsroomArticles(pagination: $page) { title } }';
    expect(cost(wholeVariable, { page: { pageSize: 50 } })).toBe(list(50, 1));
  });

  it('weights a connection by its page and counts repeatable components as lists', () => {
    // The nodes are the connection's page, weighted once.
    expect(cost('{ newsroomArticles_connection(pagination: { limit: 10 }) { nodes { title } } }')).toBe(
      list(10, COMPOSITE_COST + 1),
    );
    expect(cost('{ newsroomArticles_connection { nodes { title tags { name } } pageInfo { total } } }')).toBe(
      list(20, COMPOSITE_COST + 1 + list(20, 1) + COMPOSITE_COST + 1),
    );
    expect(cost('{ newsroomArticles { quotes { text expert { name } } } }')).toBe(
      list(20, list(20, 1 + COMPOSITE_COST + 1)),
    );
  });

  it('expands fragments and inline fragments where they are spread', () => {
    const inline = cost('{ newsroomArticles { title tags { name } } }');
    expect(cost('{ newsroomArticles { ...Card } } fragment Card on Article { title tags { name } }')).toBe(inline);
    expect(cost('{ newsroomArticles { ... on Article { title tags { name } } } }')).toBe(inline);
    expect(
      cost('{ newsroomArticles { ...A ...A } } fragment A on Article { ...B } fragment B on Article { title tags { name } }'),
    ).toBe(list(20, 2 * (1 + list(20, 1))));
  });

  it('counts a thousand aliases of tags inside newsroomArticles far over any sane bound', () => {
    const aliases = Array.from({ length: 1000 }, (_, n) => `t${n}: tags { name }`).join(' ');
    expect(cost(`{ newsroomArticles { ${aliases} } }`)).toBe(list(20, 1000 * list(20, 1)));
  });

  it('costs nested fragments once each, so doubling at every level does not make the count exponential', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, n) =>
      n === 0
        ? 'fragment F0 on Article { title }'
        : `fragment F${n} on Article { a: localizations(pagination: { limit: 1 }) { ...F${n - 1} } b: localizations(pagination: { limit: 1 }) { ...F${n - 1} } }`,
    );
    const started = Date.now();
    const total = cost(`{ newsroomArticle(documentId: "x") { ...F${levels - 1} } } ${fragments.join(' ')}`);
    expect(Date.now() - started).toBeLessThan(100);
    expect(total).toBeGreaterThan(2 ** (levels - 1));
  });

  it('counts nothing twice nor forever for a fragment cycle (validation refuses it first)', () => {
    expect(cost('{ newsroomArticles { ...A } } fragment A on Article { title ...A }')).toBe(list(20, 1));
  });
});
