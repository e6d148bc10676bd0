import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createLocalReq } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import { parseFile, UnreadableFile } from '@/plugins/bulkImport/fileFormats'
import { importRows } from '@/plugins/bulkImport/importRows'
import { importableCollections, type ImportableSlug } from '@/plugins/bulkImport/tables'
import { bootPayload } from '@/server/bootstrap'

const USAGE = `npm run import -- <file.csv|file.json> --collection <${importableCollections.join('|')}> --as <e-mail> [--locale en|fr] [--dry-run] [--publish]`

/**
 * `npm run import`: the same import as `POST /api/<collection>/import`, from a file on disk, as
 * the person named by `--as` (their role decides what may be written), printing its progress.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      collection: { type: 'string' },
      as: { type: 'string' },
      locale: { type: 'string', default: 'en' },
      'dry-run': { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
    },
  })
  const [file] = positionals
  const collection = importableCollections.find((slug) => slug === values.collection)
  const locale = values.locale
  if (!file || !collection || !values.as || (locale !== 'en' && locale !== 'fr')) {
    console.error(`[import] usage: ${USAGE}`)
    return 2
  }
  const format = path.extname(file).toLowerCase() === '.json' ? 'json' : 'csv'
  const parsed = parseFile(format, fs.readFileSync(file, 'utf8'))
  const { payload } = await bootPayload()
  try {
    // Only to find who imports; the import itself runs with their access.
    const { docs } = await payload.find({
      collection: collectionSlugs.users,
      where: { email: { equals: values.as } },
      overrideAccess: true,
      limit: 1,
    })
    if (!docs[0]) {
      console.error(`[import] no user has the e-mail ${values.as}`)
      return 2
    }
    const user = { ...docs[0], collection: collectionSlugs.users }
    const req = await createLocalReq({ user, locale }, payload)
    const started = Date.now()
    const report = await importRows({
      req,
      collection: collection as ImportableSlug,
      locale,
      file: parsed,
      csv: format === 'csv',
      dryRun: values['dry-run'],
      publish: values.publish,
      onProgress: (done, total) => {
        if (done % 10 === 0 || done === total) console.log(`[import] row ${done}/${total}`)
      },
    })
    const seconds = (Date.now() - started) / 1000
    for (const { line, field, message } of report.errors)
      console.error(`[import] line ${line}, ${field}: ${message}`)
    if (report.errors.length > 0) {
      console.error(`[import] ${report.errors.length} problems: nothing was changed.`)
      return 1
    }
    const rate = report.rows / Math.max(seconds, 0.001)
    console.log(
      `[import] ${report.rows} rows in ${seconds.toFixed(1)} s (${rate.toFixed(1)} rows/s): ` +
        `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged` +
        (report.dryRun ? ' (dry run: nothing was stored)' : ''),
    )
    return 0
  } finally {
    await payload.destroy()
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const message = error instanceof UnreadableFile ? `unreadable file: ${error.message}` : error
    console.error('[import]', message)
    process.exit(1)
  })
