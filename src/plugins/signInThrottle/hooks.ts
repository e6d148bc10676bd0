import type {
  AfterErrorHook,
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { originalError, SignInThrottled } from './errors'
import { rememberDevice } from './knownDevice'
import {
  attemptOf,
  normalizedEmail,
  recordFailure,
  recordSuccess,
  throttleStateOf,
  waitFor,
  type SignInAttempt,
} from './throttle'

declare module 'payload' {
  interface RequestContext {
    /** The sign-in under way (set before Payload checks the password). */
    signInAttempt?: SignInAttempt
  }
}

/** Refuses an attempt that must still wait (429) before Payload looks at the password. */
export const refuseThrottledSignIn: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const email = normalizedEmail((args.data as { email?: unknown } | undefined)?.email)
  if (!email) return args // Payload answers 400 naming the field
  const attempt = attemptOf(req, email)
  const wait = await waitFor(req.payload, attempt)
  if (wait) {
    req.payload.logger.warn(
      `[grappes] sign-in throttled: ${email} (${attempt.keys.map(({ key }) => key).join(', ')}) waits ${wait} s`,
    )
    throw new SignInThrottled(req, wait)
  }
  req.context.signInAttempt = attempt
  return args
}

/**
 * A refused password (REST, GraphQL, the admin's form: Payload's 401) counts against every key of
 * the attempt. A throttled attempt's answer gets its wait as `data.retryAfterSeconds` (REST) or
 * `extensions.data.retryAfterSeconds` (GraphQL): Payload would drop it (see `originalError`).
 */
export const countFailedSignIn: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  const cause = originalError(error)
  if (typeof cause.retryAfterSeconds === 'number') {
    const data = { retryAfterSeconds: cause.retryAfterSeconds }
    if (graphqlResult)
      return {
        graphqlResult: {
          ...graphqlResult,
          extensions: { ...graphqlResult.extensions, name: 'SignInThrottled', data },
        },
      }
    return {
      response: { errors: [{ name: 'SignInThrottled', message: cause.message, data }] },
      status: 429,
    }
  }
  const attempt = (req as PayloadRequest).context?.signInAttempt
  // A right password that still needs a second factor (src/plugins/twoFactor) is no failure.
  if (!attempt || cause.status !== 401 || cause.passwordAccepted) return
  delete req.context.signInAttempt
  await recordFailure(req.payload, attempt)
}

/**
 * A success clears this browser's count and makes it a known device of the account: after a
 * password, and after the other ways in that run the afterLogin hooks once they let the person in
 * (the second factor's last step, single sign-on), which have no attempt of this request yet.
 */
export const rememberSuccessfulSignIn =
  (secureCookies: boolean): CollectionAfterLoginHook =>
  async ({ req, user }) => {
    const email = normalizedEmail(user?.email)
    const attempt = req.context.signInAttempt ?? (email ? attemptOf(req, email) : undefined)
    if (attempt) {
      delete req.context.signInAttempt
      await recordSuccess(req.payload, attempt)
      rememberDevice(req, attempt.email, secureCookies)
    }
    return user
  }

/** The admin's view of an account's throttle (virtual fields, read from the throttle's store). */
export const readThrottleState =
  (part: 'failures' | 'throttledUntil'): FieldHook =>
  async ({ req, siblingData }) => {
    const email = normalizedEmail(siblingData?.email)
    if (!email) return part === 'failures' ? 0 : null
    const state = await throttleStateOf(req.payload, email)
    return part === 'failures' ? state.failures : (state.throttledUntil?.toISOString() ?? null)
  }
