/**
 * GitHub's static checks on a query before it runs: every connection needs `first` or `last`
 * (1..100), at most 500,000 nodes, and the rate-limit cost as GitHub documents it: add up the
 * requests needed to fill each connection (assuming every page is full), divide by 100, round,
 * minimum 1.
 */
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** A query GitHub refuses before running it, in GitHub's error shape. */
export interface StaticQueryError {
  type: 'MISSING_PAGINATION_BOUNDARIES' | 'EXCESSIVE_PAGINATION' | 'MAX_NODE_LIMIT_EXCEEDED';
  message: string;
  path: string[];
}

export interface QueryAnalysis {
  cost: number;
  nodeCount: number;
  errors: StaticQueryError[];
}

const MAX_PAGE = 100;
const MAX_NODES = 500_000;

/** Checks pagination arguments and computes the cost and node count of one operation. */
export function analyzeQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  }
  const errors: StaticQueryError[] = [];
  let requests = 0;
  let nodeCount = 0;

  const readArgument = (field: FieldNode, name: string): unknown => {
    const node = field.arguments?.find((arg) => arg.name.value === name);
    if (!node) return undefined;
    if (node.value.kind === 'Variable') return variables[node.value.name.value];
    if (node.value.kind === 'IntValue') return Number(node.value.value);
    if (node.value.kind === 'NullValue') return null;
    return valueFromAST(node.value, schema.getType('Int') as never);
  };

  const isIncluded = (field: { directives?: readonly { name: { value: string }; arguments?: readonly { value: never }[] }[] }): boolean => {
    for (const directive of field.directives ?? []) {
      const ifArg = directive.arguments?.[0]?.value as { kind: string; value?: boolean; name?: { value: string } } | undefined;
      const value = ifArg?.kind === 'Variable' ? Boolean(variables[ifArg.name!.value]) : Boolean(ifArg?.value);
      if (directive.name.value === 'include' && !value) return false;
      if (directive.name.value === 'skip' && value) return false;
    }
    return true;
  };

  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, multiplier: number, path: string[]): void => {
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection as never)) continue;
      if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parentType;
        walk(selection.selectionSet, type, multiplier, path);
        continue;
      }
      if (selection.kind === 'FragmentSpread') {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType, multiplier, path);
        continue;
      }
      const name = selection.name.value;
      // Unions have no fields of their own; their members are reached through inline fragments.
      const fields = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields() : {};
      const fieldDef = fields[name];
      if (!fieldDef || !selection.selectionSet) continue;
      const returnType = getNamedType(fieldDef.type) as GraphQLCompositeType;
      const fieldPath = [...path, selection.alias?.value ?? name];
      const isConnection = returnType.name.endsWith('Connection') && fieldDef.args.some((arg) => arg.name === 'first');
      let childMultiplier = multiplier;
      if (isConnection) {
        const first = readArgument(selection, 'first');
        const last = readArgument(selection, 'last');
        const size = typeof first === 'number' ? first : typeof last === 'number' ? last : undefined;
        if (size === undefined) {
          errors.push({
            type: 'MISSING_PAGINATION_BOUNDARIES',
            message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
            path: fieldPath,
          });
          continue;
        }
        const which = typeof first === 'number' ? 'first' : 'last';
        if (size > MAX_PAGE || size < 0) {
          errors.push({
            type: 'EXCESSIVE_PAGINATION',
            message: `Requesting ${size} records on the \`${name}\` connection exceeds the \`${which}\` limit of ${MAX_PAGE} records.`,
            path: fieldPath,
          });
          continue;
        }
        requests += multiplier;
        childMultiplier = multiplier * size;
        nodeCount += childMultiplier;
      }
      walk(selection.selectionSet, returnType, childMultiplier, fieldPath);
    }
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (root) walk(operation.selectionSet, root, 1, []);
  if (nodeCount > MAX_NODES) {
    errors.push({
      type: 'MAX_NODE_LIMIT_EXCEEDED',
      message: `This query requests up to ${nodeCount.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${MAX_NODES.toLocaleString('en-US')}.`,
      path: [],
    });
  }
  return { cost: Math.max(1, Math.round(requests / 100)), nodeCount, errors };
}
