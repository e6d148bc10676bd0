import { freePort } from './freePort'
import {
  CLIENT,
  startOidcProvider,
  type ProviderAccount,
  type RunningProvider,
} from './oidcProvider'
import { ADMIN, apiAnswer, startProductionServer, type RunningSite } from './productionServer'

/** The people at the test provider, by login, and their groups. */
export const ACCOUNTS: Record<string, ProviderAccount> = {
  alice: {
    email: 'alice@cluster.test',
    name: 'Alice Tremblay',
    groups: ['staff', 'grappes-communications'],
  },
  bob: { email: 'Bob@Technopolys.test', name: 'Bob Gagnon', groups: ['technopolys-staff'] },
  carol: { email: 'carol@elsewhere.test', name: 'Carol Roy', groups: ['marketing'] },
  dave: {
    email: 'dave@cluster.test',
    name: 'Dave Côté',
    groups: ['technopolys-staff', 'grappes-admins'],
  },
  erin: {
    email: 'erin@cluster.test',
    name: 'Erin',
    groups: ['grappes-admins'],
    emailVerified: false,
  },
  frank: { email: 'frank@cluster.test', name: 'Frank', groups: ['grappes-communications'] },
}

/** OIDC_ROLE_MAP of the tests. The order is the priority: a person in several mapped groups gets the first one's role. */
export const ROLE_MAP = {
  'grappes-admins': { role: 'admin' },
  'grappes-communications': { role: 'communications' },
  'technopolys-staff': { role: 'secretariat', organization: 'technopolys' },
}

/** The production server with single sign-on through a test provider, and an admin's token. */
export type Sso = { site: RunningSite; provider: RunningProvider; adminToken: string }

export async function startSso(settings: Record<string, string> = {}): Promise<Sso> {
  const port = await freePort()
  const site = await startProductionServer({
    OIDC_ISSUER: `http://localhost:${port}`,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
    OIDC_ROLE_MAP: JSON.stringify(ROLE_MAP),
    OIDC_SCOPES: 'openid email profile groups',
    OIDC_PROVIDER_NAME: 'Test ID',
    ...settings,
  })
  const provider = await startOidcProvider({
    port,
    redirectUri: `${site.base}/api/users/oidc/callback`,
    postLogoutRedirectUri: `${site.base}/admin/login`,
    accounts: ACCOUNTS,
  })
  const login = await apiAnswer(site, '/users/login', { method: 'POST', body: ADMIN })
  return { site, provider, adminToken: login.body.token }
}
