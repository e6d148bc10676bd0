import type { Request, RequestHandler } from 'express'
import { ipKeyGenerator, MemoryStore, rateLimit, type Store } from 'express-rate-limit'
import type { Payload } from 'payload'

import type { AppEnv } from '@/env'
import { CLIENT_KEY_HEADER, registerLoginAttempts } from './loginAttempts'

type Limit = { name: string; paths: string[]; max: number }

/** What the app mounts: the client key on every request, then each limiter on its paths. */
export type RateLimiting = {
  /** Tags each request with its client key (for loginAttempts.ts). */
  clientKey: RequestHandler
  /** For `app.use(paths, handler)`. */
  limiters: { paths: string[]; handler: RequestHandler }[]
}

/** Express-rate-limit's own key: the address (an IPv6 client by its /56). */
const clientKey = (req: Request) => ipKeyGenerator(req.ip ?? '')

/**
 * Limits per client address on the endpoints that attackers hammer: login, password reset and
 * GraphQL. Over the limit: 429 with `Retry-After`. With REDIS_URL the counts live in Redis, so
 * every instance behind a load balancer shares them; otherwise each process counts alone.
 * GraphQL auth mutations count against the login limit too (see loginAttempts.ts).
 */
export async function rateLimits(
  env: AppEnv,
  payload: Payload,
): Promise<{ middleware: RateLimiting; close: () => Promise<void> }> {
  const { windowSeconds, login, passwordReset, graphql } = env.rateLimits
  const limits: Limit[] = [
    {
      name: 'login',
      // The second step's codes count as sign-in attempts (src/plugins/twoFactor).
      paths: ['/api/users/login', '/api/users/two-factor/verify', '/api/users/two-factor/enable'],
      max: login,
    },
    {
      name: 'password-reset',
      paths: ['/api/users/forgot-password', '/api/users/reset-password'],
      max: passwordReset,
    },
    { name: 'graphql', paths: ['/api/graphql'], max: graphql },
  ]
  // Redis' clients are loaded only where Redis is used: they cost every start otherwise.
  const redis = env.redisUrl ? (await import('redis')).createClient({ url: env.redisUrl }) : undefined
  const RedisStore = redis && (await import('rate-limit-redis')).RedisStore
  if (redis) {
    redis.on('error', (error: Error) => console.error(`[grappes] redis: ${error.message}`))
    await redis.connect()
  }
  const store = (prefix: string): Store | undefined =>
    redis && RedisStore
      ? new RedisStore({
          prefix: `grappes:rl:${prefix}:`,
          sendCommand: (...args: string[]) => redis.sendCommand(args),
        })
      : undefined

  const stores = new Map(limits.map(({ name }) => [name, store(name) ?? new MemoryStore()]))
  const loginStore = stores.get('login')!
  registerLoginAttempts(payload, async (key) => {
    const { totalHits, resetTime } = await loginStore.increment(key)
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil(((resetTime?.getTime() ?? 0) - Date.now()) / 1000),
    )
    return { allowed: totalHits <= login, retryAfterSeconds }
  })
  const keyHeader: RequestHandler = (req, _res, next) => {
    req.headers[CLIENT_KEY_HEADER] = clientKey(req)
    next()
  }

  const limiters = limits.map(({ name, paths, max }) => ({
    paths,
    handler: rateLimit({
      windowMs: windowSeconds * 1000,
      limit: max,
      keyGenerator: clientKey,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: stores.get(name),
      message: {
        errors: [{ message: `Too many requests to ${name}: try again in a little while.` }],
      },
    }),
  }))
  return {
    middleware: { clientKey: keyHeader, limiters },
    close: async () => void (await redis?.quit()),
  }
}
