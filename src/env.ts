import { randomBytes } from 'node:crypto'
import type { SanitizedConfig } from 'payload'

import { roles, type Role } from './access/roles'

/**
 * The one place that reads the environment, called once by `src/payload.config.ts`; everything
 * else receives the result (`payload.config.custom.env`, or arguments). A value that is wrong or
 * missing where it matters raises a `StartupError` whose message says what to fix; the server
 * prints it as one line.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_DATABASE_URL = 'file:./data/grappes.db'

type Source = Readonly<Partial<NodeJS.ProcessEnv>>

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres'
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return 'mongodb'
  const scheme = url.split(':')[0] || '(empty)'
  throw new StartupError(
    `DATABASE_URL has an unknown scheme "${scheme}": use file:./data/grappes.db (SQLite), postgres://… or mongodb://…`,
  )
}

/**
 * The secret from the environment, or a random one for development, made when the config is
 * loaded. Next's bundle loads its own copy of the config (another random value), but the process
 * has one Payload instance, whose `payload.secret` comes from the config that started it: so
 * everything that signs at run time (sessions, preview links) uses `payload.secret`, not this.
 */
function payloadSecret(source: Source, isProduction: boolean, isBuild: boolean) {
  const secret = source.PAYLOAD_SECRET
  if (secret) {
    if (isProduction && secret.length < 32) {
      throw new StartupError(
        'PAYLOAD_SECRET is shorter than 32 characters: set a long random value (openssl rand -hex 32).',
      )
    }
    return { payloadSecret: secret, generatedSecret: false }
  }
  if (isProduction && !isBuild) {
    throw new StartupError(
      'PAYLOAD_SECRET is not set: production needs it (openssl rand -hex 32), in .env or the environment.',
    )
  }
  return { payloadSecret: randomBytes(32).toString('hex'), generatedSecret: true }
}

function positiveInt(source: Source, name: string, fallback: number): number {
  const raw = source[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new StartupError(`${name} must be a positive whole number, got "${raw}".`)
  }
  return value
}

function nonNegativeInt(source: Source, name: string, fallback: number): number {
  const raw = source[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new StartupError(`${name} must be a whole number of 0 or more, got "${raw}".`)
  }
  return value
}

/** "https://a.example, https://b.example" → the origins, without trailing slashes. */
function origins(source: Source, name: string): string[] {
  return (source[name] ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
}

/**
 * S3-compatible media storage, on when S3_BUCKET is set; without it, uploads stay on disk
 * (MEDIA_DIR). A bucket without keys or with an endpoint that is not a URL stops the start.
 */
function s3Storage(source: Source) {
  const bucket = source.S3_BUCKET
  if (!bucket) return undefined
  const accessKeyId = source.S3_ACCESS_KEY_ID
  const secretAccessKey = source.S3_SECRET_ACCESS_KEY
  if (!accessKeyId || !secretAccessKey) {
    throw new StartupError(
      'S3_BUCKET is set but S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is not: set both keys, or unset S3_BUCKET to keep media on disk.',
    )
  }
  const endpoint = source.S3_ENDPOINT || undefined
  // "minio:9000" parses as a URL with the scheme "minio:": only http(s) URLs reach a server.
  if (endpoint && !(URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol))) {
    throw new StartupError(
      `S3_ENDPOINT is not an http(s) URL, got "${endpoint}": use e.g. https://s3.example.org or http://127.0.0.1:9000, or leave it empty for AWS.`,
    )
  }
  return {
    bucket,
    endpoint,
    region: source.S3_REGION || 'us-east-1',
    accessKeyId,
    secretAccessKey,
    /** Most S3-compatible servers (MinIO, Ceph, s3rver) address buckets by path, not subdomain. */
    forcePathStyle: source.S3_FORCE_PATH_STYLE === 'true',
  }
}

/** One line of OIDC_ROLE_MAP: the role, and for a secretariat the organization (its slug). */
export type OidcGroupMapping = { role: Role; organization?: string }

function oidcRoleMap(source: Source): Record<string, OidcGroupMapping> {
  const raw = source.OIDC_ROLE_MAP
  const example =
    'e.g. {"grappes-admins":{"role":"admin"},"technopolys-staff":{"role":"secretariat","organization":"technopolys"}}'
  if (!raw)
    throw new StartupError(
      `OIDC_ISSUER is set but OIDC_ROLE_MAP is not: map the provider's groups to roles, ${example}.`,
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new StartupError(`OIDC_ROLE_MAP is not valid JSON: ${example}.`)
  }
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    Object.keys(parsed).length === 0
  )
    throw new StartupError(`OIDC_ROLE_MAP must map at least one group to a role: ${example}.`)
  for (const [group, mapping] of Object.entries(parsed)) {
    const { role, organization } = (mapping ?? {}) as Record<string, unknown>
    if (!(roles as readonly unknown[]).includes(role))
      throw new StartupError(
        `OIDC_ROLE_MAP: the group "${group}" maps to the role "${String(role)}"; use one of ${roles.join(', ')}.`,
      )
    if (organization !== undefined && (typeof organization !== 'string' || !organization))
      throw new StartupError(
        `OIDC_ROLE_MAP: the organization of the group "${group}" must be an organization's slug, e.g. "technopolys".`,
      )
    if (role === 'secretariat' && organization === undefined)
      throw new StartupError(
        `OIDC_ROLE_MAP: the group "${group}" maps to a secretariat, which needs an organization (its slug).`,
      )
  }
  return parsed as Record<string, OidcGroupMapping>
}

/**
 * Single sign-on through an OpenID Connect provider (src/plugins/openIdConnect), on when
 * OIDC_ISSUER is set; without it, no button and no endpoint. See README, "Single sign-on".
 */
function openIdConnect(source: Source, serverUrl: string) {
  // As given: openid-client compares it with the issuer the discovery document names.
  const issuer = source.OIDC_ISSUER
  if (!issuer) return undefined
  if (!URL.canParse(issuer) || !/^https?:$/.test(new URL(issuer).protocol))
    throw new StartupError(
      `OIDC_ISSUER is not an http(s) URL, got "${issuer}": use the provider's issuer, e.g. https://login.example.org/realms/grappes.`,
    )
  const clientId = source.OIDC_CLIENT_ID
  const clientSecret = source.OIDC_CLIENT_SECRET
  if (!clientId || !clientSecret)
    throw new StartupError(
      'OIDC_ISSUER is set but OIDC_CLIENT_ID or OIDC_CLIENT_SECRET is not: set both (from the client registered at the provider), or unset OIDC_ISSUER.',
    )
  const createUsers = source.OIDC_CREATE_USERS || 'true'
  if (createUsers !== 'true' && createUsers !== 'false')
    throw new StartupError(`OIDC_CREATE_USERS must be true or false, got "${createUsers}".`)
  const redirectBase = (source.OIDC_REDIRECT_BASE || serverUrl).replace(/\/$/, '')
  return {
    issuer,
    clientId,
    clientSecret,
    /** Registered at the provider as the client's redirect URI. */
    redirectUri: `${redirectBase}/api/users/oidc/callback`,
    /** Where the provider sends the browser back after its own sign-out. */
    postLogoutRedirectUri: `${redirectBase}/admin/login`,
    scopes: source.OIDC_SCOPES || 'openid email profile',
    groupsClaim: source.OIDC_GROUPS_CLAIM || 'groups',
    roleMap: oidcRoleMap(source),
    createUsers: createUsers === 'true',
    providerName: source.OIDC_PROVIDER_NAME || 'SSO',
  }
}

/** Freezes an object and every object inside it, so that no part of the program can change a setting. */
function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value))
    if (inner && typeof inner === 'object' && !Object.isFrozen(inner)) deepFreeze(inner)
  return Object.freeze(value)
}

/**
 * Roles that must sign in with a second factor (TOTP): "admin,communications" unless set; an
 * empty value requires it of nobody (the tests that are not about two-factor sign-in use that).
 */
function twoFactorRequiredRoles(source: Source): Role[] {
  const raw = source.TWO_FACTOR_REQUIRED_ROLES
  if (raw === undefined) return ['admin', 'communications']
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !(roles as readonly string[]).includes(name))
  if (unknown.length > 0)
    throw new StartupError(
      `TWO_FACTOR_REQUIRED_ROLES names unknown roles (${unknown.join(', ')}): use some of ${roles.join(', ')}, separated by commas, or leave it empty.`,
    )
  return names as Role[]
}

function parseEnv(source: Source) {
  const isProduction = source.NODE_ENV === 'production'
  /** `next build` loads the config to collect pages; it never signs a token, so it needs no secret. */
  const isBuild = source.NEXT_PHASE === 'phase-production-build'
  const databaseUrl = source.DATABASE_URL || DEFAULT_DATABASE_URL
  const serverUrl = (
    source.SERVER_URL || `http://localhost:${positiveInt(source, 'PORT', 3000)}`
  ).replace(/\/$/, '')
  return {
    isProduction,
    isBuild,
    databaseUrl,
    databaseKind: databaseKind(databaseUrl),
    ...payloadSecret(source, isProduction, isBuild),
    serverUrl,
    /** Origins whose browsers may call the API (CORS) and use the admin's cookie (CSRF). */
    allowedOrigins: [...new Set([serverUrl, ...origins(source, 'ALLOWED_ORIGINS')])],
    redisUrl: source.REDIS_URL || undefined,
    responseCache: {
      enabled: source.RESPONSE_CACHE !== 'off',
      maxBytes: positiveInt(source, 'RESPONSE_CACHE_MAX_BYTES', 64 * 1024 * 1024),
      /** How many of the most-read public answers are recomputed as soon as a change commits. */
      refreshAhead: nonNegativeInt(source, 'RESPONSE_CACHE_REFRESH_AHEAD', 20),
      maxAgeSeconds: nonNegativeInt(source, 'CACHE_MAX_AGE_SECONDS', 10),
      staleWhileRevalidateSeconds: nonNegativeInt(
        source,
        'CACHE_STALE_WHILE_REVALIDATE_SECONDS',
        60,
      ),
    },
    /**
     * Documents of list reads kept serialized per reader and content version
     * (src/plugins/readModel): its size in bytes, 0 to read every document in full every time.
     */
    readModel: { maxBytes: nonNegativeInt(source, 'READ_MODEL_MAX_BYTES', 16 * 1024 * 1024) },
    rateLimits: {
      windowSeconds: positiveInt(source, 'RATE_LIMIT_WINDOW_SECONDS', 60),
      login: positiveInt(source, 'RATE_LIMIT_LOGIN', 10),
      passwordReset: positiveInt(source, 'RATE_LIMIT_PASSWORD_RESET', 5),
      graphql: positiveInt(source, 'RATE_LIMIT_GRAPHQL', 300),
    },
    /** Bounds on one GraphQL request (see src/server/apiHandlers/graphqlGuard.ts and README). */
    graphqlLimits: {
      maxTokens: positiveInt(source, 'GRAPHQL_MAX_TOKENS', 2_000),
      maxAliases: positiveInt(source, 'GRAPHQL_MAX_ALIASES', 30),
      maxDepth: positiveInt(source, 'GRAPHQL_MAX_DEPTH', 8),
      maxDirectives: positiveInt(source, 'GRAPHQL_MAX_DIRECTIVES', 50),
      maxShapeCost: positiveInt(source, 'GRAPHQL_MAX_SHAPE_COST', 5_000),
      maxCost: positiveInt(source, 'GRAPHQL_MAX_COST', 5_000),
      timeoutMs: positiveInt(source, 'GRAPHQL_TIMEOUT_MS', 10_000),
    },
    port: positiveInt(source, 'PORT', 3000),
    /** Server processes sharing the port (one per core): see src/server/workers.ts. */
    webConcurrency: positiveInt(source, 'WEB_CONCURRENCY', 1),
    uploadMaxBytes: positiveInt(source, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
    /** How long a preview link from the admin opens its draft; a new one is made on each view. */
    previewLinkTtlSeconds: positiveInt(source, 'PREVIEW_LINK_TTL_SECONDS', 3600),
    /** Images above this many pixels (width × height) are refused before they are resized. */
    uploadMaxPixels: positiveInt(source, 'UPLOAD_MAX_PIXELS', 50_000_000),
    /** The largest request body that is not an upload (JSON, GraphQL); beyond it, 413. */
    jsonBodyMaxBytes: positiveInt(source, 'JSON_BODY_MAX_BYTES', 1024 * 1024),
    shutdownTimeoutMs: positiveInt(source, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    mediaDir: source.MEDIA_DIR || 'media',
    /** S3-compatible media storage (src/plugins/mediaStorage), or undefined for disk. */
    storage: s3Storage(source),
    trustProxy: source.TRUST_PROXY === 'true',
    seedOnStart: source.SEED_ON_START !== 'false',
    /** Run due jobs inside the server (one node) or leave them to `npm run worker`. */
    jobsInProcess: source.JOBS_IN_PROCESS !== 'false',
    /** When the server looks for due jobs (seconds first); `npm run worker` reads it too. */
    jobsCron: source.JOBS_CRON || '* * * * * *',
    /** A job `processing` for longer than this lost its process: it is released and retried. */
    jobsStaleAfterMs: positiveInt(source, 'JOBS_STALE_AFTER_SECONDS', 300) * 1_000,
    /** First retry delay of a failed webhook delivery; each later one doubles it. */
    webhookRetryDelayMs: positiveInt(source, 'WEBHOOK_RETRY_DELAY_MS', 30_000),
    /** The data-quality desk (src/plugins/dataQuality): its rules' settings and the link checker's. */
    dataQuality: {
      /** A key figure whose year is more than this many years before this year is stale. */
      staleFigureYears: positiveInt(source, 'QUALITY_STALE_FIGURE_YEARS', 5),
      /** When the link check runs (Payload job schedule, seconds first): Mondays at 03:00 by default. */
      linkCheckCron: source.LINK_CHECK_CRON || '0 0 3 * * 1',
      /** When the monthly digest to secretariats is queued, in the server's time zone (TZ): the 1st at 08:00. */
      digestCron: source.QUALITY_DIGEST_CRON || '0 0 8 1 * *',
      linkCheckTimeoutMs: positiveInt(source, 'LINK_CHECK_TIMEOUT_MS', 10_000),
      /** Pause between two requests to the same host. */
      linkCheckDelayMs: nonNegativeInt(source, 'LINK_CHECK_DELAY_MS', 1_000),
    },
    smtpUrl: source.SMTP_URL || undefined,
    emailFrom: source.EMAIL_FROM || 'Grappes <no-reply@grappes.local>',
    adminEmail: source.ADMIN_EMAIL || 'admin@grappes.local',
    adminPassword: source.ADMIN_PASSWORD || undefined,
    /** The first admin's name, shown wherever the admin names who did something. */
    adminName: source.ADMIN_NAME || 'Grappes administrator',
    /** Single sign-on (OpenID Connect), or undefined when OIDC_ISSUER is not set. */
    oidc: openIdConnect(source, serverUrl),
    /** Roles whose sign-in asks for a TOTP code (src/plugins/twoFactor); others may opt in. */
    twoFactorRequiredRoles: twoFactorRequiredRoles(source),
  }
}

type DeepReadonly<T> = { readonly [K in keyof T]: T[K] extends object ? DeepReadonly<T[K]> : T[K] }

export type AppEnv = DeepReadonly<ReturnType<typeof parseEnv>>

/**
 * The settings, parsed and checked, as a deep-frozen object. It reads `source` and never writes
 * to it. Only the config calls it (on import: the payload CLI and Next load the config that way);
 * the rest of the program gets the result from the config (`envOf(payload.config)`).
 */
export function readEnv(source: Source = process.env): AppEnv {
  return deepFreeze(parseEnv(source))
}

/** The settings the config was built with; `config.custom.env` is set by src/payload.config.ts. */
export const envOf = (config: Pick<SanitizedConfig, 'custom'>): AppEnv => config.custom?.env
