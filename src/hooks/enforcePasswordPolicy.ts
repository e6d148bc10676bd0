import { dictionary } from '@zxcvbn-ts/language-common'
import type { CollectionBeforeValidateHook } from 'payload'

import type { User } from '@/payload-types'
import { fieldError } from '@/utilities/fieldError'

export const MIN_PASSWORD_LENGTH = 12

/** zxcvbn's list of about 49,000 passwords seen most often in breaches, compared lower-cased. */
const commonPasswords = new Set(dictionary['passwords-common'])

/**
 * Passwords of at least 12 characters that are not on a list of common passwords, whenever one is
 * set: creating a user, changing it, or resetting it (the reset operation hands the hook the stored
 * user, so the new password is read from the request).
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({ data, req }) => {
  const fromReset = typeof req.data?.token === 'string' ? req.data.password : undefined
  const password = data?.password ?? fromReset
  if (typeof password !== 'string') return data
  if (password.length < MIN_PASSWORD_LENGTH)
    throw fieldError(req, 'password', 'passwordTooShort', { count: MIN_PASSWORD_LENGTH })
  if (commonPasswords.has(password.toLowerCase()))
    throw fieldError(req, 'password', 'passwordCommon')
  return data
}
