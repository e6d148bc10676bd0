import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { RedisKVAdapter } from '@payloadcms/kv-redis'
import type { Payload } from 'payload'

import { readContentTable } from '@/database/ping'
import { sqliteFileOf } from '@/database/sqliteFile'
import { databaseKind, envOf } from '@/env'
import { s3ClientConfig } from '@/plugins/mediaStorage'

/** What `/readyz` names when it fails: never a host, a database name or an error text. */
export type ReadinessCheck = 'database' | 'redis' | 'storage'

type Probe = { name: ReadinessCheck; run: () => Promise<unknown> }

const CHECK_TIMEOUT_MS = 2_000

function withinTimeout(probe: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
      CHECK_TIMEOUT_MS,
    )
  })
  return Promise.race([probe, timeout]).finally(() => clearTimeout(timer))
}

/**
 * The dependencies an instance needs to serve: the database (a real content read), and Redis and
 * the media bucket when they are configured (a Redis `PING` on the connection the app shares, a
 * `HeadBucket` with the app's credentials).
 */
export function readinessProbes(payload: Payload): Probe[] {
  const env = envOf(payload.config)
  const sqliteFile =
    databaseKind(env.databaseUrl) === 'sqlite' ? sqliteFileOf(env.databaseUrl) : undefined
  const probes: Probe[] = [{ name: 'database', run: () => readContentTable(payload, sqliteFile) }]
  if (env.redisUrl && payload.kv instanceof RedisKVAdapter) {
    const redis = payload.kv.redisClient
    probes.push({ name: 'redis', run: () => redis.ping() })
  }
  const storage = env.storage
  if (storage) {
    const s3 = new S3Client({ ...s3ClientConfig(storage), maxAttempts: 1 })
    probes.push({
      name: 'storage',
      run: () => s3.send(new HeadBucketCommand({ Bucket: storage.bucket })),
    })
  }
  return probes
}

/**
 * Runs every probe at once and returns the names of those that failed. What failed is logged
 * when it changes (the operator sees why; the answer to the load balancer does not say).
 */
export function readinessChecker(payload: Payload): () => Promise<ReadinessCheck[]> {
  const probes = readinessProbes(payload)
  let lastLogged = ''
  return async () => {
    const outcomes = await Promise.allSettled(probes.map((probe) => withinTimeout(probe.run())))
    const failed = probes.filter((_, index) => outcomes[index].status === 'rejected')
    const summary = failed
      .map((probe) => {
        const outcome = outcomes[probes.indexOf(probe)] as PromiseRejectedResult
        return `${probe.name} (${(outcome.reason as Error)?.message ?? outcome.reason})`
      })
      .join(', ')
    if (summary !== lastLogged) {
      if (summary)
        console.error(
          `[grappes] not ready: ${summary}. Check that service; /readyz answers 503 until it answers.`,
        )
      else if (lastLogged) console.log('[grappes] ready again: every dependency answers.')
      lastLogged = summary
    }
    return failed.map((probe) => probe.name)
  }
}
