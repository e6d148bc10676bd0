import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Once per `npm test`: a folder for the run's seeded database (tests/helpers/seededTemplate.ts). */
export default function globalSetup(): void {
  process.env.GRAPPES_SEEDED_TEMPLATE_DIR = fs.mkdtempSync(
    path.join(os.tmpdir(), 'grappes-seeded-'),
  )
}
