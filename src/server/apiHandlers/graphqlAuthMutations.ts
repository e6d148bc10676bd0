import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

/** Payload's mutations of auth collections: `loginUser`, `forgotPasswordApiClient`, … */
const AUTH_MUTATION =
  /^(login|logout|refreshToken|unlock|forgotPassword|resetPassword|verifyEmail)[A-Z]/

/** Root fields of a selection, with fragments expanded (each fragment once: no cycles). */
type FragmentOf = (name: string) => FragmentDefinitionNode | null | undefined

function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragmentOf: FragmentOf,
  seen: Set<string>,
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value]
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return rootFieldNames(selection.selectionSet, fragmentOf, seen)
    if (seen.has(selection.name.value)) return []
    seen.add(selection.name.value)
    const fragment = fragmentOf(selection.name.value)
    return fragment ? rootFieldNames(fragment.selectionSet, fragmentOf, seen) : []
  })
}

/** True when one of the document's mutations logs in, resets a password, unlocks… */
export function holdsAuthMutation(document: DocumentNode): boolean {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  )
  return document.definitions.some(
    (d) =>
      d.kind === Kind.OPERATION_DEFINITION &&
      d.operation === 'mutation' &&
      rootFieldNames(d.selectionSet, (name) => fragments.get(name), new Set()).some((name) =>
        AUTH_MUTATION.test(name),
      ),
  )
}

/**
 * The login rate limit counts HTTP requests; aliases would let one request try many passwords and
 * lock many accounts at once. So an operation may hold one auth mutation at most.
 */
export function oneAuthMutationPerOperation(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return
      const fragmentOf = (name: string) => context.getFragment(name)
      const found = rootFieldNames(operation.selectionSet, fragmentOf, new Set()).filter((name) =>
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
