import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { OidcGroupMapping } from '@/env'

import { OidcRefusal } from './refusal'

export type Identity = { email: string; name: string; subject: string }

async function organizationId(req: PayloadRequest, slug: string | undefined) {
  if (slug === undefined) return null
  const { docs } = await req.payload.find({
    collection: collectionSlugs.organizations,
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true, // the system resolves the mapping; nobody is signed in yet
    req,
  })
  if (!docs[0]) throw new OidcRefusal(403, 'oidcOrganizationMissing', { organization: slug })
  return docs[0].id
}

/**
 * The Grappes user of a person the provider signed in: the one with the same e-mail address, or a
 * new one when OIDC_CREATE_USERS allows it. The provider is the source of truth for the role and
 * organization, so both follow the mapping at every sign-in, and the account becomes a single
 * sign-on account (`signInMethod: 'oidc'`, no usable password). Every refusal comes before any
 * write: a refused person leaves nothing behind.
 */
export async function accountFor(
  req: PayloadRequest,
  identity: Identity,
  mapping: OidcGroupMapping,
  createUsers: boolean,
): Promise<{ id: number; created: boolean }> {
  const { payload } = req
  const existing = await payload.db.findOne<{ id: number; active?: boolean | null }>({
    collection: collectionSlugs.users,
    req,
    where: { email: { equals: identity.email } },
  })
  if (existing?.active === false) throw new OidcRefusal(403, 'oidcDeactivated')
  if (!existing && !createUsers)
    throw new OidcRefusal(403, 'oidcUnknownUser', { email: identity.email })
  const data = {
    role: mapping.role,
    organization: await organizationId(req, mapping.organization),
    signInMethod: 'oidc' as const,
  }
  // The system writes what the provider vouches for: no person is signed in to do it.
  if (existing) {
    await payload.update({
      collection: collectionSlugs.users,
      id: existing.id,
      data,
      overrideAccess: true,
      req,
    })
    return { id: existing.id, created: false }
  }
  const created = await payload.create({
    collection: collectionSlugs.users,
    data: {
      ...data,
      name: identity.name,
      email: identity.email,
      // Payload's local strategy needs one; nobody knows it and password sign-in is refused anyway.
      password: randomBytes(32).toString('base64url'),
    },
    overrideAccess: true,
    req,
  })
  return { id: created.id, created: true }
}
