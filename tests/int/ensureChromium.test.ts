import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'

const script = path.resolve('scripts/ensure-chromium.sh')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-chromium-'))

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** Runs the script with only the given directory and the basic tools on PATH. */
function run(env: Record<string, string>) {
  const { NODE_ENV } = process.env
  return spawnSync('bash', [script], {
    env: { NODE_ENV, PATH: `${env.PATH_FIRST ?? ''}:/usr/bin:/bin`, ...env },
    encoding: 'utf8',
  })
}

describe("the README's test command finds or installs the browser", () => {
  it('npm test runs scripts/ensure-chromium.sh first (then ensure-haproxy.sh, for tests/cluster)', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8'))
    expect(scripts.pretest).toBe(
      'bash scripts/ensure-chromium.sh && bash scripts/ensure-haproxy.sh',
    )
  })

  it('does nothing when Chromium is there', () => {
    const result = run({ CHROMIUM_PATH: process.execPath })
    expect(result.status).toBe(0)
    expect(result.stdout + result.stderr).toBe('')
  })

  it("installs Debian's chromium with apt-get when it is missing and it may", () => {
    const bin = fs.mkdtempSync(path.join(work, 'bin-'))
    const target = path.join(work, 'chromium')
    const log = path.join(work, 'apt.log')
    fs.writeFileSync(
      path.join(bin, 'apt-get'),
      `#!/bin/sh\necho "$*" >> ${log}\ncase "$1" in install) printf '#!/bin/sh\\n' > ${target}; chmod +x ${target};; esac\n`,
      { mode: 0o755 },
    )
    const result = run({ CHROMIUM_PATH: target, PATH_FIRST: bin, ENSURE_CHROMIUM_AS_ROOT: '1' })
    expect(result.status).toBe(0)
    expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      'update -qq',
      'install -y -qq chromium',
    ])
  })

  it('says in one line what to run when it cannot install', () => {
    const result = run({ CHROMIUM_PATH: path.join(work, 'absent'), ENSURE_CHROMIUM_AS_ROOT: '0' })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      `Chromium is missing at ${path.join(work, 'absent')}: run \`sudo apt-get install -y chromium\` (Debian/Ubuntu), then npm test again.\n`,
    )
  })
})
