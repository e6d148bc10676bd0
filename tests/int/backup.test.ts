import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { collectionSlugs, globalSlugs } from '@/constants/slugs'
import { readManifest, type Manifest } from '@/operations/backup/manifest'
import { extractTar } from '@/operations/backup/tar'
import { dumpContent } from '../helpers/contentDump'
import { createTestDatabase, type TestDatabase } from '../helpers/database'
import { harbourPng } from '../helpers/mediaFiles'
import { runNpmScript, type ScriptRun } from '../helpers/npmScript'
import { connectPayload } from '../helpers/payload'
import {
  ADMIN,
  apiAnswer,
  startProductionServer,
  type RunningSite,
} from '../helpers/productionServer'
import { startS3Server, type S3TestServer } from '../helpers/s3Server'
import { serveDatabase } from '../helpers/serverOnDatabase'

type Target = { database: TestDatabase; mediaDir: string }

let site: RunningSite
let token: string
let work: string
const targets: Target[] = []
const timings: string[] = []

const login = async (server: RunningSite) =>
  (await apiAnswer(server, '/users/login', { method: 'POST', body: ADMIN })).body.token as string

async function emptyTarget(): Promise<Target> {
  const target = {
    database: await createTestDatabase(),
    mediaDir: fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-restored-media-')),
  }
  targets.push(target)
  return target
}

const backup = async (archive: string, env: Record<string, string> = {}): Promise<ScriptRun> => {
  const run = await runNpmScript('backup', ['--out', archive], {
    DATABASE_URL: site.database.url,
    MEDIA_DIR: site.mediaDir,
    ...env,
  })
  const size = fs.existsSync(archive) ? `${fs.statSync(archive).size} bytes` : 'no archive'
  const own = /\) in ([\d.]+) s \(/.exec(run.output)?.[1]
  timings.push(`backup ${own} s (${run.seconds.toFixed(1)} s in all), ${size}`)
  return run
}

const restore = async (
  archive: string,
  target: Target & { env?: Record<string, string> },
  ...flags: string[]
) => {
  const run = await runNpmScript('restore', [archive, ...flags], {
    DATABASE_URL: target.database.url,
    MEDIA_DIR: target.mediaDir,
    ...target.env,
  })
  const own = /\[restore\] done in ([\d.]+) s/.exec(run.output)?.[1]
  timings.push(`restore ${own ? `${own} s` : 'refused'} (${run.seconds.toFixed(1)} s in all)`)
  return run
}

/** Every media file under `dir` with its SHA-256. */
function mediaChecksums(dir: string): Record<string, string> {
  const sums: Record<string, string> = {}
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (fs.statSync(file).isFile())
      sums[name] = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  }
  return sums
}

/** What an admin reads over REST: every collection and global, in both locales, drafts included. */
async function apiDump(server: RunningSite, as: string): Promise<string> {
  const dump: Record<string, unknown> = {}
  for (const locale of ['en', 'fr']) {
    for (const slug of Object.values(collectionSlugs)) {
      const query = `depth=0&pagination=false&draft=true&sort=id&locale=${locale}`
      const answer = await apiAnswer(server, `/${slug}?${query}`, { token: as })
      expect(answer.status).toBe(200)
      dump[`${slug} ${locale}`] = answer.body.docs
    }
    for (const slug of Object.values(globalSlugs)) {
      const answer = await apiAnswer(
        server,
        `/globals/${slug}?depth=0&draft=true&locale=${locale}`,
        {
          token: as,
        },
      )
      expect(answer.status).toBe(200)
      dump[`${slug} ${locale}`] = answer.body
    }
  }
  // Media URLs carry the server's address (the audit log keeps those of the server that wrote
  // it); the two servers listen on different ports.
  return JSON.stringify(dump, null, 1)
    .replaceAll(server.base, 'http://grappes')
    .replaceAll(site.base, 'http://grappes')
}

async function manifestOf(archive: string): Promise<Manifest> {
  const dir = fs.mkdtempSync(path.join(work, 'manifest-'))
  await extractTar(archive, dir)
  return readManifest(dir)
}

/** A copy of the archive with one byte of `entry`'s content changed. */
function tampered(archive: string, entry: string): string {
  const tar = zlib.gunzipSync(fs.readFileSync(archive))
  let offset = 0
  while (tar.toString('utf8', offset, offset + entry.length + 1) !== `${entry}\0`) offset += 512
  tar[offset + 512 + 10] ^= 0xff
  const copy = path.join(work, 'tampered.tar.gz')
  fs.writeFileSync(copy, zlib.gzipSync(tar))
  return copy
}

/** Anonymous reads, one after another, until `stop` is called: their statuses. */
function readLoop(server: RunningSite) {
  let running = true
  const statuses: number[] = []
  const done = (async () => {
    while (running)
      statuses.push((await fetch(`${server.base}/api/clusters?locale=fr&depth=1`)).status)
  })()
  return async () => {
    running = false
    await done
    return statuses
  }
}

type Written = { id: number; title: string; summary: string; published: boolean }

/** An editor's loop: create a draft story, then publish it; what the server acknowledged. */
function writeLoop(server: RunningSite, as: string) {
  let running = true
  const acknowledged = new Map<number, Written>()
  const done = (async () => {
    for (let n = 0; running && n < 500; n++) {
      const story = { title: `Written during a backup ${n}`, summary: `Summary number ${n}` }
      const created = await apiAnswer(server, '/stories?draft=true', {
        method: 'POST',
        body: { ...story, _status: 'draft' },
        token: as,
      })
      expect(created.status).toBe(201)
      const id = created.body.doc.id as number
      acknowledged.set(id, { id, ...story, published: false })
      const published = await apiAnswer(server, `/stories/${id}`, {
        method: 'PATCH',
        body: { _status: 'published' },
        token: as,
      })
      expect(published.status).toBe(200)
      acknowledged.set(id, { id, ...story, published: true })
    }
  })()
  return {
    acknowledged,
    stop: async () => {
      running = false
      await done
    },
  }
}

/** An image through the REST API: the seed uploads none, and Media makes three sizes of it. */
async function uploadImage(name: string): Promise<void> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await harbourPng())], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: 'The port of Montréal' }))
  const response = await fetch(`${site.base}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  expect(response.status).toBe(201)
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-backup-test-'))
  site = await startProductionServer()
  token = await login(site)
  await uploadImage('harbour.png')
}, 300_000)

afterAll(async () => {
  await site?.stop()
  for (const { database, mediaDir } of targets) {
    await database.drop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
  if (work) fs.rmSync(work, { recursive: true, force: true })
  console.log(`[backup.test] ${site?.database.kind}: ${timings.join('; ')}`)
})

describe('npm run backup and npm run restore', () => {
  let archive: string

  it('a backup taken while the server serves reads restores, into an empty database and media folder, to the same rows, API answers in both locales and media files', async () => {
    archive = path.join(work, 'seeded.tar.gz')
    const stopReading = readLoop(site)
    const made = await backup(archive)
    const statuses = await stopReading()
    expect(made.output).toMatch(/\[backup\] 2\/3 media: \d+ files in the media folder /)
    expect(made.output).toMatch(
      /\[backup\] wrote \S+seeded\.tar\.gz \([\d.]+ (KB|MB)\) in [\d.]+ s \([\d.]+ s with the start of Payload\)\n$/,
    )
    expect(made.code).toBe(0)
    expect(statuses.length).toBeGreaterThan(0)
    expect(statuses.filter((status) => status !== 200)).toEqual([])

    const manifest = await manifestOf(archive)
    expect(manifest.database.kind).toBe(site.database.kind)
    expect(manifest.migrations.length).toBeGreaterThan(0)
    expect(manifest.counts.collections[collectionSlugs.clusters].rows).toBe(15)
    expect(manifest.counts.collections[collectionSlugs.media].rows).toBe(1)
    expect(manifest.media.files).toBe(4)
    expect(Object.keys(mediaChecksums(site.mediaDir))).toHaveLength(4)

    const target = await emptyTarget()
    const restored = await restore(archive, target)
    expect(restored.output).toContain('[restore] 4/4 counts match the manifest')
    expect(restored.code).toBe(0)
    expect(await dumpContent(target.database)).toEqual(await dumpContent(site.database))
    expect(mediaChecksums(target.mediaDir)).toEqual(mediaChecksums(site.mediaDir))

    const before = await apiDump(site, token)
    const server = await serveDatabase(target.database, target.mediaDir)
    try {
      // The session made before the backup is in the restore (signing in again would write one).
      expect(await apiDump(server, token)).toEqual(before)
    } finally {
      await server.stop()
    }
  })

  it('restore refuses a database that is not empty without --force, and changes nothing', async () => {
    const rows = await dumpContent(site.database)
    const refused = await restore(archive, { database: site.database, mediaDir: site.mediaDir })
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(
      /\[restore\] refused: the target is not empty: the (SQLite file|PostgreSQL database) \S+ has \d+ tables, and the media folder \S+ has \d+ files\. Nothing was changed\..*--force/,
    )
    expect(await dumpContent(site.database)).toEqual(rows)
  })

  it('restore refuses an archive with one byte changed in a media file, naming it, and changes nothing', async () => {
    const manifest = await manifestOf(archive)
    const media = manifest.files.find((file) => file.path.startsWith('media/'))?.path ?? ''
    const bad = tampered(archive, media)

    const target = await emptyTarget()
    const refused = await restore(bad, target)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain(
      `[restore] refused: ${media} does not match its checksum in the manifest`,
    )
    expect(await dumpContent(target.database)).toEqual({})
    expect(fs.readdirSync(target.mediaDir)).toEqual([])

    const rows = await dumpContent(site.database)
    const media0 = mediaChecksums(site.mediaDir)
    const forced = await restore(
      bad,
      { database: site.database, mediaDir: site.mediaDir },
      '--force',
    )
    expect(forced.code).toBe(1)
    expect(forced.output).toContain(`${media} does not match its checksum in the manifest`)
    expect(await dumpContent(site.database)).toEqual(rows)
    expect(mediaChecksums(site.mediaDir)).toEqual(media0)
  })

  it('a backup taken during REST creates and publishes restores whole documents, with the counts of its manifest', async () => {
    const during = path.join(work, 'during-writes.tar.gz')
    const writes = writeLoop(site, token)
    while (writes.acknowledged.size < 2) await new Promise((resolve) => setTimeout(resolve, 50))
    const before = new Map(writes.acknowledged)
    const made = await backup(during)
    const whileBackingUp = writes.acknowledged.size
    await writes.stop()
    expect(made.code).toBe(0)
    // The editor kept writing while the backup ran.
    expect(whileBackingUp).toBeGreaterThan(before.size)

    const manifest = await manifestOf(during)
    const target = await emptyTarget()
    const restored = await restore(during, target)
    expect(restored.code).toBe(0)
    const rows = await dumpContent(target.database, { everything: true })
    for (const part of ['collections', 'versions', 'globals'] as const)
      for (const { table, rows: count } of Object.values(manifest.counts[part]))
        expect([table, rows[table]?.length]).toEqual([table, count])

    const restoredPayload = await connectPayload(target.database, target.mediaDir)
    try {
      const { docs } = await restoredPayload.payload.find({
        collection: collectionSlugs.stories,
        where: { title: { like: 'Written during a backup' } },
        draft: true,
        pagination: false,
        overrideAccess: true,
        depth: 0,
      })
      // Everything acknowledged before the backup began is in it; nothing it holds is partial.
      const restoredStatus = new Map(docs.map((doc) => [doc.id, doc._status]))
      for (const { id, published } of before.values())
        expect([id, restoredStatus.get(id)]).toEqual([
          id,
          published ? 'published' : expect.any(String),
        ])
      for (const doc of docs) {
        const sent = writes.acknowledged.get(doc.id)
        expect({ title: doc.title, summary: doc.summary }).toEqual({
          title: sent?.title,
          summary: sent?.summary,
        })
        const versions = await restoredPayload.payload.findVersions({
          collection: collectionSlugs.stories,
          where: { parent: { equals: doc.id }, latest: { equals: true } },
          overrideAccess: true,
        })
        expect(versions.docs.map((version) => version.version._status)).toEqual([doc._status])
      }
    } finally {
      await restoredPayload.teardown()
    }
  })

  it('media in a bucket: backed up from it and restored into an empty bucket, byte for byte; a bucket that is not empty is refused', async () => {
    const buckets: S3TestServer[] = []
    try {
      const source = await startS3Server('grappes-media')
      buckets.push(source)
      // The site's media, as a bucket deployment holds them (storage-s3 keys are file names).
      const files = Object.keys(mediaChecksums(site.mediaDir)).sort()
      const contentType = (file: string) => (file.endsWith('.png') ? 'image/png' : 'image/webp')
      const clientOf = (server: S3TestServer) =>
        new S3Client({
          endpoint: server.env.S3_ENDPOINT,
          region: 'us-east-1',
          forcePathStyle: true,
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        })
      const sourceClient = clientOf(source)
      for (const file of files)
        await sourceClient.send(
          new PutObjectCommand({
            Bucket: 'grappes-media',
            Key: file,
            Body: fs.readFileSync(path.join(site.mediaDir, file)),
            ContentType: contentType(file),
          }),
        )
      sourceClient.destroy()

      const fromBucket = path.join(work, 'bucket.tar.gz')
      const made = await backup(fromBucket, source.env)
      expect(made.output).toContain('[backup] 2/3 media: 4 files in the bucket grappes-media')
      expect(made.code).toBe(0)

      const destination = await startS3Server('grappes-restored')
      buckets.push(destination)
      const target = { ...(await emptyTarget()), env: destination.env }
      const restored = await restore(fromBucket, target)
      expect(restored.output).toContain(
        '[restore] 3/4 media: 4 files into the bucket grappes-restored',
      )
      expect(restored.code).toBe(0)
      expect(await destination.keys()).toEqual(files)
      const destinationClient = clientOf(destination)
      for (const file of files) {
        expect(await destination.object(file)).toEqual(
          fs.readFileSync(path.join(site.mediaDir, file)),
        )
        const head = await destinationClient.send(
          new HeadObjectCommand({ Bucket: 'grappes-restored', Key: file }),
        )
        expect([file, head.ContentType]).toEqual([file, contentType(file)])
      }
      destinationClient.destroy()

      const again = await restore(fromBucket, { ...(await emptyTarget()), env: destination.env })
      expect(again.code).toBe(1)
      expect(again.output).toContain('the bucket grappes-restored has 4 files')
    } finally {
      for (const bucket of buckets) await bucket.stop()
    }
  })
})
