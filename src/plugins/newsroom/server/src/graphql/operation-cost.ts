import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What one leaf field costs: a value read from a row already fetched. */
export const LEAF_COST = 1;
/** What one field with a selection set costs before its children: a query (or a join) of its own. */
export const COMPOSITE_COST = 20;

/** The page sizes the GraphQL plugin applies: `defaultLimit` when none is asked for, `maxLimit` at most. */
export interface PageSizes {
  defaultLimit: number;
  maxLimit: number;
}

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>>;
  pageSizes: PageSizes;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The page a field's `pagination` argument asks for (`limit` or `pageSize`, literal or variable), as the plugin caps it. */
const pageSizeOf = (node: FieldNode, variables: CostInput['variables'], { defaultLimit, maxLimit }: PageSizes): number => {
  const argument = node.arguments?.find((candidate) => candidate.name.value === 'pagination');
  const pagination: unknown = argument ? valueFromASTUntyped(argument.value, variables) : undefined;
  const asked = isRecord(pagination) ? (pagination.limit ?? pagination.pageSize) : undefined;
  if (typeof asked !== 'number' || !Number.isFinite(asked)) return Math.min(defaultLimit, maxLimit);
  // Strapi reads a negative limit as "all", which the plugin caps at maxLimit.
  if (asked < 0) return maxLimit;
  // Strapi reads 0 as 1 (its pagination's minimum): a page of 0 must not make what it holds free.
  return Math.max(1, Math.min(Math.ceil(asked), maxLimit));
};

/** A connection's type (`..._connection`): its `nodes` are the page its field already asked for, with `pageInfo`. */
const isConnection = (type: GraphQLCompositeType): boolean =>
  isObjectType(type) && 'nodes' in type.getFields() && 'pageInfo' in type.getFields();

/** How many times a field's selection is resolved: once, or once per item of the page it lists. */
const multiplierOf = (
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  parent: GraphQLCompositeType,
  variables: CostInput['variables'],
  pageSizes: PageSizes,
): number => {
  const paginated = field.args.some((arg) => arg.name === 'pagination');
  if (!paginated && !isListType(getNullableType(field.type))) return 1;
  // The connection field was weighted by its page already: its nodes are that page, not another one.
  if (!paginated && isConnection(parent)) return 1;
  return pageSizeOf(node, variables, pageSizes);
};

/**
 * The cost of an operation, counted on its syntax tree (after validation, so fields exist and fragments do not
 * cycle): every field and alias at every depth, a leaf LEAF_COST, a field with a selection set COMPOSITE_COST plus
 * its children's cost times the page it lists (its `pagination`, else the plugin's default limit; one for an
 * object). Fragments count where they are spread; each is costed once, so nested spreads cannot make the count
 * itself exponential.
 */
export const operationCost = ({ schema, document, operation, variables, pageSizes }: CostInput): number => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();

  const typeNamed = (name: string, fallback: GraphQLCompositeType): GraphQLCompositeType => {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : fallback;
  };

  const fragmentCost = (name: string, parent: GraphQLCompositeType): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A cycle (refused by validation before this runs) or an unknown fragment counts nothing.
    fragmentCosts.set(name, 0);
    if (!fragment) return 0;
    const cost = selectionCost(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value, parent));
    fragmentCosts.set(name, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
    if (!node.selectionSet) return LEAF_COST;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field) return COMPOSITE_COST;
    const type = getNamedType(field.type);
    const children = isCompositeType(type) ? selectionCost(node.selectionSet, type) : 0;
    return COMPOSITE_COST + children * multiplierOf(node, field, parent, variables, pageSizes);
  };

  function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) cost += fragmentCost(selection.name.value, parent);
      else {
        const type = selection.typeCondition ? typeNamed(selection.typeCondition.name.value, parent) : parent;
        cost += selectionCost(selection.selectionSet, type);
      }
    }
    return cost;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root) : 0;
};
