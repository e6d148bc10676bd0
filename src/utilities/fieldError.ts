import { ValidationError, type PayloadRequest } from 'payload'

import { translate, type MessageKey } from '@/i18n/messages'

/**
 * A refused write that names its field, in the reader's language: Payload's own "The following
 * field is invalid" prefix comes from `req.t`, the explanation from our messages.
 */
export function fieldError(
  req: PayloadRequest,
  path: string,
  key: MessageKey,
  vars?: Record<string, unknown>,
): ValidationError {
  return new ValidationError({ errors: [{ path, message: translate(req, key, vars) }], req }, req.t)
}
