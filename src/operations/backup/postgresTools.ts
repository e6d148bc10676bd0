import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

/**
 * pg_dump or pg_restore: from PG_BIN_DIR when set, else the newest /usr/lib/postgresql/<n>/bin
 * (Debian installs every version there), else the PATH. pg_dump must be as new as the server, and
 * pg_restore as new as the pg_dump that made the archive.
 */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  if (process.env.PG_BIN_DIR) return path.join(process.env.PG_BIN_DIR, name)
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((version) => fs.existsSync(path.join(root, version, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : []
  return versions[0] ? path.join(root, versions[0], 'bin', name) : name
}

/** The URL without its password, and the password for PGPASSWORD: it stays out of `ps`. */
export function connectionOf(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return {
    url: url.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  }
}

export async function toolVersion(tool: string): Promise<string> {
  const { stdout } = await promisify(execFile)(tool, ['--version'])
  return stdout.trim()
}

/** Runs a PostgreSQL tool; rejects with its error output when it fails. */
export function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.once('error', (error) =>
      reject(
        new Error(
          `${tool} could not start (${error.message}): install the PostgreSQL client tools or set PG_BIN_DIR`,
        ),
      ),
    )
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(tool)} exited with ${code}: ${errors.trim()}`)),
    )
  })
}
