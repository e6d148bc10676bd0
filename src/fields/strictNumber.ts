import { number, type NumberFieldSingleValidation } from 'payload/shared'

import { translate } from '@/i18n/messages'

/**
 * Payload turns a non-numeric string into NaN and then lets it through as empty; this refuses it,
 * then applies Payload's own checks (required, min, max).
 */
export const strictNumber: NumberFieldSingleValidation = (value, args) =>
  typeof value === 'number' && Number.isNaN(value)
    ? translate(args.req, 'notANumber')
    : number(value, args)
