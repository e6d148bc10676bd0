import {
  addDataAndFileToRequest,
  Forbidden,
  headersWithCors,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { isAdminUser } from '@/access/isAdmin'

import type { IssuedSession } from './issueSession'
import { confirmEnrolment, resetSecondFactor, startEnrolment, verifySecondStep } from './steps'

/** Paths under /api/users; the Express host counts the code steps in the login rate limit. */
export const twoFactorPaths = {
  verify: '/two-factor/verify',
  setup: '/two-factor/setup',
  enable: '/two-factor/enable',
} as const

const input = async (req: PayloadRequest) => {
  await addDataAndFileToRequest(req)
  return req.data as Record<string, unknown> | undefined
}

/** The answer Payload's own login gives: message, token, exp and user, and the session cookie. */
const sessionAnswer = (
  req: PayloadRequest,
  session: IssuedSession,
  extra: Record<string, unknown> = {},
) =>
  Response.json(
    {
      message: req.t('authentication:passed'),
      ...extra,
      exp: session.exp,
      token: session.token,
      user: session.user,
    },
    { headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': session.cookie }), req }) },
  )

/** `POST /api/users/two-factor/verify` {challenge, code}: step 2 of sign-in. */
const verifyEndpoint: Endpoint = {
  path: twoFactorPaths.verify,
  method: 'post',
  handler: async (req) => sessionAnswer(req, await verifySecondStep(req, await input(req))),
}

/** `POST /api/users/two-factor/setup` {challenge?}: a new secret and its QR code. */
const setupEndpoint: Endpoint = {
  path: twoFactorPaths.setup,
  method: 'post',
  handler: async (req) =>
    Response.json(await startEnrolment(req, await input(req)), {
      headers: { 'Cache-Control': 'no-store' },
    }),
}

/** `POST /api/users/two-factor/enable` {challenge?, enrolment, code}: on, with recovery codes. */
const enableEndpoint: Endpoint = {
  path: twoFactorPaths.enable,
  method: 'post',
  handler: async (req) => {
    const { message, recoveryCodes, session } = await confirmEnrolment(req, await input(req))
    if (session) return sessionAnswer(req, session, { recoveryCodes, twoFactorMessage: message })
    return Response.json({ message, recoveryCodes }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** `POST /api/users/:id/two-factor/reset`: an admin turns a user's second factor off (audited). */
const resetEndpoint: Endpoint = {
  path: '/:id/two-factor/reset',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user)) throw new Forbidden(req.t)
    return Response.json(await resetSecondFactor(req, req.routeParams?.id as string | undefined))
  },
}

export const twoFactorEndpoints = [verifyEndpoint, setupEndpoint, enableEndpoint, resetEndpoint]
