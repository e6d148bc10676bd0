import type { Access } from 'payload'

import { isEditorUser } from './isEditor'

/** Editors read drafts; everyone else reads published documents only. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (isEditorUser(user)) return true
  return { _status: { equals: 'published' } }
}
