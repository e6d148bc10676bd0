import path from 'node:path'

import type { ClusterOptions, ClusterPorts } from './options'
import type { ClusterSecrets } from './secrets'
import type { ProcessSpec } from './supervisor'

export const BUCKET = 'grappes-media'
/** s3rver checks request signatures against these fixed keys. */
export const S3_KEYS = { id: 'S3RVER', secret: 'S3RVER' }

export const balancerUrl = (ports: ClusterPorts) => `http://127.0.0.1:${ports.balancer}`

/**
 * The settings every app instance and the worker share: one database, one Redis (response cache,
 * content version, rate limits), one bucket, one secret; jobs left to the one worker; client
 * addresses from HAProxy's X-Forwarded-For. deploy/compose.yaml sets the same ones.
 */
export function clusterSettings(
  options: ClusterOptions,
  ports: ClusterPorts,
  secrets: ClusterSecrets,
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    PAYLOAD_SECRET: secrets.payloadSecret,
    SERVER_URL: balancerUrl(ports),
    TRUST_PROXY: 'true',
    JOBS_IN_PROCESS: 'false',
    SEED_ON_START: 'true',
    ADMIN_EMAIL: secrets.adminEmail,
    ADMIN_PASSWORD: secrets.adminPassword,
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${ports.s3}`,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: S3_KEYS.id,
    S3_SECRET_ACCESS_KEY: S3_KEYS.secret,
    S3_FORCE_PATH_STYLE: 'true',
  }
}

/**
 * The environment of the cluster's processes: the caller's (so that a setting such as
 * RATE_LIMIT_LOGIN can be tried on the whole cluster), then the cluster's settings.
 */
export function sharedEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // The cluster's own NODE_OPTIONS (--conditions=production) is given to each process below.
    NODE_OPTIONS: '',
    NEXT_TELEMETRY_DISABLED: '1',
    ...settings,
  }
}

/**
 * App instance `index` (from 1): what `npm start` runs, started as node itself rather than through
 * npm and tsx's launcher, so that the supervisor watches (and a test can kill) the server process.
 */
export function appSpec(index: number, port: number, env: NodeJS.ProcessEnv): ProcessSpec {
  return {
    name: `app${index}`,
    command: process.execPath,
    args: [
      '--conditions=production',
      `--max-old-space-size=${env.HEAP_LIMIT_MB || 512}`,
      'dist/server.mjs', // as `npm start` runs it, compiled by `npm run build`
    ],
    env: { ...env, PORT: String(port) },
  }
}

/** The one jobs worker: `npm run worker` (Payload's `jobs:run --cron`), in a process group. */
export function workerSpec(env: NodeJS.ProcessEnv): ProcessSpec {
  return { name: 'worker', command: 'npm', args: ['run', '--silent', 'worker'], env, group: true }
}

export function s3Spec(options: ClusterOptions, ports: ClusterPorts): ProcessSpec {
  return {
    name: 's3',
    command: process.execPath,
    args: ['deploy/cluster/s3Server.mjs', String(ports.s3), path.join(options.dir, 's3'), BUCKET],
    env: { ...process.env, NODE_OPTIONS: '' },
  }
}

/** HAProxy in the foreground (`-db`), so the supervisor sees it end. */
export function haproxySpec(configFile: string): ProcessSpec {
  return { name: 'haproxy', command: 'haproxy', args: ['-db', '-f', configFile], env: process.env }
}
