// Every variable the application reads, with what it holds; parsed and checked in src/env.ts.
declare global {
  namespace NodeJS {
    interface ProcessEnv {
      /** file:… (SQLite), postgres://… or mongodb://… */
      DATABASE_URL?: string
      /** Signs sessions and API tokens; at least 32 characters in production. */
      PAYLOAD_SECRET?: string
      PORT?: string
      SERVER_URL?: string
      /** Set by `next build`: the config is loaded without signing anything. */
      NEXT_PHASE?: string
      ALLOWED_ORIGINS?: string
      ADMIN_EMAIL?: string
      ADMIN_PASSWORD?: string
      ADMIN_NAME?: string
      /** Single sign-on (OpenID Connect): the provider's issuer URL; unset, single sign-on is off. */
      OIDC_ISSUER?: string
      OIDC_CLIENT_ID?: string
      OIDC_CLIENT_SECRET?: string
      /** The public address the provider sends browsers back to (defaults to SERVER_URL). */
      OIDC_REDIRECT_BASE?: string
      /** The scopes asked for (default "openid email profile"). */
      OIDC_SCOPES?: string
      /** The claim that lists the person's groups (default "groups"). */
      OIDC_GROUPS_CLAIM?: string
      /** JSON: group → { role, organization (slug) }; the first group listed that the person is in wins. */
      OIDC_ROLE_MAP?: string
      /** true (default): a person unknown to Grappes is created; false: refused. */
      OIDC_CREATE_USERS?: string
      /** The provider's name on the button: "Sign in with …" / "Se connecter avec …". */
      OIDC_PROVIDER_NAME?: string
      /** Roles that must sign in with a TOTP code, comma-separated; empty: nobody (default admin,communications). */
      TWO_FACTOR_REQUIRED_ROLES?: string
      SEED_ON_START?: string
      MEDIA_DIR?: string
      UPLOAD_MAX_BYTES?: string
      UPLOAD_MAX_PIXELS?: string
      JSON_BODY_MAX_BYTES?: string
      PREVIEW_LINK_TTL_SECONDS?: string
      SHUTDOWN_TIMEOUT_MS?: string
      RATE_LIMIT_WINDOW_SECONDS?: string
      RATE_LIMIT_LOGIN?: string
      RATE_LIMIT_PASSWORD_RESET?: string
      RATE_LIMIT_GRAPHQL?: string
      REDIS_URL?: string
      GRAPHQL_MAX_TOKENS?: string
      GRAPHQL_MAX_ALIASES?: string
      GRAPHQL_MAX_DEPTH?: string
      GRAPHQL_MAX_DIRECTIVES?: string
      GRAPHQL_MAX_SHAPE_COST?: string
      GRAPHQL_MAX_COST?: string
      GRAPHQL_TIMEOUT_MS?: string
      SMTP_URL?: string
      EMAIL_FROM?: string
      JOBS_IN_PROCESS?: string
      JOBS_CRON?: string
      JOBS_STALE_AFTER_SECONDS?: string
      RESPONSE_CACHE?: string
      RESPONSE_CACHE_MAX_BYTES?: string
      CACHE_MAX_AGE_SECONDS?: string
      CACHE_STALE_WHILE_REVALIDATE_SECONDS?: string
      WEBHOOK_RETRY_DELAY_MS?: string
      QUALITY_STALE_FIGURE_YEARS?: string
      LINK_CHECK_CRON?: string
      QUALITY_DIGEST_CRON?: string
      LINK_CHECK_TIMEOUT_MS?: string
      LINK_CHECK_DELAY_MS?: string
      TRUST_PROXY?: string
      /** Tests only: the PostgreSQL server on which each test file creates its own database. */
      TEST_DATABASE_URL?: string
      /** `npm run migrate:create` only: the PostgreSQL server that generates the Postgres migration. */
      MIGRATE_POSTGRES_URL?: string
    }
  }
}

export {}
