import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { messages } from '@/i18n/messages'

import { signInAtProvider } from '../helpers/oidcProvider'
import { apiAnswer } from '../helpers/productionServer'
import { startSso, type Sso } from '../helpers/ssoSite'

const en = messages.en
const fr = messages.fr

/** The start of a sign-in, as the admin's button makes it: where to go, and the flow's cookie. */
async function startSignIn({ site }: Sso, language = 'en') {
  const response = await fetch(`${site.base}/api/users/oidc/authorize?lang=${language}`, {
    redirect: 'manual',
  })
  expect(response.status).toBe(303)
  const [flowCookie] = response.headers.getSetCookie().map((line) => line.split(';')[0])
  return { authorizationUrl: response.headers.get('location') as string, flowCookie }
}

/** The browser's arrival on the callback; JSON unless `accept` says otherwise. */
async function arrive(url: string, flowCookie: string, accept = 'application/json') {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie: flowCookie, accept } })
  const token = response.headers
    .getSetCookie()
    .map((line) => /^payload-token=([^;]+)/.exec(line)?.[1])
    .find(Boolean)
  return { response, token }
}

async function signIn(sso: Sso, login: string) {
  const { authorizationUrl, flowCookie } = await startSignIn(sso)
  const callback = await signInAtProvider(authorizationUrl, login, `${sso.site.base}/api/`)
  return { ...(await arrive(callback, flowCookie)), callback, flowCookie }
}

const me = async ({ site }: Sso, token: string) =>
  (await apiAnswer(site, '/users/me?depth=1', { token })).body.user

const usersWithEmail = async ({ site, adminToken }: Sso, email: string) =>
  (
    await apiAnswer(site, `/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
      token: adminToken,
    })
  ).body.totalDocs as number

const errorOf = async (response: Response) => ((await response.json()) as any).errors[0].message

describe('single sign-on through OpenID Connect (SQLite unless TEST_DATABASE_URL)', () => {
  let sso: Sso
  beforeAll(async () => {
    sso = await startSso()
  }, 300_000)
  afterAll(async () => {
    await sso?.provider.stop()
    await sso?.site.stop()
  })

  it('sends the browser to the provider with PKCE S256, a state and a nonce', async () => {
    const { authorizationUrl, flowCookie } = await startSignIn(sso)
    const url = new URL(authorizationUrl)
    expect(url.origin).toBe(sso.provider.issuer)
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/)
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/)
    expect(url.searchParams.get('redirect_uri')).toBe(`${sso.site.base}/api/users/oidc/callback`)
    expect(flowCookie).toMatch(/^grappes-oidc=/)
  })

  it('a first sign-in creates the user with the role and organization of their group', async () => {
    const { response, token } = await signIn(sso, 'bob')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/admin')
    const user = await me(sso, token as string)
    expect(user).toMatchObject({
      email: 'bob@technopolys.test',
      name: 'Bob Gagnon',
      role: 'secretariat',
      signInMethod: 'oidc',
      organization: { slug: 'technopolys' },
    })
    const audit = await apiAnswer(
      sso.site,
      '/audit-log?where[action][equals]=login&where[userEmail][equals]=bob@technopolys.test',
      { token: sso.adminToken },
    )
    expect(audit.body.totalDocs).toBe(1)
  })

  it('an existing user with the same e-mail is mapped: same account, the role of the first mapped group', async () => {
    const technopolys = await apiAnswer(
      sso.site,
      '/organizations?where[slug][equals]=technopolys&depth=0',
      {
        token: sso.adminToken,
      },
    )
    const created = await apiAnswer(sso.site, '/users', {
      method: 'POST',
      token: sso.adminToken,
      body: {
        name: 'Dave Côté',
        email: 'dave@cluster.test',
        password: 'a-long-password-dave-had-before',
        role: 'secretariat',
        organization: technopolys.body.docs[0].id,
      },
    })
    expect(created.status).toBe(201)
    const { response, token } = await signIn(sso, 'dave')
    expect(response.status).toBe(303)
    const user = await me(sso, token as string)
    expect(user).toMatchObject({
      id: created.body.doc.id,
      role: 'admin',
      organization: null,
      signInMethod: 'oidc',
    })
    expect(await usersWithEmail(sso, 'dave@cluster.test')).toBe(1)
  })

  it('a single sign-on account cannot sign in (REST, GraphQL) or reset with a password (403, in English and French)', async () => {
    await signIn(sso, 'frank')
    const login = await apiAnswer(sso.site, '/users/login', {
      method: 'POST',
      body: { email: 'frank@cluster.test', password: 'any-password-at-all-1234' },
    })
    expect(login.status).toBe(403)
    expect(login.body.errors[0].message).toBe(
      en.oidcPasswordRefused.replaceAll('{{provider}}', 'Test ID'),
    )
    const graphql = await apiAnswer(sso.site, '/graphql', {
      method: 'POST',
      body: {
        query:
          'mutation { loginUser(email: "frank@cluster.test", password: "any-password-1234") { token } }',
      },
    })
    expect(graphql.body.data?.loginUser ?? null).toBeNull()
    expect(graphql.body.errors[0].message).toBe(
      en.oidcPasswordRefused.replaceAll('{{provider}}', 'Test ID'),
    )
    const reset = await fetch(`${sso.site.base}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr-CA' },
      body: JSON.stringify({ email: 'frank@cluster.test' }),
    })
    expect(reset.status).toBe(403)
    expect(await errorOf(reset)).toBe(fr.oidcPasswordRefused.replaceAll('{{provider}}', 'Test ID'))
  })

  it('a person in none of the mapped groups is refused (403) and nothing is stored', async () => {
    const { response, token } = await signIn(sso, 'carol')
    expect(response.status).toBe(403)
    expect(token).toBeUndefined()
    expect(await errorOf(response)).toBe(en.oidcNotInMappedGroups)
    expect(await usersWithEmail(sso, 'carol@elsewhere.test')).toBe(0)
  })

  it('the refusal is a page in the language the sign-in started in', async () => {
    const { authorizationUrl, flowCookie } = await startSignIn(sso, 'fr')
    const callback = await signInAtProvider(authorizationUrl, 'carol', `${sso.site.base}/api/`)
    const { response } = await arrive(callback, flowCookie, 'text/html')
    expect(response.status).toBe(403)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await response.text()
    expect(page).toContain('<html lang="fr">')
    expect(page).toContain(fr.oidcRefusedTitle)
    expect(page).toContain('href="/admin/login"')
  })

  it('an e-mail address the provider says is not verified is refused (403), nothing stored', async () => {
    const { response } = await signIn(sso, 'erin')
    expect(response.status).toBe(403)
    expect(await errorOf(response)).toBe(en.oidcNoEmail)
    expect(await usersWithEmail(sso, 'erin@cluster.test')).toBe(0)
  })

  it('a tampered state is refused (400), nothing stored', async () => {
    const { authorizationUrl, flowCookie } = await startSignIn(sso)
    const callback = new URL(
      await signInAtProvider(authorizationUrl, 'alice', `${sso.site.base}/api/`),
    )
    callback.searchParams.set('state', 'a-state-the-attacker-chose')
    const { response, token } = await arrive(callback.href, flowCookie)
    expect(response.status).toBe(400)
    expect(token).toBeUndefined()
    expect(await errorOf(response)).toBe(en.oidcStateMismatch)
    expect(await usersWithEmail(sso, 'alice@cluster.test')).toBe(0)
  })

  it.each([
    ['tampered', (url: URL) => url.searchParams.set('nonce', 'a-nonce-the-attacker-chose')],
    ['missing', (url: URL) => url.searchParams.delete('nonce')],
  ])('a %s nonce is refused (400), nothing stored', async (_, tamper) => {
    const { authorizationUrl, flowCookie } = await startSignIn(sso)
    const url = new URL(authorizationUrl)
    tamper(url)
    const callback = await signInAtProvider(url.href, 'alice', `${sso.site.base}/api/`)
    const { response, token } = await arrive(callback, flowCookie)
    expect(response.status).toBe(400)
    expect(token).toBeUndefined()
    expect(await errorOf(response)).toBe(en.oidcNonceMismatch)
    expect(await usersWithEmail(sso, 'alice@cluster.test')).toBe(0)
  })

  it('a callback opened without the flow started in that browser is refused (400)', async () => {
    const { authorizationUrl } = await startSignIn(sso)
    const callback = await signInAtProvider(authorizationUrl, 'alice', `${sso.site.base}/api/`)
    const { response } = await arrive(callback, 'grappes-oidc=forged.signature')
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toBe(en.oidcFlowMissing)
    expect(await usersWithEmail(sso, 'alice@cluster.test')).toBe(0)
  })

  it('an error from the provider is refused (401) with its code', async () => {
    const { authorizationUrl, flowCookie } = await startSignIn(sso)
    const url = new URL(authorizationUrl)
    // The provider supports S256 only: it sends the browser back with an error.
    url.searchParams.set('code_challenge_method', 'plain')
    const callback = await signInAtProvider(url.href, 'alice', `${sso.site.base}/api/`)
    const { response } = await arrive(callback, flowCookie)
    expect(response.status).toBe(401)
    expect(await errorOf(response)).toMatch(
      /^The identity provider did not sign you in \(invalid_request\)/,
    )
  })

  it('a callback replayed with its code and cookie is refused (400)', async () => {
    const first = await signIn(sso, 'alice')
    expect(first.response.status).toBe(303)
    const again = await arrive(first.callback, first.flowCookie)
    expect(again.response.status).toBe(400)
    expect(again.token).toBeUndefined()
  })

  it('signing out ends the session: the token no longer works on /api/users/me', async () => {
    const { token } = await signIn(sso, 'alice')
    expect((await me(sso, token as string)).email).toBe('alice@cluster.test')
    const out = await apiAnswer(sso.site, '/users/oidc/logout', { method: 'POST', token })
    expect(out.status).toBe(200)
    expect(out.body.message).toBe(en.oidcSignedOut)
    expect(out.body.endSessionUrl).toMatch(new RegExp(`^${sso.provider.issuer}/session/end\\?`))
    expect(await me(sso, token as string)).toBeNull()

    // Payload's own sign-out ends it the same way.
    const second = await signIn(sso, 'alice')
    expect(
      (await apiAnswer(sso.site, '/users/logout', { method: 'POST', token: second.token })).status,
    ).toBe(200)
    expect(await me(sso, second.token as string)).toBeNull()
  })
})

describe('single sign-on that creates nobody (OIDC_CREATE_USERS=false)', () => {
  let sso: Sso
  beforeAll(async () => {
    sso = await startSso({ OIDC_CREATE_USERS: 'false' })
  }, 300_000)
  afterAll(async () => {
    await sso?.provider.stop()
    await sso?.site.stop()
  })

  it('a person without a Grappes account is refused (403) and no user is created', async () => {
    const { response, token } = await signIn(sso, 'alice')
    expect(response.status).toBe(403)
    expect(token).toBeUndefined()
    expect(await errorOf(response)).toBe(
      en.oidcUnknownUser.replace('{{email}}', 'alice@cluster.test'),
    )
    expect(await usersWithEmail(sso, 'alice@cluster.test')).toBe(0)
  })

  it('a person who already has an account signs in', async () => {
    const created = await apiAnswer(sso.site, '/users', {
      method: 'POST',
      token: sso.adminToken,
      body: {
        name: 'Frank',
        email: 'frank@cluster.test',
        password: 'a-long-password-frank-had',
        role: 'secretariat',
      },
    })
    expect(created.status).toBe(201)
    const { response, token } = await signIn(sso, 'frank')
    expect(response.status).toBe(303)
    expect(await me(sso, token as string)).toMatchObject({
      id: created.body.doc.id,
      role: 'communications',
    })
  })
})
