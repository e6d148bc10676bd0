import fs from 'node:fs/promises'
import type { Payload } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

/**
 * Reads one row of a content table through the adapter, as every API read does; throws when it
 * cannot. `select 1` proved little: with the SQLite file deleted it kept answering (the test in
 * tests/int/readiness.test.ts watched it for 20 s). On SQLite the file must also still be at its
 * path: a connection opened there later would create an empty database.
 */
export async function readContentTable(payload: Payload, sqliteFile?: string): Promise<void> {
  if (sqliteFile) await fs.access(sqliteFile)
  await payload.db.find({
    collection: collectionSlugs.clusters,
    limit: 1,
    pagination: false,
    select: { id: true },
    where: {},
  })
}
