import { dictionary } from '@zxcvbn-ts/language-common'
import { ValidationError, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

export const MIN_PASSWORD_LENGTH = 12

/** zxcvbn's list of about 49,000 passwords seen most often in breaches, compared lower-cased. */
const commonPasswords = new Set(dictionary['passwords-common'])

const messages = {
  tooShort: {
    en: `Use at least ${MIN_PASSWORD_LENGTH} characters: a short sentence works well.`,
    fr: `Utilisez au moins ${MIN_PASSWORD_LENGTH} caractères : une courte phrase convient bien.`,
  },
  common: {
    en: 'This password is on a list of common passwords: choose another one.',
    fr: 'Ce mot de passe figure sur une liste de mots de passe courants : choisissez-en un autre.',
  },
} as const

/** What is wrong with a new password, or undefined when it may be used. */
function passwordProblem(password: string): keyof typeof messages | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (commonPasswords.has(password.toLowerCase())) return 'common'
  return undefined
}

const language = (req: PayloadRequest) => (req.i18n?.language === 'fr' ? 'fr' : 'en')

/**
 * Passwords of at least 12 characters that are not on a list of common passwords, whenever one is
 * set: creating a user, changing it, or resetting it (the reset operation hands the hook the stored
 * user, so the new password is read from the request).
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, req }) => {
  const fromReset = typeof req.data?.token === 'string' ? req.data.password : undefined
  const password = data?.password ?? fromReset
  const problem = typeof password === 'string' ? passwordProblem(password) : undefined
  if (problem) {
    throw new ValidationError({
      errors: [{ path: 'password', message: messages[problem][language(req)] }],
    })
  }
  return data
}
