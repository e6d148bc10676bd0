import path from 'node:path'
import { parseArgs } from 'node:util'

import { loadEnv } from '@/server/bootstrap'
import { DamagedArchive } from '@/operations/backup/manifest'
import { restoreBackup, TargetNotEmpty } from '@/operations/backup/restoreBackup'

const USAGE = 'npm run restore -- <archive.tar.gz> [--force]'

/**
 * `npm run restore -- <archive>`: the archive's database and media into DATABASE_URL and the
 * media store, which must be empty unless --force. Stop the app first; start it afterwards.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  })
  if (positionals.length !== 1) {
    console.error(`[restore] usage: ${USAGE}`)
    return 2
  }
  const env = loadEnv()
  const result = await restoreBackup(env, path.resolve(positionals[0]), values.force, (line) =>
    console.log(line),
  )
  console.log(
    `[restore] done in ${result.seconds.toFixed(1)} s (${process.uptime().toFixed(1)} s in all)`,
  )
  return 0
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const message = (error as Error)?.message ?? String(error)
    if (error instanceof DamagedArchive)
      console.error(`[restore] refused: ${message}. Nothing was changed: use another archive.`)
    else if (error instanceof TargetNotEmpty) console.error(`[restore] refused: ${message}`)
    else console.error(`[restore] failed: ${message}`)
    process.exit(1)
  })
