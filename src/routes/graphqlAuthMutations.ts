import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/** Payload's mutations of auth collections: `loginUser`, `forgotPasswordApiClient`, … */
const AUTH_MUTATION =
  /^(login|logout|refreshToken|unlock|forgotPassword|resetPassword|verifyEmail)[A-Z]/

/** Root fields of a selection, with fragments expanded (each fragment once: no cycles). */
function rootFieldNames(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  seen: Set<string>,
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value]
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return rootFieldNames(selection.selectionSet, context, seen)
    if (seen.has(selection.name.value)) return []
    seen.add(selection.name.value)
    const fragment = context.getFragment(selection.name.value)
    return fragment ? rootFieldNames(fragment.selectionSet, context, seen) : []
  })
}

/**
 * The login rate limit counts HTTP requests; aliases would let one request try many passwords and
 * lock many accounts at once. So an operation may hold one auth mutation at most.
 */
export function oneAuthMutationPerOperation(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return
      const found = rootFieldNames(operation.selectionSet, context, new Set()).filter((name) =>
        AUTH_MUTATION.test(name),
      )
      if (found.length <= 1) return
      context.reportError(
        new GraphQLError(
          `A request may hold one authentication mutation (login, logout, password reset, unlock, e-mail verification); this one holds ${found.length}. Send them one request at a time.`,
          { nodes: [operation], extensions: { code: 'GRAPHQL_LIMIT_EXCEEDED' } },
        ),
      )
    },
  }
}
