import type { FieldAccess } from 'payload'

/**
 * Internal fields (editor notes, review comments, who submitted) are for the people who edit in
 * the admin; anonymous readers and API clients never receive them.
 */
export const internalField: FieldAccess = ({ req: { user } }) => user?.collection === 'users'
