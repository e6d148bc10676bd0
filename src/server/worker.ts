import { bootPayload } from './bootstrap'
import { StartupError } from '../env'
import { startJobRunner } from './jobRunner'

/**
 * `npm run worker`: runs scheduled publications when several app instances serve traffic (set
 * JOBS_IN_PROCESS=false on them, and run exactly one worker).
 */
async function main(): Promise<void> {
  const { payload, env } = await bootPayload()
  const runner = startJobRunner(payload, env.jobsIntervalSeconds)
  console.log(`[worker] running scheduled jobs every ${env.jobsIntervalSeconds} s`)
  const stop = async (signal: NodeJS.Signals) => {
    console.log(`[worker] ${signal}: finishing the current run…`)
    await runner.stop()
    await payload.destroy()
    process.exit(0)
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((error: unknown) => {
  const message =
    error instanceof StartupError ? error.message : ((error as Error)?.message ?? String(error))
  console.error(`[worker] ${message}`)
  process.exit(1)
})
