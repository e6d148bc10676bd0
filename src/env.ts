import { randomBytes } from 'node:crypto'

/**
 * The one place that reads the environment. A value that is wrong or missing where it matters
 * raises a `StartupError` whose message says what to fix; the server prints it as one line.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_DATABASE_URL = 'file:./data/grappes.db'

const isProduction = process.env.NODE_ENV === 'production'
/** `next build` loads the config to collect pages; it never signs a token, so it needs no secret. */
const isBuild = process.env.NEXT_PHASE === 'phase-production-build'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = url.split(':')[0] || '(empty)'
  throw new StartupError(
    `DATABASE_URL has an unknown scheme "${scheme}": use file:./data/grappes.db (SQLite), postgres://… or mongodb://…`,
  )
}

let warnedAboutSecret = false

function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) {
    if (isProduction && secret.length < 32) {
      throw new StartupError(
        'PAYLOAD_SECRET is shorter than 32 characters: set a long random value (openssl rand -hex 32).',
      )
    }
    return secret
  }
  if (isProduction && !isBuild) {
    throw new StartupError(
      'PAYLOAD_SECRET is not set: production needs it (openssl rand -hex 32), in .env or the environment.',
    )
  }
  if (!warnedAboutSecret && !isBuild) {
    warnedAboutSecret = true
    console.warn(
      '[grappes] PAYLOAD_SECRET is not set: using a random development secret (sessions end on restart).',
    )
  }
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  return process.env.PAYLOAD_SECRET
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new StartupError(`${name} must be a positive whole number, got "${raw}".`)
  }
  return value
}

function nonNegativeInt(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new StartupError(`${name} must be a whole number of 0 or more, got "${raw}".`)
  }
  return value
}

/** "https://a.example, https://b.example" → the origins, without trailing slashes. */
function origins(name: string): string[] {
  return (process.env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
}

/**
 * S3-compatible media storage, on when S3_BUCKET is set; without it, uploads stay on disk
 * (MEDIA_DIR). A bucket without keys or with an endpoint that is not a URL stops the start.
 */
function s3Storage() {
  const bucket = process.env.S3_BUCKET
  if (!bucket) return undefined
  const accessKeyId = process.env.S3_ACCESS_KEY_ID
  const secretAccessKey = process.env.S3_SECRET_ACCESS_KEY
  if (!accessKeyId || !secretAccessKey) {
    throw new StartupError(
      'S3_BUCKET is set but S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is not: set both keys, or unset S3_BUCKET to keep media on disk.',
    )
  }
  const endpoint = process.env.S3_ENDPOINT || undefined
  // "minio:9000" parses as a URL with the scheme "minio:": only http(s) URLs reach a server.
  if (endpoint && !(URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol))) {
    throw new StartupError(
      `S3_ENDPOINT is not an http(s) URL, got "${endpoint}": use e.g. https://s3.example.org or http://127.0.0.1:9000, or leave it empty for AWS.`,
    )
  }
  return {
    bucket,
    endpoint,
    region: process.env.S3_REGION || 'us-east-1',
    accessKeyId,
    secretAccessKey,
    /** Most S3-compatible servers (MinIO, Ceph, s3rver) address buckets by path, not subdomain. */
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
  }
}

export function readEnv() {
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL
  const serverUrl = (
    process.env.SERVER_URL || `http://localhost:${positiveInt('PORT', 3000)}`
  ).replace(/\/$/, '')
  return {
    isProduction,
    databaseUrl,
    databaseKind: databaseKind(databaseUrl),
    payloadSecret: payloadSecret(),
    serverUrl,
    /** Origins whose browsers may call the API (CORS) and use the admin's cookie (CSRF). */
    allowedOrigins: [...new Set([serverUrl, ...origins('ALLOWED_ORIGINS')])],
    redisUrl: process.env.REDIS_URL || undefined,
    responseCache: {
      enabled: process.env.RESPONSE_CACHE !== 'off',
      maxBytes: positiveInt('RESPONSE_CACHE_MAX_BYTES', 64 * 1024 * 1024),
      maxAgeSeconds: nonNegativeInt('CACHE_MAX_AGE_SECONDS', 10),
      staleWhileRevalidateSeconds: nonNegativeInt('CACHE_STALE_WHILE_REVALIDATE_SECONDS', 60),
    },
    rateLimits: {
      windowSeconds: positiveInt('RATE_LIMIT_WINDOW_SECONDS', 60),
      login: positiveInt('RATE_LIMIT_LOGIN', 10),
      passwordReset: positiveInt('RATE_LIMIT_PASSWORD_RESET', 5),
      graphql: positiveInt('RATE_LIMIT_GRAPHQL', 300),
    },
    /** Bounds on one GraphQL request (see src/server/routeWrappers/graphqlGuard.ts and README). */
    graphqlLimits: {
      maxTokens: positiveInt('GRAPHQL_MAX_TOKENS', 2_000),
      maxAliases: positiveInt('GRAPHQL_MAX_ALIASES', 30),
      maxDepth: positiveInt('GRAPHQL_MAX_DEPTH', 8),
      maxDirectives: positiveInt('GRAPHQL_MAX_DIRECTIVES', 50),
      maxShapeCost: positiveInt('GRAPHQL_MAX_SHAPE_COST', 5_000),
      maxCost: positiveInt('GRAPHQL_MAX_COST', 5_000),
      timeoutMs: positiveInt('GRAPHQL_TIMEOUT_MS', 10_000),
    },
    port: positiveInt('PORT', 3000),
    uploadMaxBytes: positiveInt('UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
    /** How long a preview link from the admin opens its draft; a new one is made on each view. */
    previewLinkTtlSeconds: positiveInt('PREVIEW_LINK_TTL_SECONDS', 3600),
    /** Images above this many pixels (width × height) are refused before they are resized. */
    uploadMaxPixels: positiveInt('UPLOAD_MAX_PIXELS', 50_000_000),
    /** The largest request body that is not an upload (JSON, GraphQL); beyond it, 413. */
    jsonBodyMaxBytes: positiveInt('JSON_BODY_MAX_BYTES', 1024 * 1024),
    shutdownTimeoutMs: positiveInt('SHUTDOWN_TIMEOUT_MS', 10_000),
    mediaDir: process.env.MEDIA_DIR || 'media',
    /** S3-compatible media storage (src/plugins/mediaStorage.ts), or undefined for disk. */
    storage: s3Storage(),
    trustProxy: process.env.TRUST_PROXY === 'true',
    seedOnStart: process.env.SEED_ON_START !== 'false',
    /** Run scheduled jobs inside the server (one node) or leave them to `npm run worker`. */
    jobsInProcess: process.env.JOBS_IN_PROCESS !== 'false',
    jobsIntervalSeconds: positiveInt('JOBS_INTERVAL_SECONDS', 15),
    /** First retry delay of a failed webhook delivery; each later one doubles it. */
    webhookRetryDelayMs: positiveInt('WEBHOOK_RETRY_DELAY_MS', 30_000),
    smtpUrl: process.env.SMTP_URL || undefined,
    emailFrom: process.env.EMAIL_FROM || 'Grappes <no-reply@grappes.local>',
    adminEmail: process.env.ADMIN_EMAIL || 'admin@grappes.local',
    adminPassword: process.env.ADMIN_PASSWORD || undefined,
  }
}

export type AppEnv = ReturnType<typeof readEnv>
