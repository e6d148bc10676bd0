import path from 'node:path'
import { parseArgs } from 'node:util'

import { createBackup } from '@/operations/backup/createBackup'
import { formatBytes } from '@/operations/backup/progress'
import { bootPayload } from '@/server/bootstrap'

const USAGE = 'npm run backup [-- --out <file.tar.gz>]'

/**
 * `npm run backup`: one archive of the database, every media file and a manifest, taken while
 * the server keeps serving (README, "Backup and restore").
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const archive = path.resolve(values.out ?? path.join('backups', `grappes-${stamp}.tar.gz`))
  const { payload, env } = await bootPayload({ migrate: false })
  try {
    const result = await createBackup(payload, env, archive, (line) => console.log(line))
    console.log(
      `[backup] wrote ${result.archive} (${formatBytes(result.bytes)}) in ${result.seconds.toFixed(1)} s ` +
        `(${process.uptime().toFixed(1)} s with the start of Payload)`,
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(`[backup] failed: ${(error as Error)?.message ?? String(error)}`)
    console.error(`[backup] no archive was written. Usage: ${USAGE}`)
    process.exit(1)
  })
