import type { GraphQLExtension, PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

import { confirmEnrolment, startEnrolment, verifySecondStep } from './steps'

type Context = { req: PayloadRequest; headers: Record<string, string> }

/**
 * GraphQL's side of the second step. Their names start with `login`, so the login rate limit and
 * the one-auth-mutation-per-operation rule apply to them (src/server/apiHandlers/graphqlAuthMutations.ts).
 * `loginWithSecondFactor(challenge, code)` answers as `loginUser` does (token, exp, user, cookie);
 * `loginSetupSecondFactor(challenge)` and `loginEnableSecondFactor(challenge, enrolment, code)`
 * enrol a user whose role requires a second factor, from the challenge of `loginUser`.
 */
export const twoFactorMutations: GraphQLExtension = (GraphQL, { collections, Mutation }) => {
  const loginResult = Mutation.fields.loginUser.type
  const userType = collections[collectionSlugs.users].graphQL?.type
  const setCookie = (context: Context, cookie: string) => {
    context.headers['Set-Cookie'] = cookie
  }
  const text = { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) }
  return {
    loginWithSecondFactor: {
      type: loginResult,
      args: { challenge: text, code: text },
      resolve: async (_: unknown, args: Record<string, unknown>, context: Context) => {
        const { cookie, exp, token, user } = await verifySecondStep(context.req, args)
        setCookie(context, cookie)
        return { exp, token, user }
      },
    },
    loginSetupSecondFactor: {
      type: new GraphQL.GraphQLObjectType({
        name: 'TwoFactorSetup',
        fields: {
          secret: { type: GraphQL.GraphQLString },
          otpauthUrl: { type: GraphQL.GraphQLString },
          qrCode: { type: GraphQL.GraphQLString },
          enrolment: { type: GraphQL.GraphQLString },
        },
      }),
      args: { challenge: { type: GraphQL.GraphQLString } },
      resolve: (_: unknown, args: Record<string, unknown>, context: Context) =>
        startEnrolment(context.req, args.challenge ? args : {}),
    },
    loginEnableSecondFactor: {
      type: new GraphQL.GraphQLObjectType({
        name: 'TwoFactorEnabled',
        fields: {
          message: { type: GraphQL.GraphQLString },
          recoveryCodes: { type: new GraphQL.GraphQLList(GraphQL.GraphQLString) },
          token: { type: GraphQL.GraphQLString },
          exp: { type: GraphQL.GraphQLInt },
          user: { type: userType ?? GraphQL.GraphQLString },
        },
      }),
      args: { challenge: { type: GraphQL.GraphQLString }, enrolment: text, code: text },
      resolve: async (_: unknown, args: Record<string, unknown>, context: Context) => {
        const input = args.challenge ? args : { enrolment: args.enrolment, code: args.code }
        const { message, recoveryCodes, session } = await confirmEnrolment(context.req, input)
        if (session) setCookie(context, session.cookie)
        return {
          message,
          recoveryCodes,
          token: session?.token,
          exp: session?.exp,
          user: session?.user,
        }
      },
    },
  }
}
