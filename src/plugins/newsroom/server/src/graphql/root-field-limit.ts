import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/** The fields an operation asks for at its root, through fragments too: aliases count one each. */
const rootFieldCount = (selectionSet: SelectionSetNode, context: ValidationContext, seen = new Set<string>()): number =>
  selectionSet.selections.reduce((count, selection) => {
    if (selection.kind === Kind.FIELD) return count + 1;
    if (selection.kind === Kind.INLINE_FRAGMENT) return count + rootFieldCount(selection.selectionSet, context, seen);
    const name = selection.name.value;
    const fragment = context.getFragment(name);
    if (!fragment || seen.has(name)) return count;
    seen.add(name);
    return count + rootFieldCount(fragment.selectionSet, context, seen);
  }, 0);

/**
 * A validation rule bounding the root fields of one operation. The depth limit and the page size cap one
 * list; without this, one request could ask for the same 100 articles under any number of aliases.
 */
export const rootFieldLimit =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const count = rootFieldCount(node.selectionSet, context);
      if (count > max) {
        context.reportError(
          new GraphQLError(`The operation asks for ${count} root fields; at most ${max} are allowed`, { nodes: [node] })
        );
      }
    },
  });
