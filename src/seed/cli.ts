import { bootPayload } from '@/server/bootstrap'
import { StartupError } from '@/env'
import { seed } from './run'

/** `npm run seed`: imports the source pages (idempotent) and creates the admin account if missing. */
async function main(): Promise<void> {
  const started = Date.now()
  const { payload, env } = await bootPayload()
  const report = await seed(payload, {
    admin: { email: env.adminEmail, password: env.adminPassword, name: env.adminName },
  })
  const created = Object.values(report.created).reduce((a, b) => a + b, 0)
  const existing = Object.values(report.existing).reduce((a, b) => a + b, 0)
  console.log(
    `[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created} created, ${existing} already there.`,
  )
  for (const [collection, count] of Object.entries(report.created)) {
    console.log(
      `[seed]   ${collection}: ${count} created, ${report.existing[collection]} already there`,
    )
  }
  if (report.admin)
    console.log(`[seed] admin login: ${report.admin.email} / ${report.admin.password}`)
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  const message =
    error instanceof StartupError ? error.message : ((error as Error)?.message ?? String(error))
  console.error(`[seed] ${message}`)
  console.error('[seed] nothing was changed. Fix the cause above and run `npm run seed` again.')
  process.exit(1)
})
