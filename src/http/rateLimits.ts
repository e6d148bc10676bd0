import type { RequestHandler } from 'express'
import { rateLimit, type Store } from 'express-rate-limit'
import { RedisStore } from 'rate-limit-redis'
import { createClient } from 'redis'

import type { AppEnv } from '@/env'

type Limit = { name: string; paths: string[]; max: number }

/**
 * Limits per client address on the endpoints that attackers hammer: login, password reset and
 * GraphQL. Over the limit: 429 with `Retry-After`. With REDIS_URL the counts live in Redis, so
 * every instance behind a load balancer shares them; otherwise each process counts alone.
 */
export async function rateLimits(
  env: AppEnv,
): Promise<{ middleware: RequestHandler[]; close: () => Promise<void> }> {
  const { windowSeconds, login, passwordReset, graphql } = env.rateLimits
  const limits: Limit[] = [
    { name: 'login', paths: ['/api/users/login'], max: login },
    {
      name: 'password-reset',
      paths: ['/api/users/forgot-password', '/api/users/reset-password'],
      max: passwordReset,
    },
    { name: 'graphql', paths: ['/api/graphql'], max: graphql },
  ]
  const redis = env.redisUrl ? createClient({ url: env.redisUrl }) : undefined
  if (redis) {
    redis.on('error', (error: Error) => console.error(`[grappes] redis: ${error.message}`))
    await redis.connect()
  }
  const store = (prefix: string): Store | undefined =>
    redis
      ? new RedisStore({
          prefix: `grappes:rl:${prefix}:`,
          sendCommand: (...args: string[]) => redis.sendCommand(args),
        })
      : undefined

  const middleware = limits.map(({ name, paths, max }) => {
    const limiter = rateLimit({
      windowMs: windowSeconds * 1000,
      limit: max,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: store(name),
      message: {
        errors: [{ message: `Too many requests to ${name}: try again in a little while.` }],
      },
    })
    const guarded: RequestHandler = (req, res, next) =>
      paths.includes(req.path) ? limiter(req, res, next) : next()
    return guarded
  })
  return { middleware, close: async () => void (await redis?.quit()) }
}
