import type { Access, CollectionConfig, Where } from 'payload'

import { isApiClient, wantsDrafts } from './isApiClient'
import { isEditorUser } from './isEditor'
import { isSecretariatUser } from './isSecretariat'
import { organizationOf } from './roles'

const published: Where = { _status: { equals: 'published' } }

/** How a secretariat relates to a collection's documents. */
export type SecretariatScope = {
  /** The path whose value is the owning organization's id (e.g. `secretariat`, `clusters.secretariat`). */
  ownerPath: string
  /** Whether a secretariat may add documents (quotes, leader companies) or only edit its own. */
  canCreate: boolean
}

const publishes = (data: unknown): boolean =>
  Boolean(
    data && typeof data === 'object' && (data as { _status?: string })._status === 'published',
  )

/**
 * Access of a content collection. Editors (admin, communications) do everything. A secretariat
 * sees and edits only its own organization's documents, as drafts: it can never publish. API
 * clients read drafts when they ask for them (previews). Everyone else reads published documents. Every key is set on purpose.
 */
export function contentAccess(scope?: SecretariatScope): NonNullable<CollectionConfig['access']> {
  const own = (organization: number | undefined, prefix = ''): Where | false =>
    scope && organization !== undefined
      ? { [`${prefix}${scope.ownerPath}`]: { equals: organization } }
      : false

  const read: Access = ({ req }) => {
    const { user } = req
    if (isEditorUser(user) || (isApiClient(user) && wantsDrafts(req))) return true
    if (isSecretariatUser(user) && scope) return own(organizationOf(user))
    return published
  }
  const create: Access = ({ req: { user }, data }) => {
    if (isEditorUser(user)) return true
    return (
      isSecretariatUser(user) &&
      Boolean(scope?.canCreate) &&
      organizationOf(user) !== undefined &&
      !publishes(data)
    )
  }
  const update: Access = ({ req: { user }, data }) => {
    if (isEditorUser(user)) return true
    if (!isSecretariatUser(user) || publishes(data)) return false
    return own(organizationOf(user))
  }
  const readVersions: Access = ({ req: { user } }) => {
    if (isEditorUser(user)) return true
    return isSecretariatUser(user) ? own(organizationOf(user), 'version.') : false
  }
  const remove: Access = ({ req: { user } }) => isEditorUser(user)

  return { create, read, readVersions, update, delete: remove }
}
