import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { WrittenEntry } from './tar'

export const MANIFEST_NAME = 'manifest.json'
export const MANIFEST_FORMAT = 'grappes-backup/1'

/** Rows of one table of the snapshot: a collection's documents, its versions, or a global. */
export type TableCount = { table: string; rows: number }

export type Counts = {
  collections: Record<string, TableCount>
  versions: Record<string, TableCount>
  globals: Record<string, TableCount>
}

export type Manifest = {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  grappesVersion: string
  payloadVersion: string
  database: {
    kind: 'sqlite' | 'postgres'
    /** The archive's file that holds the database: a SQLite file or a `pg_dump --format=custom`. */
    file: string
    /** `pg_dump --version`, for PostgreSQL: pg_restore must be this version or newer. */
    tool?: string
  }
  /** Names of the migrations applied to the database, in order. */
  migrations: string[]
  counts: Counts
  media: {
    source: 'disk' | 's3'
    files: number
    bytes: number
    /** The content type of each object, for a bucket (S3 serves it back as stored). */
    contentTypes?: Record<string, string>
  }
  /** Every file of the archive but the manifest itself, with its size and SHA-256. */
  files: WrittenEntry[]
}

export class DamagedArchive extends Error {
  override name = 'DamagedArchive'
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Reads the manifest of an extracted archive; a missing or foreign one is a damaged archive. */
export function readManifest(root: string): Manifest {
  const file = path.join(root, MANIFEST_NAME)
  if (!fs.existsSync(file))
    throw new DamagedArchive(
      `the archive has no ${MANIFEST_NAME}: it was not made by npm run backup`,
    )
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== MANIFEST_FORMAT)
    throw new DamagedArchive(
      `the archive's format is "${manifest.format}", this version reads "${MANIFEST_FORMAT}"`,
    )
  return manifest
}

/**
 * Checks that the extracted files are exactly those of the manifest, each with its size and
 * SHA-256; the first difference is thrown, naming the file.
 */
export async function verifyFiles(
  root: string,
  manifest: Manifest,
  extracted: string[],
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const listed = new Set(manifest.files.map((entry) => entry.path))
  if (!listed.has(manifest.database.file))
    throw new DamagedArchive(
      `the manifest does not list its database file ${manifest.database.file}`,
    )
  const extra = extracted.find((name) => name !== MANIFEST_NAME && !listed.has(name))
  if (extra) throw new DamagedArchive(`${extra} is in the archive but not in its manifest`)
  let done = 0
  for (const entry of manifest.files) {
    const file = path.join(root, entry.path)
    if (!fs.existsSync(file))
      throw new DamagedArchive(`${entry.path} is in the manifest but missing from the archive`)
    const sha256 = await sha256Of(file)
    if (sha256 !== entry.sha256 || fs.statSync(file).size !== entry.bytes)
      throw new DamagedArchive(
        `${entry.path} does not match its checksum in the manifest (sha256 ${sha256}, expected ${entry.sha256})`,
      )
    onProgress(++done, manifest.files.length)
  }
}
