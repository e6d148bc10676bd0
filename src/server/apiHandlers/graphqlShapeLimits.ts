import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit'
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives'
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens'
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types'
import {
  buildSchema,
  GraphQLError,
  validate,
  type DocumentNode,
  type ValidationRule,
} from 'graphql'

import type { AppEnv } from '@/env'
import { oneAuthMutationPerOperation } from './graphqlAuthMutations'

export type ShapeLimits = AppEnv['graphqlLimits']

/**
 * These rules read only the document's shape (fragments expanded once each and memoized, aliases
 * counted), so they need no schema of ours: they run before Payload's handler, whose own
 * complexity rule re-expands every fragment spread and would take minutes on a document whose
 * fragments double at each level. Validation needs some schema; this one stands in.
 */
const shapeOnlySchema = buildSchema('type Query { shapeOnly: Boolean }')

/**
 * Armor prefixes every refusal with "Syntax Error:" and states costs with decimals; the client is
 * told which limit it hit, in whole numbers.
 */
export function limitMessage(armorMessage: string): string {
  return armorMessage
    .replace(/^Syntax Error: /, '')
    .replace(/found (\d+\.\d+)\./, (_, cost: string) => `found ${Math.ceil(Number(cost))}.`)
}

const report: GraphQLArmorRejectCallback = (context, error) =>
  context?.reportError(
    new GraphQLError(limitMessage(error.message), {
      extensions: { code: 'GRAPHQL_LIMIT_EXCEEDED' },
    }),
  )

function shapeRules(limits: ShapeLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, onReject: [report] }
  return [
    // Aliases of __typename cost little each but a thousand of them still make a big answer.
    maxAliasesRule({ ...common, n: limits.maxAliases, allowList: [] }),
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives }),
    costLimitRule({ ...common, maxCost: limits.maxShapeCost, flattenFragments: true }),
    oneAuthMutationPerOperation,
  ] as ValidationRule[]
}

/** The document, parsed with a token limit, or the GraphQL errors that refuse it. */
export function parseWithinLimits(
  query: string,
  limits: ShapeLimits,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  try {
    const parser = new MaxTokensParserWLexer(query, { n: limits.maxTokens, noLocation: true })
    return { document: parser.parseDocument() }
  } catch (error) {
    if (!(error instanceof Error)) throw error
    // A syntax error keeps GraphQL's own wording; a refused limit names the limit.
    if (!/Token limit of/.test(error.message)) return { errors: [new GraphQLError(error.message)] }
    return { errors: [new GraphQLError(limitMessage(error.message))] }
  }
}

/** Errors for a document that exceeds a limit on its shape; empty when it is within them all. */
export function shapeLimitErrors(document: DocumentNode, limits: ShapeLimits) {
  return validate(shapeOnlySchema, document, shapeRules(limits))
}
