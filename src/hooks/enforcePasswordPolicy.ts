import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** Passwords of at least 12 characters, whenever one is set (creating a user or changing it). */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data }) => {
  const password = data?.password
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError({
      errors: [
        {
          path: 'password',
          message: `Use at least ${MIN_PASSWORD_LENGTH} characters: a short sentence works well.`,
        },
      ],
    })
  }
  return data
}
