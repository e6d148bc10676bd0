import * as client from 'openid-client'
import type { Endpoint, PayloadRequest } from 'payload'

import { envOf } from '@/env'

import { accountFor, type Identity } from '../account'
import { expiredFlowCookie, readFlow, type Flow } from '../flowCookie'
import { mappingFor } from '../mapping'
import { providerConfiguration } from '../provider'
import { OidcRefusal, refusalAnswer, type Language } from '../refusal'
import { oidcPaths, oidcSettingsOf, type OidcSettings } from '../settings'
import { startSession } from '../startSession'

/** What went wrong at the provider, as the reader's refusal; the details go to the log. */
function refusalOfProviderError(req: PayloadRequest, error: unknown): OidcRefusal {
  // openid-client names the kind of failure; what failed is in the errors it wraps (`cause`).
  const chain: string[] = []
  for (let at: unknown = error; at instanceof Error && chain.length < 5; at = at.cause)
    chain.push(at.message)
  const reason = chain.length ? chain.join(': ') : String(error)
  req.payload.logger.warn(`OIDC: the provider's answer was refused: ${reason}`)
  // undici's fetch fails this way on a refused connection, DNS or TLS: the provider is out of reach.
  if (error instanceof TypeError && error.message === 'fetch failed')
    return new OidcRefusal(502, 'oidcProviderUnreachable')
  if (/nonce/i.test(reason)) return new OidcRefusal(400, 'oidcNonceMismatch')
  return new OidcRefusal(400, 'oidcInvalidResponse', { reason })
}

/** The ID token's claims, completed by the UserInfo endpoint (where most providers put groups). */
async function verifiedClaims(
  settings: OidcSettings,
  req: PayloadRequest,
  flow: Flow,
): Promise<Record<string, unknown>> {
  const configuration = await providerConfiguration(settings).catch(() => {
    throw new OidcRefusal(502, 'oidcProviderUnreachable')
  })
  // The URL the provider sent the browser to, on the public address (not the one behind a proxy).
  const currentUrl = new URL(settings.redirectUri)
  currentUrl.search = new URL(req.url as string).search
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>
  try {
    tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    })
  } catch (error) {
    throw refusalOfProviderError(req, error)
  }
  const idClaims = tokens.claims() as Record<string, unknown>
  if (!configuration.serverMetadata().userinfo_endpoint) return idClaims
  const userInfo = await client
    .fetchUserInfo(configuration, tokens.access_token, idClaims.sub as string)
    .catch((error: unknown) => {
      throw refusalOfProviderError(req, error)
    })
  return { ...userInfo, ...idClaims }
}

function identityOf(claims: Record<string, unknown>): Identity {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  // A provider that says the address is not verified could hand anyone another person's account.
  if (!email || claims.email_verified === false) throw new OidcRefusal(403, 'oidcNoEmail')
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email
  return { email, name, subject: String(claims.sub) }
}

/**
 * `GET /api/users/oidc/callback?code&state`: where the provider sends the browser back. Checks
 * the state, exchanges the code (PKCE verifier; openid-client verifies the ID token's signature,
 * issuer, audience, expiry and nonce), maps the groups to a role, then opens a Grappes session and
 * sends the browser to the admin. Any refusal is a 4xx page in the language the sign-in started in.
 */
export const callbackEndpoint: Endpoint = {
  path: oidcPaths.callback,
  method: 'get',
  handler: async (req) => {
    const settings = oidcSettingsOf(req.payload)
    const secure = envOf(req.payload.config).isProduction
    const flow = settings ? readFlow(req) : undefined
    const language: Language = flow?.language ?? (req.i18n?.language === 'fr' ? 'fr' : 'en')
    const headers = new Headers({ 'cache-control': 'no-store' })
    headers.append('set-cookie', expiredFlowCookie(secure))
    const params = req.searchParams
    try {
      if (!settings) throw new OidcRefusal(404, 'oidcOff')
      if (!flow) throw new OidcRefusal(400, 'oidcFlowMissing')
      if (params.get('state') !== flow.state) throw new OidcRefusal(400, 'oidcStateMismatch')
      const providerError = params.get('error')
      if (providerError)
        throw new OidcRefusal(401, 'oidcProviderError', {
          error: providerError,
          description: params.get('error_description') ?? '',
        })
      const claims = await verifiedClaims(settings, req, flow)
      const identity = identityOf(claims)
      const mapping = mappingFor(settings, claims)
      if (!mapping) throw new OidcRefusal(403, 'oidcNotInMappedGroups')
      const { id, created } = await accountFor(req, identity, mapping, settings.createUsers)
      const { cookie } = await startSession(req, id)
      req.payload.logger.info(
        `OIDC: ${identity.email} (subject ${identity.subject}) signed in through group "${mapping.group}" as ${mapping.role}${mapping.organization ? ` of ${mapping.organization}` : ''}${created ? ', account created' : ''}.`,
      )
      headers.append('set-cookie', cookie)
      headers.set('location', req.payload.config.routes.admin)
      return new Response(null, { status: 303, headers })
    } catch (error) {
      if (!(error instanceof OidcRefusal)) throw error
      req.payload.logger.warn(
        `OIDC: sign-in refused (${error.status} ${error.key}${error.vars.email ? `, ${String(error.vars.email)}` : ''}).`,
      )
      return refusalAnswer(req, error, language, headers)
    }
  },
}
