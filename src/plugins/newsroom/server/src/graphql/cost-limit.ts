import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import { operationCost, type PageSizes } from './operation-cost';
import { countVariableValues } from './variable-values';

export interface OperationBounds {
  /** The highest cost (operation-cost.ts) one operation may have. */
  maxCost: number;
  /** The scalar values `variables` may hold, at any depth. */
  maxVariableValues: number;
  pageSizes: PageSizes;
}

/** The variables as the operation runs with them: those sent, and the defaults it declares for the others. */
const withDefaults = (operation: OperationDefinitionNode, sent: Record<string, unknown>): Record<string, unknown> => {
  const variables = { ...sent };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables[name] === undefined && definition.defaultValue) variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
};

/**
 * An Apollo plugin refusing, after validation and before any resolver runs, an operation that would cost more
 * than `maxCost` or whose variables hold more than `maxVariableValues` values: a thousand aliases of a list
 * inside a list, or a 70,000-value `in`, would otherwise hold the event loop or the database for seconds.
 */
export const operationBounds = ({ maxCost, maxVariableValues, pageSizes }: OperationBounds): ApolloServerPlugin<BaseContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        const variables = request.variables ?? {};
        const values = countVariableValues(variables, maxVariableValues);
        if (values > maxVariableValues) {
          throw new GraphQLError(`variables hold more than ${maxVariableValues} values; at most ${maxVariableValues} are allowed`, {
            extensions: { code: 'BAD_USER_INPUT', maxVariableValues, http: { status: 400 } },
          });
        }
        if (!operation) return;
        const cost = operationCost({ schema, document, operation, variables: withDefaults(operation, variables), pageSizes });
        if (cost > maxCost) {
          throw new GraphQLError(`The operation costs ${cost}; at most ${maxCost} is allowed`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
          });
        }
      },
    };
  },
});
