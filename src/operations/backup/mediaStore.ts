import fs from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'

import type { AppEnv } from '@/env'

import { bucketStore } from './mediaBucket'

/** One media file: its key (a path relative to the folder, or the object's key in the bucket). */
export type StoredFile = { key: string; size: number; contentType?: string }

/** Where media files live: the folder MEDIA_DIR, or the S3 bucket when one is configured. */
export type MediaStore = {
  kind: 'disk' | 's3'
  /** Named in messages: "the media folder /srv/media" or "the bucket grappes-media". */
  description: string
  list: () => Promise<StoredFile[]>
  read: (file: StoredFile) => Promise<Readable>
  write: (key: string, source: string, contentType?: string) => Promise<void>
  /** Removes every file (restore --force). */
  clear: () => Promise<void>
}

function filesUnder(root: string, dir = root): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(root, full)
    return entry.isFile() ? [path.relative(root, full).split(path.sep).join('/')] : []
  })
}

export function folderStore(dir: string): MediaStore {
  const root = path.resolve(dir)
  return {
    kind: 'disk',
    description: `the media folder ${root}`,
    list: async () =>
      filesUnder(root)
        .sort()
        .map((key) => ({ key, size: fs.statSync(path.join(root, key)).size })),
    read: async ({ key }) => fs.createReadStream(path.join(root, key)),
    write: async (key, source) => {
      const target = path.resolve(root, key)
      if (!target.startsWith(root + path.sep))
        throw new Error(`the archive's media file "${key}" would be written outside ${root}`)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(source, target)
    },
    clear: async () => {
      for (const key of filesUnder(root)) fs.rmSync(path.join(root, key))
    },
  }
}

export const mediaStoreOf = (env: AppEnv): MediaStore =>
  env.storage ? bucketStore(env.storage) : folderStore(env.mediaDir)
