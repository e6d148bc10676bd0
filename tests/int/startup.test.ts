import { describe, expect, it } from '@jest/globals'

import { readEnv } from '@/env'
import { startServerProcess } from '../helpers/serverProcess'

/** Runs the server with a broken setting and returns its exit code and what it printed. */
async function failedStart(env: Record<string, string | undefined>, conditions?: string) {
  const run = startServerProcess(env, conditions)
  const code = await run.exited
  const lines = run
    .output()
    .trim()
    .split('\n')
    .filter(
      (line) => line.includes('[grappes]') && !line.includes('PAYLOAD_SECRET is not set: using'),
    )
  return { code, lines, output: run.output() }
}

describe('a start with a wrong setting stops with one line saying what to fix', () => {
  it('an unknown database scheme', async () => {
    const { code, lines, output } = await failedStart({ DATABASE_URL: 'redis://127.0.0.1:6379' })
    expect(code).toBe(1)
    expect(lines).toEqual([expect.stringContaining('DATABASE_URL has an unknown scheme "redis"')])
    expect(output).not.toMatch(/\n\s+at /)
  })

  it('a production start without PAYLOAD_SECRET', async () => {
    const { code, lines, output } = await failedStart(
      { NODE_ENV: 'production', PAYLOAD_SECRET: '', DATABASE_URL: 'file:./data/never-created.db' },
      'production',
    )
    expect(code).toBe(1)
    expect(lines).toEqual([
      expect.stringContaining('PAYLOAD_SECRET is not set: production needs it'),
    ])
    expect(output).not.toMatch(/\n\s+at /)
  })

  it('an S3 bucket without its keys', async () => {
    const { code, lines } = await failedStart({
      DATABASE_URL: 'file:./data/never-created.db',
      S3_BUCKET: 'grappes-media',
      S3_ACCESS_KEY_ID: '',
    })
    expect(code).toBe(1)
    expect(lines).toEqual([
      expect.stringContaining(
        'S3_BUCKET is set but S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is not: set both keys',
      ),
    ])
  })

  it('an S3 endpoint that is not a URL', async () => {
    const { code, lines } = await failedStart({
      DATABASE_URL: 'file:./data/never-created.db',
      S3_BUCKET: 'grappes-media',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_ENDPOINT: 'minio:9000/',
    })
    expect(code).toBe(1)
    expect(lines).toEqual([
      expect.stringContaining('S3_ENDPOINT is not an http(s) URL, got "minio:9000/"'),
    ])
  })

  it('single sign-on with an issuer and no client', async () => {
    const { code, lines } = await failedStart({
      DATABASE_URL: 'file:./data/never-created.db',
      OIDC_ISSUER: 'https://login.example.org',
      OIDC_CLIENT_ID: '',
    })
    expect(code).toBe(1)
    expect(lines).toEqual([
      expect.stringContaining(
        'OIDC_ISSUER is set but OIDC_CLIENT_ID or OIDC_CLIENT_SECRET is not: set both',
      ),
    ])
  })

  it.each([
    ['{"staff":', 'OIDC_ROLE_MAP is not valid JSON'],
    ['{}', 'OIDC_ROLE_MAP must map at least one group to a role'],
    [
      '{"staff":{"role":"owner"}}',
      'the group "staff" maps to the role "owner"; use one of admin, communications, secretariat',
    ],
    [
      '{"staff":{"role":"secretariat"}}',
      'the group "staff" maps to a secretariat, which needs an organization',
    ],
  ])('single sign-on with the role map %s', (map, message) => {
    const source = {
      DATABASE_URL: 'file:./data/never-created.db',
      OIDC_ISSUER: 'https://login.example.org',
      OIDC_CLIENT_ID: 'grappes',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_ROLE_MAP: map,
    }
    expect(() => readEnv(source)).toThrow(message)
  })

  it('single sign-on is off while OIDC_ISSUER is empty, as .env.example leaves it', () => {
    const env = readEnv({
      DATABASE_URL: 'file:./data/never-created.db',
      OIDC_ISSUER: '',
      OIDC_CREATE_USERS: '',
    })
    expect(env.oidc).toBeUndefined()
  })

  it('an unreachable PostgreSQL server', async () => {
    const { code, lines, output } = await failedStart({
      DATABASE_URL: 'postgres://grappes:secret@127.0.0.1:1/grappes',
    })
    expect(code).toBe(1)
    expect(lines).toEqual([
      expect.stringContaining(
        'Cannot reach the postgres database at postgres://grappes:***@127.0.0.1:1/grappes',
      ),
    ])
    expect(output).not.toContain('secret@')
    expect(output).not.toMatch(/\n\s+at /)
  })

  it('an unreachable MongoDB server', async () => {
    const { code, lines } = await failedStart({ DATABASE_URL: 'mongodb://127.0.0.1:1/grappes' })
    expect(code).toBe(1)
    expect(lines).toEqual([expect.stringContaining('Cannot reach the mongodb database')])
  })
})

describe('the environment is read once, by the config, and never written', () => {
  it('the settings are a frozen object, nested parts included', () => {
    const env = readEnv({ DATABASE_URL: 'file:./data/never-created.db' })
    expect(Object.isFrozen(env)).toBe(true)
    expect(Object.isFrozen(env.rateLimits)).toBe(true)
    expect(Object.isFrozen(env.allowedOrigins)).toBe(true)
    expect(() => {
      ;(env as { port: number }).port = 1
    }).toThrow(TypeError)
  })

  it('a missing PAYLOAD_SECRET in development gives a generated secret, not a written variable', () => {
    const source = { DATABASE_URL: 'file:./data/never-created.db' }
    const env = readEnv(source)
    expect(env.payloadSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(env.generatedSecret).toBe(true)
    expect(source).toEqual({ DATABASE_URL: 'file:./data/never-created.db' })
  })

  it('importing a collection reads no environment (a bad DATABASE_URL does not throw)', async () => {
    // tests/helpers/env.ts sets DATABASE_URL to a value whose scheme readEnv() refuses.
    expect(process.env.DATABASE_URL).toBe('test-database-not-started-yet:')
    const { Users } = await import('../../collections/Users/index')
    const { Media } = await import('../../collections/Media/index')
    expect(Users({ secureCookies: true }).auth).toMatchObject({ cookies: { secure: true } })
    expect(Media({ staticDir: 'media', maxPixels: 1 }).slug).toBe('media')
  })

  it('reading the config does not write process.env.PAYLOAD_SECRET', async () => {
    const { PAYLOAD_SECRET, DATABASE_URL } = process.env
    delete process.env.PAYLOAD_SECRET
    process.env.DATABASE_URL = 'file:./data/never-created.db'
    try {
      const config = await (await import('@payload-config')).default
      expect(process.env.PAYLOAD_SECRET).toBeUndefined()
      expect(config.secret).toMatch(/^[0-9a-f]{64}$/)
      expect(config.custom.env.generatedSecret).toBe(true)
    } finally {
      Object.assign(process.env, { PAYLOAD_SECRET, DATABASE_URL })
    }
  })
})
