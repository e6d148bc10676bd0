import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteFileOf } from '@/database/sqliteFile'
import type { AppEnv } from '@/env'

import { DamagedArchive, readManifest, verifyFiles, type Counts, type Manifest } from './manifest'
import { mediaStoreOf } from './mediaStore'
import { clearPostgres, postgresContents, restorePostgres, withPostgres } from './postgres'
import { fileCount, plural, progressEvery, seconds } from './progress'
import { restoreSqlite, sqliteContents, withSqliteFile } from './sqlite'
import { countTables, tableNamesFromCounts, type Query } from './tables'
import { extractTar } from './tar'

/** The target holds data and `--force` was not given: nothing was changed. */
export class TargetNotEmpty extends Error {
  override name = 'TargetNotEmpty'
}

/** The restored database's counts differ from the manifest's. */
export class CountMismatch extends Error {
  override name = 'CountMismatch'
}

export type RestoreResult = { seconds: number; counts: Counts; mediaFiles: number }

const MEDIA_PREFIX = 'media/'

function differences(expected: Counts, actual: Counts): string[] {
  return (['collections', 'versions', 'globals'] as const).flatMap((part) =>
    Object.entries(expected[part])
      .filter(([slug, { rows }]) => actual[part][slug]?.rows !== rows)
      .map(
        ([slug, { rows }]) =>
          `${part} ${slug}: ${actual[part][slug]?.rows} rows, the manifest says ${rows}`,
      ),
  )
}

const total = (part: Counts[keyof Counts]) =>
  Object.values(part).reduce((sum, { rows }) => sum + rows, 0)

/**
 * Restores an archive of `npm run backup` into the database of DATABASE_URL and the media store
 * (MEDIA_DIR or the bucket). Every file is checked against the manifest before anything is
 * touched; the target must be empty unless `force`, which replaces what it holds.
 */
export async function restoreBackup(
  env: AppEnv,
  archive: string,
  force: boolean,
  log: (line: string) => void,
): Promise<RestoreResult> {
  const started = Date.now()
  if (!fs.existsSync(archive))
    throw new Error(`${archive} does not exist: give the path of an archive of npm run backup.`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-restore-'))
  try {
    log(`[restore] 1/4 verifying ${archive}…`)
    let extracted: string[]
    try {
      extracted = await extractTar(archive, work)
    } catch (error) {
      throw new DamagedArchive(`the archive cannot be read: ${(error as Error).message}`)
    }
    const manifest = readManifest(work)
    const report = progressEvery(manifest.files.length)
    await verifyFiles(work, manifest, extracted, (done, all) => {
      if (report(done)) log(`[restore] 1/4 verified ${done}/${all} files against the manifest`)
    })
    await checkTarget(env, manifest, force, log)

    log(`[restore] 2/4 database (${manifest.database.kind})…`)
    const dumpFile = path.join(work, manifest.database.file)
    let query: <T>(read: (query: Query) => Promise<T>) => Promise<T>
    if (manifest.database.kind === 'sqlite') {
      const file = sqliteFileOf(env.databaseUrl)
      restoreSqlite(dumpFile, file)
      query = (read) => withSqliteFile(file, read)
    } else {
      if (force && (await postgresContents(env.databaseUrl))) await clearPostgres(env.databaseUrl)
      await restorePostgres(dumpFile, env.databaseUrl)
      query = (read) => withPostgres(env.databaseUrl, read)
    }

    const store = mediaStoreOf(env)
    const media = manifest.files.filter((entry) => entry.path.startsWith(MEDIA_PREFIX))
    log(`[restore] 3/4 media: ${fileCount(media.length)} into ${store.description}`)
    if (force) await store.clear()
    const mediaReport = progressEvery(media.length)
    for (const [index, entry] of media.entries()) {
      const key = entry.path.slice(MEDIA_PREFIX.length)
      await store.write(key, path.join(work, entry.path), manifest.media.contentTypes?.[key])
      if (mediaReport(index + 1)) log(`[restore] 3/4 media: ${index + 1}/${media.length} files`)
    }

    const counts = await query((run) => countTables(run, tableNamesFromCounts(manifest.counts)))
    const mediaFiles = (await store.list()).length
    const wrong = differences(manifest.counts, counts)
    if (mediaFiles !== manifest.media.files)
      wrong.push(`media: ${mediaFiles} files, the manifest says ${manifest.media.files}`)
    if (wrong.length > 0)
      throw new CountMismatch(`the restore does not match the manifest: ${wrong.join('; ')}`)
    log(
      `[restore] 4/4 counts match the manifest: ${total(counts.collections)} documents in ` +
        `${Object.keys(counts.collections).length} collections, ${total(counts.versions)} versions, ` +
        `${plural(total(counts.globals), 'global')}, ${plural(mediaFiles, 'media file')}`,
    )
    return { seconds: seconds(started), counts, mediaFiles }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** Refuses a target that holds data, unless `force`; the archive's database must be of its kind. */
async function checkTarget(
  env: AppEnv,
  manifest: Manifest,
  force: boolean,
  log: (line: string) => void,
) {
  if (env.databaseKind !== manifest.database.kind)
    throw new Error(
      `the archive holds a ${manifest.database.kind} database but DATABASE_URL is ${env.databaseKind}: ` +
        `point DATABASE_URL at an empty ${manifest.database.kind} database.`,
    )
  const database =
    manifest.database.kind === 'sqlite'
      ? await sqliteContents(sqliteFileOf(env.databaseUrl))
      : await postgresContents(env.databaseUrl).catch((error: Error) => {
          throw new Error(
            `cannot open the target database (${error.message}): create it first (createdb <name>) and check DATABASE_URL.`,
          )
        })
  const store = mediaStoreOf(env)
  const files = (await store.list()).length
  const held = [
    database,
    files > 0 ? `${store.description} has ${fileCount(files)}` : undefined,
  ].filter((what): what is string => what !== undefined)
  if (held.length === 0) return
  if (!force)
    throw new TargetNotEmpty(
      `the target is not empty: ${held.join(', and ')}. Nothing was changed. Restore into an empty ` +
        'database and media store (a new DATABASE_URL, and an empty MEDIA_DIR or bucket), or add ' +
        '--force to replace what they hold.',
    )
  log(`[restore] --force: replacing what the target holds (${held.join(', and ')})`)
}
