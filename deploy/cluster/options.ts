import path from 'node:path'

/** What `npm run cluster` starts, and where; every value has a default that works on a fresh clone. */
export type ClusterOptions = {
  /** App instances behind the load balancer (`--instances N` or CLUSTER_INSTANCES; default 2). */
  instances: number
  /** The load balancer's port; the others follow it (see `clusterPorts`). */
  port: number
  /** PostgreSQL database of the cluster, created when missing. */
  databaseUrl: string
  /** Redis, with a database number of its own so that no other Grappes shares its cache keys. */
  redisUrl: string
  /** Where the cluster keeps its secrets, its HAProxy config and its bucket between runs. */
  dir: string
}

export type ClusterPorts = { balancer: number; stats: number; s3: number; apps: number[] }

/** The load balancer on `port`, its stats page on port+1, S3 on port+2, instances from port+11. */
export function clusterPorts(options: Pick<ClusterOptions, 'port' | 'instances'>): ClusterPorts {
  const { port, instances } = options
  return {
    balancer: port,
    stats: port + 1,
    s3: port + 2,
    apps: Array.from({ length: instances }, (_, i) => port + 11 + i),
  }
}

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`)
  return value
}

/** `--instances 3` (or `--instances=3`) on the command line wins over CLUSTER_INSTANCES. */
function instancesArgument(argv: string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--instances' || arg.startsWith('--instances='))
  if (index === -1) return undefined
  const arg = argv[index]
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
}

export function readClusterOptions(
  argv: string[],
  env: Readonly<Partial<NodeJS.ProcessEnv>>,
): ClusterOptions {
  const unknown = argv.filter(
    (arg, i) =>
      arg.startsWith('-') && !arg.startsWith('--instances') && argv[i - 1] !== '--instances',
  )
  if (unknown.length > 0)
    throw new Error(`unknown option ${unknown.join(' ')}: the only option is --instances N.`)
  return {
    instances: wholeNumber(
      '--instances',
      instancesArgument(argv) ?? env.CLUSTER_INSTANCES ?? '2',
      1,
      16,
    ),
    port: wholeNumber('CLUSTER_PORT', env.CLUSTER_PORT || '8080', 1024, 65_000),
    databaseUrl: env.CLUSTER_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/grappes_cluster',
    redisUrl: env.CLUSTER_REDIS_URL || 'redis://127.0.0.1:6379/1',
    dir: path.resolve(env.CLUSTER_DIR || 'data/cluster'),
  }
}
