import { spawn, type ChildProcess } from 'node:child_process'

export type ServerRun = {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** The server as `npm start` runs it: compiled by `npm run build` (dist/server.mjs), no tsx. */
const COMPILED_SERVER = 'dist/server.mjs'

/**
 * Starts the server as npm would, with the given environment: in production the compiled host
 * (`npm start`), in development `src/server/main.ts` through tsx (`npm run dev`); or another
 * TypeScript entry (e.g. the worker) through tsx.
 */
export function startServerProcess(
  env: Record<string, string | undefined>,
  conditions = 'development',
  entry?: string,
): ServerRun {
  const args =
    !entry && conditions === 'production'
      ? [COMPILED_SERVER]
      : ['--import', 'tsx', entry ?? 'src/server/main.ts']
  const child = spawn(process.execPath, [`--conditions=${conditions}`, ...args], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NEXT_TELEMETRY_DISABLED: '1',
      // As npm starts it: the server runs due jobs (tests/helpers/env.ts turns them off in-process).
      JOBS_IN_PROCESS: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return captured(child)
}

/**
 * Runs `npm run <script>` as an operator would, in a process group of its own: `stop` signals the
 * whole group, so the program npm started (e.g. Payload's CLI) receives the signal too.
 */
export function startNpmScript(
  script: string,
  env: Record<string, string | undefined>,
): ServerRun & { stop: (signal: NodeJS.Signals) => void } {
  const child = spawn('npm', ['run', '--silent', script], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const stop = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid ?? 0), signal)
    } catch {
      // the group has ended already
    }
  }
  return { ...captured(child), stop }
}

function captured(child: ChildProcess): ServerRun {
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Resolves once the output contains `text`; rejects if the process exits first or time runs out. */
export async function waitForOutput(
  run: ServerRun,
  text: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!run.output().includes(text)) {
    if (run.child.exitCode !== null)
      throw new Error(`server exited (${run.child.exitCode}) before "${text}":\n${run.output()}`)
    if (Date.now() > deadline)
      throw new Error(`no "${text}" within ${timeoutMs} ms:\n${run.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
