import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { translate } from '@/i18n/messages'

import { oidcSettingsOf } from './settings'

/**
 * A single sign-on account has no password anyone knows: a password sign-in or a password reset
 * (REST, GraphQL, the admin) is refused with the way to sign in instead, not a bare "wrong password".
 */
export const refusePasswordForSso: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const email = (args.data as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string') return args
  // Read outside the operation's transaction (no `req`): on SQLite, beginning it here would hold
  // the write lock while forgot-password makes its own write outside it, and both would wait.
  const user = await req.payload.db.findOne<{ id: number; signInMethod?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (user?.signInMethod !== 'oidc') return args
  const provider = oidcSettingsOf(req.payload)?.providerName ?? 'SSO'
  throw new APIError(translate(req, 'oidcPasswordRefused', { provider }), 403, undefined, true)
}
