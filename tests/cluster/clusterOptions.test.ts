import { describe, expect, it } from '@jest/globals'

import { clusterPorts, readClusterOptions } from '../../deploy/cluster/options'

describe('npm run cluster options', () => {
  it('starts 2 instances by default, on the machine PostgreSQL and Redis database 1', () => {
    expect(readClusterOptions([], {})).toEqual({
      instances: 2,
      port: 8080,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/grappes_cluster',
      redisUrl: 'redis://127.0.0.1:6379/1',
      dir: `${process.cwd()}/data/cluster`,
    })
  })

  it('takes the number of instances from --instances N, --instances=N, then CLUSTER_INSTANCES', () => {
    expect(readClusterOptions(['--instances', '3'], { CLUSTER_INSTANCES: '5' }).instances).toBe(3)
    expect(readClusterOptions(['--instances=4'], {}).instances).toBe(4)
    expect(readClusterOptions([], { CLUSTER_INSTANCES: '5' }).instances).toBe(5)
  })

  it('refuses a number of instances that is not 1 to 16, and any other option, saying what to pass', () => {
    expect(() => readClusterOptions(['--instances', '0'], {})).toThrow(
      '--instances must be a whole number from 1 to 16, got "0".',
    )
    expect(() => readClusterOptions(['--workers', '2'], {})).toThrow(
      'unknown option --workers: the only option is --instances N.',
    )
  })

  it('derives every port from CLUSTER_PORT', () => {
    expect(clusterPorts(readClusterOptions([], { CLUSTER_PORT: '9000' }))).toEqual({
      balancer: 9000,
      stats: 9001,
      s3: 9002,
      apps: [9011, 9012],
    })
  })
})
