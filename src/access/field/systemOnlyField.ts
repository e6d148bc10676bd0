import type { FieldAccess } from 'payload'

/** Fields the system sets (through hooks or `overrideAccess`); no API request may write them. */
export const systemOnlyField: FieldAccess = () => false
