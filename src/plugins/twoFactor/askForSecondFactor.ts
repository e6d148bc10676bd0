import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeLoginHook,
} from 'payload'

import type { User } from '@/payload-types'

import { signChallenge } from './challenge'
import { roleRequiresSecondFactor } from './policy'

export type StoredUser = User & {
  twoFactorSecret?: string | null
  twoFactorRecoveryCodes?: string[] | null
  twoFactorLastStep?: number | null
}

/**
 * The answer to a correct password when a second step is needed: 401 with a challenge, the only
 * thing that lets the caller continue (to /api/users/two-factor/verify, or to the enrolment).
 * REST: `{ errors: [{ message, data: { twoFactorRequired: true, challenge, expiresIn } }] }`;
 * GraphQL: the same `data` under the error's `extensions`.
 */
export class SecondFactorNeeded extends APIError {
  /**
   * The password was right: the sign-in throttle must not count this 401 as a failure. Read as a
   * property (the production bundle holds Payload's error classes twice, names minified).
   */
  readonly passwordAccepted = true
  constructor(message: string, data: Record<string, unknown>) {
    super(message, 401, data, true)
    this.name = 'SecondFactorNeeded'
  }
}

/** What the first step answers for this user, or null when the password is enough. */
export function secondStepOf(
  req: Parameters<CollectionBeforeLoginHook>[0]['req'],
  user: StoredUser,
): SecondFactorNeeded | null {
  const t = req.t as (key: string) => string
  const secret = req.payload.secret
  if (user.twoFactorEnabled)
    return new SecondFactorNeeded(t('twoFactor:codeNeeded'), {
      twoFactorRequired: true,
      challenge: signChallenge(secret, { purpose: 'verify', userId: user.id }),
      expiresIn: 300,
    })
  if (roleRequiresSecondFactor(req.payload, user.role))
    return new SecondFactorNeeded(t('twoFactor:enrolmentNeeded'), {
      twoFactorEnrolmentRequired: true,
      challenge: signChallenge(secret, { purpose: 'enrol', userId: user.id }),
      expiresIn: 300,
    })
  return null
}

/**
 * Payload signs the token right after `beforeLogin`: a user with a second factor, or whose role
 * requires one, gets a challenge instead. A password reset (an invitation's link is one) also runs
 * these hooks; there the password is saved and only the token is withheld (withholdResetToken).
 */
export const askForSecondFactor: CollectionBeforeLoginHook = ({ req, user }) => {
  if (req.context.secondFactorPassed) return user
  const needed = secondStepOf(req, user as StoredUser)
  if (!needed) return user
  if (req.context.acceptingInvitation) {
    req.context.withholdToken = true
    return user
  }
  throw needed
}

/** A reset password signs in only who needs no second factor; the others then sign in. */
export const withholdResetToken: CollectionAfterOperationHook<'users'> = ({
  operation,
  result,
  req,
}) => {
  if (operation !== 'resetPassword' || !req.context.withholdToken) return result
  const withheld = result as { token?: string }
  delete withheld.token
  return result
}
