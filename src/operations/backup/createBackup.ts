import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { collectionSlugs } from '@/constants/slugs'
import type { AppEnv } from '@/env'

import { MANIFEST_FORMAT, MANIFEST_NAME, type Manifest } from './manifest'
import { mediaStoreOf } from './mediaStore'
import { snapshotPostgres } from './postgres'
import { fileCount, formatBytes, progressEvery, seconds } from './progress'
import { snapshotSqlite, withSqliteFile } from './sqlite'
import {
  appliedMigrations,
  countTables,
  referencedMediaFiles,
  tableNamesOf,
  type Query,
} from './tables'
import { TarWriter, type WrittenEntry } from './tar'

export type BackupResult = { archive: string; bytes: number; seconds: number; manifest: Manifest }

const packageVersion = (file: string) => {
  try {
    return String(JSON.parse(fs.readFileSync(file, 'utf8')).version)
  } catch {
    return 'unknown'
  }
}

/**
 * Writes one archive: a consistent snapshot of the database first, then every media file, then
 * the manifest. Files added to the media store after the snapshot are archived too (unreferenced,
 * and harmless); a file the snapshot refers to that is gone by then fails the backup.
 */
export async function createBackup(
  payload: Payload,
  env: AppEnv,
  archive: string,
  log: (line: string) => void,
): Promise<BackupResult> {
  const started = Date.now()
  const kind = env.databaseKind
  if (kind === 'mongodb')
    throw new Error('npm run backup covers SQLite and PostgreSQL; back MongoDB up with mongodump.')
  const names = tableNamesOf(payload)
  const readFacts = async (query: Query) => ({
    migrations: await appliedMigrations(query),
    counts: await countTables(query, names),
    references: await referencedMediaFiles(query, names.collections[collectionSlugs.media]),
  })
  if (fs.existsSync(archive))
    throw new Error(`${archive} already exists: choose another --out, or move it away first.`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-backup-'))
  fs.mkdirSync(path.dirname(archive), { recursive: true })
  const writer = new TarWriter(archive)
  try {
    const dumpName = kind === 'sqlite' ? 'database/grappes.sqlite' : 'database/grappes.pgdump'
    const dumpFile = path.join(work, path.basename(dumpName))
    log(`[backup] 1/3 database (${kind}): taking a snapshot…`)
    let tool: string | undefined
    let facts: Awaited<ReturnType<typeof readFacts>>
    if (kind === 'sqlite') {
      await snapshotSqlite(payload, dumpFile)
      facts = await withSqliteFile(dumpFile, readFacts)
    } else ({ facts, tool } = await snapshotPostgres(payload, env.databaseUrl, dumpFile, readFacts))
    const documents = Object.values(facts.counts.collections).reduce((sum, c) => sum + c.rows, 0)
    log(
      `[backup] 1/3 database: ${documents} documents in ${Object.keys(facts.counts.collections).length} collections, ` +
        `${facts.migrations.length} migrations, ${formatBytes(fs.statSync(dumpFile).size)}`,
    )
    const files: WrittenEntry[] = [await writer.addFile(dumpName, dumpFile)]
    fs.rmSync(dumpFile)

    const store = mediaStoreOf(env)
    const stored = await store.list()
    log(`[backup] 2/3 media: ${fileCount(stored.length)} in ${store.description}`)
    const keys = new Set(stored.map(({ key }) => key))
    const missing = facts.references.filter((name) => !keys.has(name))
    if (missing.length > 0)
      throw new Error(
        `${missing.length} media files of the snapshot are not in ${store.description} (${missing.slice(0, 3).join(', ')}): ` +
          'they were deleted during the backup, or are lost; run the backup again.',
      )
    const contentTypes: Record<string, string> = {}
    const report = progressEvery(stored.length)
    for (const [index, file] of stored.entries()) {
      files.push(await writer.addStream(`media/${file.key}`, file.size, await store.read(file)))
      if (file.contentType) contentTypes[file.key] = file.contentType
      if (report(index + 1)) log(`[backup] 2/3 media: ${index + 1}/${stored.length} files`)
    }

    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      createdAt: new Date(started).toISOString(),
      grappesVersion: packageVersion(path.resolve('package.json')),
      payloadVersion: packageVersion(path.resolve('node_modules/payload/package.json')),
      database: { kind, file: dumpName, ...(tool ? { tool } : {}) },
      migrations: facts.migrations,
      counts: facts.counts,
      media: {
        source: store.kind,
        files: stored.length,
        bytes: stored.reduce((sum, file) => sum + file.size, 0),
        ...(store.kind === 's3' ? { contentTypes } : {}),
      },
      files,
    }
    await writer.addBuffer(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2)))
    await writer.finish()
    log(`[backup] 3/3 manifest: ${fileCount(files.length)} listed with their SHA-256`)
    const bytes = fs.statSync(archive).size
    return { archive, bytes, seconds: seconds(started), manifest }
  } catch (error) {
    await writer.finish().catch(() => undefined)
    fs.rmSync(archive, { force: true })
    throw error
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
