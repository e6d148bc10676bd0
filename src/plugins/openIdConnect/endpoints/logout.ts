import * as client from 'openid-client'
import { logoutOperation, type Endpoint } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { collectionSlugs } from '@/constants/slugs'

import { providerConfiguration } from '../provider'
import { say } from '../refusal'
import { oidcPaths, oidcSettingsOf } from '../settings'

/**
 * `POST /api/users/oidc/logout`: ends this Grappes session (Payload's logout operation, as
 * `POST /api/users/logout` does), then, when the provider has an `end_session_endpoint`, sends
 * the browser there to end the provider's session too (back to the admin's sign-in page after).
 * A browser form gets a 303 redirect; any other client gets `{ message, endSessionUrl }`.
 */
export const logoutEndpoint: Endpoint = {
  path: oidcPaths.logout,
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const language = req.i18n?.language === 'fr' ? 'fr' : 'en'
    const collection = payload.collections[collectionSlugs.users]
    if (req.user?.collection === collectionSlugs.users) await logoutOperation({ collection, req })
    const settings = oidcSettingsOf(payload)
    const configuration = settings && (await providerConfiguration(settings).catch(() => undefined))
    const endSessionUrl =
      settings && configuration?.serverMetadata().end_session_endpoint
        ? client.buildEndSessionUrl(configuration, {
            client_id: settings.clientId,
            post_logout_redirect_uri: settings.postLogoutRedirectUri,
          }).href
        : undefined
    const headers = new Headers({ 'cache-control': 'no-store' })
    headers.append(
      'set-cookie',
      generateExpiredPayloadCookie({
        collectionAuthConfig: collection.config.auth,
        cookiePrefix: payload.config.cookiePrefix,
      }) as string,
    )
    if (req.headers.get('accept')?.includes('text/html')) {
      headers.set('location', endSessionUrl ?? `${payload.config.routes.admin}/login`)
      return new Response(null, { status: 303, headers })
    }
    return Response.json({ message: say(language, 'oidcSignedOut'), endSessionUrl }, { headers })
  },
}
