import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { executeAuthStrategies, type Payload } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { User } from '@/payload-types'
import { connectPayload, type TestContext } from '../helpers/payload'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { createUser, TEST_PASSWORD } from '../helpers/users'

/**
 * src/plugins/signedInUsers: the user a JWT names is read on every signed-in request (Payload's
 * JWT strategy). The lookup is kept until the next write to users, so a signed-in read costs what
 * an anonymous one does (`npm run bench`), and everything that ends or changes a session holds
 * from the very next request: a sign-out, a session ended, a role changed, an account turned off
 * or deleted.
 */
const EDITOR_PASSWORD = 'an-editor-password-for-the-cache-0123'

/** SQL statements sent to the database that read the users table, counted while `run` runs. */
async function usersStatements(payload: Payload, run: () => Promise<unknown>): Promise<number> {
  const db = payload.db as unknown as Record<'client' | 'pool', object | undefined>
  // libsql's client on SQLite, node-postgres's pool on PostgreSQL: what drizzle sends SQL through.
  const [target, method] = db.client ? [db.client, 'execute'] : [db.pool!, 'query']
  const spy = jest.spyOn(target as Record<string, (...args: unknown[]) => unknown>, method)
  try {
    await run()
    return spy.mock.calls.filter(([query]) => {
      const sql =
        typeof query === 'string'
          ? query
          : ((query as { sql?: string; text?: string }).sql ??
            (query as { text?: string }).text ??
            '')
      return /from "users"/i.test(sql)
    }).length
  } finally {
    spy.mockRestore()
  }
}

describe('the signed-in user', () => {
  let site: RunningSite
  /** A second process on the server's database (as the worker or a script), without Redis. */
  let ctx: TestContext
  let adminToken: string

  const signIn = async (email: string, password = EDITOR_PASSWORD) => {
    const answer = await apiAnswer(site, '/users/login', {
      method: 'POST',
      body: { email, password },
    })
    expect(answer.status).toBe(200)
    return answer.body.token as string
  }
  const me = async (token: string) => (await apiAnswer(site, '/users/me', { token })).body.user
  /** A communications editor, created by the admin, signed in twice (the lookup is kept). */
  const editor = async () => {
    const email = `editor-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.grappes.local`
    const created = await apiAnswer(site, '/users', {
      method: 'POST',
      token: adminToken,
      body: { name: 'Cache editor', email, password: EDITOR_PASSWORD, role: 'communications' },
    })
    expect(created.status).toBe(201)
    const token = await signIn(email)
    expect((await me(token))?.email).toBe(email)
    expect((await me(token))?.email).toBe(email)
    return { id: created.body.doc.id as number, email, token }
  }

  beforeAll(async () => {
    site = await startProductionServer({ RESPONSE_CACHE: 'off' })
    ctx = await connectPayload(site.database, site.mediaDir)
    adminToken = await signIn(ADMIN.email, ADMIN.password)
  }, 600_000)
  afterAll(async () => {
    await ctx?.teardown()
    await site?.stop()
  })

  it('a second request with the same JWT does not read the user again; a change of it does', async () => {
    const { payload } = ctx
    const email = await createUser(payload, 'communications')
    const { token, user: signedIn } = await payload.login({
      collection: collectionSlugs.users,
      data: { email, password: TEST_PASSWORD },
    })
    const user = signedIn!
    // What every request runs to know who sends it (Payload's createPayloadRequest).
    const authenticate = () =>
      executeAuthStrategies({ headers: new Headers({ Authorization: `JWT ${token}` }), payload })
    const first = await authenticate()
    expect(first.user?.id).toBe(user.id)
    let second: Awaited<ReturnType<typeof authenticate>> | undefined
    // Without Redis, PostgreSQL keeps nothing: another process's write could not be seen.
    const kept = ctx.database.kind === 'sqlite'
    expect(await usersStatements(payload, async () => (second = await authenticate()))).toBe(
      kept ? 0 : 1,
    )
    expect(second?.user).toEqual(first.user)

    await payload.update({
      collection: collectionSlugs.users,
      id: user.id,
      data: { name: 'Renamed editor' },
      overrideAccess: true,
    })
    let third: Awaited<ReturnType<typeof authenticate>> | undefined
    expect(await usersStatements(payload, async () => (third = await authenticate()))).toBe(1)
    expect((third?.user as User | undefined)?.name).toBe('Renamed editor')
  })

  it('a signed-out JWT is refused on the next request', async () => {
    const { token } = await editor()
    const out = await apiAnswer(site, '/users/logout', { method: 'POST', token })
    expect(out.status).toBe(200)
    expect(await me(token)).toBeNull()
    const users = await apiAnswer(site, '/users?limit=1', { token })
    expect(users.status).toBe(403)
  })

  it('another sign-in of the same person keeps the first session, until it is signed out too', async () => {
    const { email, token } = await editor()
    const other = await signIn(email)
    expect((await me(token))?.email).toBe(email)
    expect((await me(other))?.email).toBe(email)
    expect((await apiAnswer(site, '/users/logout', { method: 'POST', token: other })).status).toBe(
      200,
    )
    expect(await me(other)).toBeNull()
    expect((await me(token))?.email).toBe(email)
  })

  it('a role changed by an admin holds from the next request', async () => {
    const { id, token } = await editor()
    const before = await apiAnswer(site, '/users?limit=1', { token })
    expect(before.status).toBe(200)
    const changed = await apiAnswer(site, `/users/${id}`, {
      method: 'PATCH',
      token: adminToken,
      body: { role: 'admin' },
    })
    expect(changed.status).toBe(200)
    expect((await me(token))?.role).toBe('admin')
  })

  it('a change made by another process is seen by the next lookup', async () => {
    const { id, token, email } = await editor()
    {
      const authenticate = async () =>
        (
          await executeAuthStrategies({
            headers: new Headers({ Authorization: `JWT ${token}` }),
            payload: ctx.payload,
          })
        ).user as User | null
      expect((await authenticate())?.email).toBe(email)
      expect((await authenticate())?.name).toBe('Cache editor')
      const renamed = await apiAnswer(site, `/users/${id}`, {
        method: 'PATCH',
        token: adminToken,
        body: { name: 'Renamed by the server' },
      })
      expect(renamed.status).toBe(200)
      expect((await authenticate())?.name).toBe('Renamed by the server')
      expect((await apiAnswer(site, '/users/logout', { method: 'POST', token })).status).toBe(200)
      expect(await authenticate()).toBeNull()
    }
  })

  it('an account turned off or deleted is refused on the next request', async () => {
    const off = await editor()
    const turnedOff = await apiAnswer(site, `/users/${off.id}`, {
      method: 'PATCH',
      token: adminToken,
      body: { active: false },
    })
    expect(turnedOff.status).toBe(200)
    expect(await me(off.token)).toBeNull()

    const gone = await editor()
    const deleted = await apiAnswer(site, `/users/${gone.id}`, {
      method: 'DELETE',
      token: adminToken,
    })
    expect(deleted.status).toBe(200)
    expect(await me(gone.token)).toBeNull()
  })
})
