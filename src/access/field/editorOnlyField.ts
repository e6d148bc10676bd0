import type { FieldAccess } from 'payload'

import { isEditorUser } from '../isEditor'

/** Only admins and communications may change this field (e.g. which organization owns a cluster). */
export const editorOnlyField: FieldAccess = ({ req: { user } }) => isEditorUser(user)
