import * as client from 'openid-client'
import type { Endpoint } from 'payload'

import { envOf } from '@/env'

import { flowCookie } from '../flowCookie'
import { providerConfiguration } from '../provider'
import { OidcRefusal, refusalAnswer, type Language } from '../refusal'
import { oidcPaths, oidcSettingsOf } from '../settings'

/**
 * `GET /api/users/oidc/authorize[?lang=fr]`: sends the browser to the provider (authorization code
 * flow with PKCE S256, a fresh state and nonce), after keeping the checks in a signed cookie.
 */
export const authorizeEndpoint: Endpoint = {
  path: oidcPaths.authorize,
  method: 'get',
  handler: async (req) => {
    const language: Language = req.searchParams.get('lang') === 'fr' ? 'fr' : 'en'
    const settings = oidcSettingsOf(req.payload)
    try {
      if (!settings) throw new OidcRefusal(404, 'oidcOff')
      const configuration = await providerConfiguration(settings).catch((error: Error) => {
        req.payload.logger.error(`OIDC: discovery of ${settings.issuer} failed: ${error.message}`)
        throw new OidcRefusal(502, 'oidcProviderUnreachable')
      })
      const codeVerifier = client.randomPKCECodeVerifier()
      const state = client.randomState()
      const nonce = client.randomNonce()
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
        ui_locales: language === 'fr' ? 'fr-CA fr en' : 'en fr',
      })
      const headers = new Headers({ location: url.href, 'cache-control': 'no-store' })
      const secure = envOf(req.payload.config).isProduction
      headers.append(
        'set-cookie',
        flowCookie(req, { state, nonce, codeVerifier, language }, secure),
      )
      return new Response(null, { status: 303, headers })
    } catch (error) {
      if (!(error instanceof OidcRefusal)) throw error
      return refusalAnswer(req, error, language, new Headers({ 'cache-control': 'no-store' }))
    }
  },
}
