import type { AppEnv } from '../env'
import { redactUrl } from '../database/preflight'
import type { SeedReport } from '../seed/run'

/** What a person starting Grappes needs to know, printed once the server listens. */
export function startupBanner(env: AppEnv, report: SeedReport | undefined): string {
  const base = env.serverUrl.replace(/\/$/, '')
  const login = report?.admin
    ? `Admin login: ${report.admin.email} / ${report.admin.password}  (shown once; change it in the admin)`
    : `Admin login: ${env.adminEmail} (password from ADMIN_PASSWORD, or the one printed at first start)`
  return [
    '',
    `Grappes is ready (${env.isProduction ? 'production' : 'development'}, ${env.databaseKind}: ${redactUrl(env.databaseUrl)})`,
    `  Admin    ${base}/admin`,
    `  REST     ${base}/api/clusters?locale=fr`,
    `  GraphQL  ${base}/api/graphql`,
    `  Health   ${base}/healthz  ·  ${base}/readyz`,
    `  ${login}`,
    '',
  ].join('\n')
}
