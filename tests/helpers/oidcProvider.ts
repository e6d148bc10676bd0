import http from 'node:http'
import Provider from 'oidc-provider'

/** A person at the identity provider: what it says about them (`groups` as Keycloak or Entra do). */
export type ProviderAccount = {
  email: string
  name: string
  groups: string[]
  emailVerified?: boolean
}

export type RunningProvider = { issuer: string; stop: () => Promise<void> }

export const CLIENT = { id: 'grappes', secret: 'a-client-secret-for-the-test-provider' }

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const loginForm = (error = '') =>
  '<!doctype html><html><body><h1>Test identity provider</h1>' +
  (error ? `<p id="provider-error">${escapeHtml(error)}</p>` : '') +
  '<form method="post"><label>Login <input id="provider-login" name="login"></label>' +
  '<button id="provider-submit" type="submit">Sign in</button></form></body></html>'

async function formBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return new URLSearchParams(Buffer.concat(chunks).toString())
}

/**
 * A real OpenID provider (npm `oidc-provider`, a certified implementation) on `port`, with one
 * confidential client for Grappes and the given accounts, keyed by their login. Its sign-in page
 * asks for a login only (no password); consent is given at once. Groups come in the `groups`
 * claim, released with the `groups` scope (through UserInfo, as the spec's default).
 */
export async function startOidcProvider({
  port,
  redirectUri,
  postLogoutRedirectUri,
  accounts,
}: {
  port: number
  redirectUri: string
  postLogoutRedirectUri: string
  accounts: Record<string, ProviderAccount>
}): Promise<RunningProvider> {
  const issuer = `http://localhost:${port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      groups: ['groups'],
    },
    findAccount: (_ctx, id) => {
      const account = accounts[id]
      if (!account) return undefined
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
          groups: account.groups,
        }),
      }
    },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['a-cookie-key-for-the-test-provider'] },
  })
  const handle = provider.callback()
  const server = http.createServer(async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res)
    try {
      const details = await provider.interactionDetails(req, res)
      if (details.prompt.name === 'consent') {
        const grant = new provider.Grant({
          accountId: details.session!.accountId,
          clientId: details.params.client_id as string,
        })
        grant.addOIDCScope(String(details.params.scope))
        const grantId = await grant.save()
        return await provider.interactionFinished(req, res, { consent: { grantId } })
      }
      if (req.method !== 'POST') {
        res.setHeader('content-type', 'text/html')
        return res.end(loginForm())
      }
      const login = (await formBody(req)).get('login') ?? ''
      if (!accounts[login]) {
        res.setHeader('content-type', 'text/html')
        return res.end(loginForm(`No account "${login}"`))
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: login } },
        { mergeWithLastSubmission: false },
      )
    } catch (error) {
      res.statusCode = 500
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Cookies of one browser, by name (enough for one host: the provider's). */
class CookieJar {
  private cookies = new Map<string, string>()
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const at = pair.indexOf('=')
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1))
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

/**
 * Goes through the provider as a browser would from `authorizationUrl`, signing in as `login`,
 * and returns the URL the provider sends the browser back to (Grappes' callback, with the code).
 */
export async function signInAtProvider(
  authorizationUrl: string,
  login: string,
  callbackPrefix: string,
): Promise<string> {
  const jar = new CookieJar()
  let url = authorizationUrl
  let body: URLSearchParams | undefined
  for (let step = 0; step < 10; step++) {
    if (url.startsWith(callbackPrefix)) return url
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body,
    })
    jar.take(response)
    const location = response.headers.get('location')
    if (location) {
      url = new URL(location, url).href
      body = undefined
      continue
    }
    const page = await response.text()
    if (response.status !== 200 || !page.includes('provider-login'))
      throw new Error(`The provider answered ${response.status}: ${page.slice(0, 300)}`)
    body = new URLSearchParams({ login })
  }
  throw new Error('The provider never sent the browser back')
}
