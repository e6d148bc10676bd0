import type { Access } from 'payload'

import { isApiClient, wantsDrafts } from './isApiClient'
import { isEditorUser } from './isEditor'

/** Editors read drafts, API clients too when they ask (previews); everyone else published only. */
export const publishedOrEditor: Access = ({ req }) => {
  if (isEditorUser(req.user) || (isApiClient(req.user) && wantsDrafts(req))) return true
  return { _status: { equals: 'published' } }
}
