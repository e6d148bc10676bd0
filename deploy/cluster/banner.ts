import { balancerUrl, BUCKET, S3_KEYS } from './processes'
import type { ClusterOptions, ClusterPorts } from './options'
import type { ClusterSecrets } from './secrets'
import type { Supervised } from './supervisor'

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')

/** What an operator needs once the cluster is up; tests read the instance lines too. */
export function clusterBanner(
  options: ClusterOptions,
  ports: ClusterPorts,
  secrets: ClusterSecrets,
  apps: Supervised[],
  worker: Supervised,
): string {
  const lb = balancerUrl(ports)
  return [
    '',
    `Grappes cluster is up: ${apps.length} app instance(s) behind HAProxy, 1 jobs worker.`,
    `  Load balancer  ${lb}  (round robin, health check /readyz)`,
    `  Admin          ${lb}/admin`,
    ...apps.map(
      (app, i) =>
        `  Instance ${app.spec.name}  http://127.0.0.1:${ports.apps[i]}  (pid ${app.pid})`,
    ),
    `  Worker         npm run worker  (pid ${worker.pid})`,
    `  HAProxy stats  http://127.0.0.1:${ports.stats}/`,
    `  S3 (s3rver)    http://127.0.0.1:${ports.s3}  bucket ${BUCKET}, keys ${S3_KEYS.id}/${S3_KEYS.secret}`,
    `  PostgreSQL     ${redact(options.databaseUrl)}`,
    `  Redis          ${options.redisUrl}`,
    `  Admin login    ${secrets.adminEmail} / ${secrets.adminPassword}`,
    `  State          ${options.dir} (secrets, haproxy.cfg, the bucket)`,
    'Ctrl-C (or SIGTERM) stops everything; a crashed process is restarted.',
    '',
  ].join('\n')
}
