import {
  GraphQLError,
  getNamedType,
  isObjectType,
  type ExecutionArgs,
  type ValidationRule,
} from 'graphql'
import {
  createComplexityRule,
  fieldExtensionsEstimator,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity'

/** Payload's lists answer 10 documents unless told otherwise; `limit: 0` means all of them. */
const DEFAULT_LIMIT = 10
const ALL_DOCUMENTS = 1_000

/**
 * A Payload list (a collection query or a join field) returns a page type with `docs`; what it
 * costs is what one document costs, times the documents asked for.
 */
const paginatedListEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNamedType(field.type)
  if (!isObjectType(type) || !type.getFields().docs) return undefined
  const limit = typeof args.limit === 'number' ? args.limit : DEFAULT_LIMIT
  const documents = limit <= 0 || args.pagination === false ? ALL_DOCUMENTS : limit
  return 1 + documents * childComplexity
}

/**
 * The cost of what a query will read, counted on the schema with fragments expanded and each
 * alias counted. Runs inside Payload's handler, after the shape limits (graphqlShapeLimits.ts)
 * have bounded how large the expanded document can be.
 */
export function queryCostLimit(maxCost: number) {
  return (args: ExecutionArgs): ValidationRule =>
    createComplexityRule({
      maximumComplexity: maxCost,
      variables: (args.variableValues ?? undefined) as Record<string, unknown> | undefined,
      estimators: [
        paginatedListEstimator,
        fieldExtensionsEstimator(),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
      createError: (max, actual) =>
        new GraphQLError(
          `Query cost ${actual} exceeds the maximum ${max}: ask for fewer documents (limit), fewer aliases or fewer fields.`,
          { extensions: { code: 'GRAPHQL_LIMIT_EXCEEDED' } },
        ),
    })
}
