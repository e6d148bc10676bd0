import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'

/**
 * Refuses queries nested deeper than `maxDepth` selections (fragments followed), the cheap way to
 * make a query that fans out through relations expensive. Introspection fields are not counted.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.flatMap((d) =>
          d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
        ),
    )
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (node.name.value.startsWith('__')) return 0
        if (!node.selectionSet) return depth
        return Math.max(
          ...node.selectionSet.selections.map((child) => depthOf(child, depth + 1, seen)),
        )
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value)
        if (!fragment || seen.has(node.name.value)) return depth
        return depthOf(fragment, depth, new Set(seen).add(node.name.value))
      }
      if (
        node.kind === Kind.INLINE_FRAGMENT ||
        node.kind === Kind.FRAGMENT_DEFINITION ||
        node.kind === Kind.OPERATION_DEFINITION
      ) {
        return Math.max(
          depth,
          ...node.selectionSet.selections.map((child) => depthOf(child, depth, seen)),
        )
      }
      return depth
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set())
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer nested relations.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
}
