import type { AfterErrorHook } from 'payload'

type FieldErrors = { errors: Array<{ path: string; message: string }> }

/** A 4xx error that carries field errors, whichever copy of Payload's classes made it. */
function fieldErrorsOf(error: Error): FieldErrors | undefined {
  const { status, data } = error as Error & { status?: unknown; data?: unknown }
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined
  if (!data || typeof data !== 'object' || !Array.isArray((data as FieldErrors).errors))
    return undefined
  return data as FieldErrors
}

/** The same for the two-factor steps' answers (src/plugins/twoFactor): their challenge is in `data`. */
const TWO_FACTOR_ERRORS = new Set(['SecondFactorNeeded', 'TwoFactorRefused'])
function secondStepDataOf(error: Error): Record<string, unknown> | undefined {
  const { status, data } = error as Error & { status?: unknown; data?: unknown }
  if (!TWO_FACTOR_ERRORS.has(error.name) || typeof status !== 'number' || status >= 500) return
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined
}

/**
 * In production Next bundles its own copy of Payload, while our hooks (loaded by the Express host)
 * throw the `ValidationError` of `node_modules/payload`; the bundle's `formatErrors` then fails its
 * `instanceof` check and answers with the message alone. This restores the field paths and
 * messages (`errors[].data.errors[{ path, message }]`), which the admin needs to highlight fields.
 * Only client errors (4xx) are touched: a 500 keeps Payload's "Something went wrong".
 */
export const keepValidationDetail: AfterErrorHook = ({ error, result }) => {
  if (!result) return
  const data = fieldErrorsOf(error) ?? secondStepDataOf(error)
  if (!data) return
  const status = (error as Error & { status: number }).status
  return {
    status,
    response: { errors: [{ name: error.name, data, message: error.message }] },
  }
}
