import { spawn, type ChildProcess } from 'node:child_process'
import readline from 'node:readline'

export type ProcessSpec = {
  /** Prefixes every line the process prints, and names it in the supervisor's messages. */
  name: string
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  /** Signal the process's group (for `npm run …`, whose program is a child of npm). */
  group?: boolean
}

const FIRST_DELAY_MS = 1_000
const LONGEST_DELAY_MS = 30_000
/** A process that ran this long before it died starts again after the first delay. */
const HEALTHY_RUN_MS = 60_000
const STOP_GRACE_MS = 15_000
/** How long after the kill a stop still waits before it goes on with the other processes. */
const GIVE_UP_AFTER_KILL_MS = 5_000

/**
 * One process of the cluster, restarted whenever it ends without being asked to: after 1 s, then
 * 2, 4… up to 30 s while it keeps dying young. Its output is printed line by line, prefixed.
 */
export class Supervised {
  child?: ChildProcess
  /** How many times the process has started. */
  starts = 0
  private stopping = false
  private failures = 0
  private restartTimer?: NodeJS.Timeout

  constructor(readonly spec: ProcessSpec) {}

  get pid(): number | undefined {
    return this.child?.pid
  }

  start(): void {
    const { name, command, args, env } = this.spec
    const startedAt = Date.now()
    // A group of its own: Ctrl-C reaches the supervisor only, which stops each process in order.
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    this.child = child
    this.starts += 1
    console.log(`[cluster] ${name} started (pid ${child.pid})`)
    for (const stream of [child.stdout, child.stderr])
      if (stream)
        readline
          .createInterface({ input: stream })
          .on('line', (line) => console.log(`[${name}] ${line}`))
    child.on('exit', (code, signal) => {
      if (this.stopping) return
      // What npm started must not outlive it: a second worker would run the same jobs.
      if (this.spec.group) this.signal('SIGKILL')
      this.failures = Date.now() - startedAt > HEALTHY_RUN_MS ? 1 : this.failures + 1
      const delay = Math.min(FIRST_DELAY_MS * 2 ** (this.failures - 1), LONGEST_DELAY_MS)
      console.log(
        `[cluster] ${name} exited (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s`,
      )
      this.restartTimer = setTimeout(() => this.start(), delay)
    })
  }

  /** Whether the process is running now. */
  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    )
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child?.pid
    if (!pid || !(this.running || (this.spec.group && this.groupAlive()))) return
    try {
      process.kill(this.spec.group ? -pid : pid, signal)
    } catch {
      // it ended meanwhile
    }
  }

  /** From now on the process is not restarted when it ends. */
  retire(): void {
    this.stopping = true
    clearTimeout(this.restartTimer)
  }

  /** Whether any process of the group is left (npm's child may outlive npm by a moment). */
  private groupAlive(): boolean {
    const pid = this.child?.pid
    if (!pid) return false
    try {
      process.kill(-pid, 0)
      return true
    } catch {
      return false
    }
  }

  /**
   * Asks the process (and, for a group, every process in it) to stop with SIGTERM, and kills what
   * is left after 15 s.
   */
  async stop(): Promise<void> {
    this.retire()
    const child = this.child
    if (!child || !this.running) return
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      if (!this.running) resolve()
    })
    const asked = Date.now()
    this.signal('SIGTERM')
    const timer = setTimeout(() => this.kill(), STOP_GRACE_MS)
    // Bounded, so that one process that cannot be waited for (its exit already seen, a group
    // member the system has not reaped) never keeps the others running: S3 is stopped after it.
    const giveUpAt = asked + STOP_GRACE_MS + GIVE_UP_AFTER_KILL_MS
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    await Promise.race([exited, sleep(giveUpAt - Date.now())])
    while (this.spec.group && this.groupAlive() && Date.now() < giveUpAt) await sleep(100)
    clearTimeout(timer)
    const left = this.spec.group ? this.groupAlive() : this.running
    const seconds = ((Date.now() - asked) / 1000).toFixed(1)
    console.log(
      left
        ? `[cluster] ${this.spec.name} still has processes after ${seconds} s; going on without it`
        : `[cluster] ${this.spec.name} stopped in ${seconds} s`,
    )
  }

  private kill(): void {
    console.log(
      `[cluster] ${this.spec.name} still running after ${STOP_GRACE_MS / 1000} s: killing it.`,
    )
    this.signal('SIGKILL')
  }
}
