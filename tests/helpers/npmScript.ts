import { spawn } from 'node:child_process'

export type ScriptRun = { code: number | null; output: string; seconds: number }

/**
 * Runs `npm run <script> -- <args>` to its end, as an operator would, with the production
 * settings of the test servers; killed (and failed) after `timeoutMs`.
 */
export function runNpmScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<ScriptRun> {
  const started = Date.now()
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const timer = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), timeoutMs)
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output, seconds: (Date.now() - started) / 1000 })
    }),
  )
}
