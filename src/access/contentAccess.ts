import type { CollectionConfig } from 'payload'

import { isEditor } from './isEditor'
import { publishedOrEditor } from './publishedOrEditor'

/**
 * Access of every content collection until secretariat scoping lands: anyone reads what is
 * published, editors read drafts and versions and write. Every key is set on purpose.
 */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  create: isEditor,
  read: publishedOrEditor,
  readVersions: isEditor,
  update: isEditor,
  delete: isEditor,
}
