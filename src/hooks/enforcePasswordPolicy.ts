import type { CollectionBeforeValidateHook } from 'payload'

import { fieldError } from '@/utilities/fieldError'

export const MIN_PASSWORD_LENGTH = 12

/**
 * Passwords of at least 12 characters, whenever one is set: creating a user, changing it, or
 * resetting it (the reset operation hands the hook the stored user, so the new password is read
 * from the request).
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, req }) => {
  const fromReset = typeof req.data?.token === 'string' ? req.data.password : undefined
  const password = data?.password ?? fromReset
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw fieldError(req, 'password', 'passwordTooShort', { count: MIN_PASSWORD_LENGTH })
  }
  return data
}
