import * as client from 'openid-client'

import type { OidcSettings } from './settings'

/** A provider on this machine (tests, a developer's Keycloak) may be plain HTTP; any other must be HTTPS. */
const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)

let discovered: { issuer: string; configuration: Promise<client.Configuration> } | undefined

/**
 * The provider's configuration, read once from its discovery document (openid-client checks that
 * the issuer it names is OIDC_ISSUER). A failed discovery is not kept: the next sign-in tries again.
 */
export function providerConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  if (discovered?.issuer !== settings.issuer) {
    const issuer = new URL(settings.issuer)
    const configuration = client.discovery(
      issuer,
      settings.clientId,
      undefined,
      client.ClientSecretBasic(settings.clientSecret),
      { execute: isLoopback(issuer) ? [client.allowInsecureRequests] : [] },
    )
    configuration.catch(() => {
      if (discovered?.configuration === configuration) discovered = undefined
    })
    discovered = { issuer: settings.issuer, configuration }
  }
  return discovered.configuration
}
