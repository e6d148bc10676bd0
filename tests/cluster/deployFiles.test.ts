import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

import { haproxyConfig } from '../../deploy/cluster/haproxyConfig'
import { clusterPorts } from '../../deploy/cluster/options'
import { clusterSettings } from '../../deploy/cluster/processes'

/**
 * The production files of deploy/ say what the local cluster does: the same HAProxy settings and
 * the same environment for the app instances. Debian's haproxy checks both configurations
 * (scripts/ensure-haproxy.sh installs it; .ci/run runs it first).
 */
const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), 'utf8')
const ports = clusterPorts({ port: 8080, instances: 2 })
const localConfig = haproxyConfig(ports)
const secrets = { payloadSecret: 'x'.repeat(32), adminEmail: 'a@b.c', adminPassword: 'password' }
const options = {
  instances: 2,
  port: 8080,
  databaseUrl: 'postgres://postgres@127.0.0.1:5432/grappes_cluster',
  redisUrl: 'redis://127.0.0.1:6379/1',
  dir: '/tmp/cluster',
}

/** A section's settings (`backend app`), without comments, servers, logging and blank lines. */
function section(config: string, header: string): string[] {
  const lines = config.split('\n')
  const start = lines.indexOf(header)
  const end = lines.findIndex((line, i) => i > start && line !== '' && !line.startsWith(' '))
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .map((line) => line.trim())
    .filter((line) => line && !/^(#|server |log |option httplog)/.test(line))
}

function haproxyCheck(config: string): { status: number | null; stderr: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-haproxy-')), 'haproxy.cfg')
  fs.writeFileSync(file, config)
  const checked = spawnSync('haproxy', ['-c', '-q', '-f', file], { encoding: 'utf8' })
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
  return { status: checked.status, stderr: checked.stderr }
}

/** The keys of the app instances' environment in deploy/compose.yaml (the `&app-env` block). */
function composeAppKeys(): string[] {
  const compose = read('deploy/compose.yaml')
  const block = compose.slice(
    compose.indexOf('environment: &app-env'),
    compose.indexOf('depends_on: &app-deps'),
  )
  return [...block.matchAll(/^ {4}([A-Z0-9_]+):/gm)].map(([, key]) => key).sort()
}

describe('the production files in deploy/', () => {
  it('HAProxy accepts the production and the local configuration', () => {
    expect(haproxyCheck(read('deploy/haproxy.cfg'))).toEqual({ status: 0, stderr: '' })
    expect(haproxyCheck(localConfig)).toEqual({ status: 0, stderr: '' })
  })

  it('production balances and checks the instances as the local cluster does', () => {
    const production = read('deploy/haproxy.cfg')
    for (const header of ['defaults', 'frontend grappes', 'backend app', 'listen stats'])
      expect([
        header,
        ...section(production, header).filter((l) => !l.startsWith('bind ')),
      ]).toEqual([header, ...section(localConfig, header).filter((l) => !l.startsWith('bind '))])
    expect(section(localConfig, 'backend app')).toContain('option httpchk GET /readyz')
  })

  it('the compose file gives the instances every setting the local cluster gives them', () => {
    const local = Object.keys(clusterSettings(options, ports, secrets))
    expect(local.filter((key) => !composeAppKeys().includes(key))).toEqual([])
  })

  it('every setting of the compose file is one that .env.example documents', () => {
    const documented = read('.env.example')
    const undocumented = composeAppKeys().filter(
      (key) => !new RegExp(`^#? ?${key}=`, 'm').test(documented) && key !== 'NODE_ENV',
    )
    expect(undocumented).toEqual([])
  })

  it('systemd restarts the app and the worker whenever they end', () => {
    for (const unit of ['grappes-app@.service', 'grappes-worker.service'])
      expect(read(`deploy/systemd/${unit}`)).toMatch(/^Restart=always$/m)
    expect(read('deploy/systemd/grappes-worker.service')).toMatch(
      /^ExecStart=\/usr\/bin\/npm run worker$/m,
    )
  })
})
