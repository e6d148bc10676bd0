import type { TestDatabase } from './database'
import { ADMIN, freePort, type RunningSite } from './productionServer'
import { startServerProcess, waitForOutput } from './serverProcess'

/**
 * The production server on a database and media folder that exist already (a restored backup):
 * it finds the database migrated and not empty, so it seeds nothing. `stop` ends the server and
 * leaves both to their owner.
 */
export async function serveDatabase(
  database: TestDatabase,
  mediaDir: string,
  env: Record<string, string> = {},
): Promise<RunningSite> {
  const port = await freePort()
  const base = `http://localhost:${port}`
  const start = async () => {
    const run = startServerProcess(
      {
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        PORT: String(port),
        SERVER_URL: base,
        MEDIA_DIR: mediaDir,
        SEED_ON_START: 'false',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        JOBS_IN_PROCESS: 'false',
        RATE_LIMIT_LOGIN: '1000',
        ...env,
      },
      'production',
    )
    await waitForOutput(run, 'Grappes is ready', 300_000)
    return run
  }
  const site: RunningSite = {
    base,
    run: await start(),
    database,
    mediaDir,
    stop: async () => {
      site.run.child.kill('SIGTERM')
      await site.run.exited
    },
    restart: async () => {
      if (site.run.child.exitCode === null && site.run.child.signalCode === null)
        throw new Error('restart() needs the server stopped first')
      site.run = await start()
    },
  }
  return site
}
