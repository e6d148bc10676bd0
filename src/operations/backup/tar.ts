import { createHash } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'

/**
 * A gzip-compressed tar archive (POSIX ustar, with a pax `path` record for names longer than 100
 * bytes), written and read with Node's own zlib: the archive opens with any `tar -xzf`, and the
 * backup needs no archiving package. Only regular files are written or read.
 */

const BLOCK = 512
const MAX_FILE_BYTES = 8 ** 11 - 1 // the largest size the 11 octal digits of ustar can say

export type WrittenEntry = { path: string; bytes: number; sha256: string }

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function header(name: string, size: number, type: '0' | 'x'): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(name.slice(0, 100), 0, 'utf8')
  block.write(octal(0o644, 8), 100)
  block.write(octal(0, 8), 108)
  block.write(octal(0, 8), 116)
  block.write(octal(size, 12), 124)
  block.write(octal(Math.floor(Date.now() / 1000), 12), 136)
  block.write(' '.repeat(8), 148)
  block.write(type, 156)
  block.write('ustar\0' + '00', 257, 'binary')
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(sum, 7) + ' ', 148)
  return block
}

/** A pax record `"<len> path=<name>\n"`, whose length counts its own digits. */
function paxPath(name: string): Buffer {
  const body = ` path=${name}\n`
  let length = Buffer.byteLength(body) + 1
  while (String(length).length + Buffer.byteLength(body) !== length)
    length = String(length).length + Buffer.byteLength(body)
  return Buffer.from(`${length}${body}`)
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)

export class TarWriter {
  private readonly gzip = zlib.createGzip({ level: 6 })
  private readonly done: Promise<void>

  constructor(archivePath: string) {
    const file = fs.createWriteStream(archivePath, { flags: 'wx' })
    this.gzip.pipe(file)
    this.done = new Promise((resolve, reject) => {
      file.once('close', resolve)
      file.once('error', reject)
      this.gzip.once('error', reject)
    })
  }

  private async write(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain')
  }

  private async writeHeader(name: string, size: number): Promise<void> {
    if (size > MAX_FILE_BYTES)
      throw new Error(`${name} is larger than a tar entry can hold (8 GiB)`)
    if (Buffer.byteLength(name) > 100) {
      const record = paxPath(name)
      await this.write(header('PaxHeader', record.length, 'x'))
      await this.write(Buffer.concat([record, padding(record.length)]))
    }
    await this.write(header(name, size, '0'))
  }

  /** Adds `size` bytes read from `body` as `name`; fails if the source has more or fewer bytes. */
  async addStream(name: string, size: number, body: Readable): Promise<WrittenEntry> {
    await this.writeHeader(name, size)
    const hash = createHash('sha256')
    let bytes = 0
    for await (const chunk of body as AsyncIterable<Buffer>) {
      bytes += chunk.length
      if (bytes > size) break
      hash.update(chunk)
      await this.write(chunk)
    }
    if (bytes !== size)
      throw new Error(`${name} changed while it was being archived (${size} bytes expected)`)
    await this.write(padding(size))
    return { path: name, bytes, sha256: hash.digest('hex') }
  }

  async addFile(name: string, file: string): Promise<WrittenEntry> {
    const { size } = await fs.promises.stat(file)
    return this.addStream(name, size, fs.createReadStream(file))
  }

  async addBuffer(name: string, content: Buffer): Promise<void> {
    await this.writeHeader(name, content.length)
    await this.write(Buffer.concat([content, padding(content.length)]))
  }

  /** Writes the two empty blocks that end a tar archive and waits for the file to be closed. */
  async finish(): Promise<void> {
    this.gzip.end(Buffer.alloc(BLOCK * 2))
    await this.done
  }
}

/** The archive's name for a file, turned into a path inside `root`; a name that leaves it is refused. */
function insideRoot(root: string, name: string): string {
  const target = path.resolve(root, name)
  if (path.isAbsolute(name) || !target.startsWith(root + path.sep))
    throw new Error(`the archive holds a file outside its folder: "${name}"`)
  return target
}

type Entry = { name: string; remaining: number; skip: number; fd: number | undefined }

/**
 * Extracts every regular file of a .tar.gz into `root` (which must exist); returns their names.
 * Headers of other kinds (folders, links) are skipped with their data.
 */
export async function extractTar(archivePath: string, root: string): Promise<string[]> {
  const names: string[] = []
  let pending: Buffer = Buffer.alloc(0)
  let entry: Entry | undefined
  let skip = 0
  let longName: string | undefined
  let ended = false
  const input = fs.createReadStream(archivePath).pipe(zlib.createGunzip())
  for await (const chunk of input as AsyncIterable<Buffer>) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
    while (pending.length > 0 && !ended) {
      if (skip > 0) {
        const dropped = Math.min(skip, pending.length)
        pending = pending.subarray(dropped)
        skip -= dropped
      } else if (entry) {
        const part = pending.subarray(0, Math.min(entry.remaining, pending.length))
        if (entry.fd !== undefined) fs.writeSync(entry.fd, part)
        else longName = (longName ?? '') + part.toString('utf8')
        entry.remaining -= part.length
        pending = pending.subarray(part.length)
        if (entry.remaining === 0) {
          if (entry.fd !== undefined) fs.closeSync(entry.fd)
          else longName = /\d+ path=(.*)\n/.exec(longName ?? '')?.[1]
          skip = entry.skip
          entry = undefined
        }
      } else if (pending.length >= BLOCK) {
        const block = pending.subarray(0, BLOCK)
        pending = pending.subarray(BLOCK)
        if (block.every((byte) => byte === 0)) {
          ended = true
          break
        }
        const size = parseInt(block.toString('ascii', 124, 136).replace(/\0.*$/, '').trim(), 8)
        if (Number.isNaN(size)) throw new Error('the archive is not a tar file')
        const type = block.toString('ascii', 156, 157)
        const prefix = block.toString('utf8', 345, 500).replace(/\0.*$/s, '')
        const shortName = block.toString('utf8', 0, 100).replace(/\0.*$/s, '')
        const pad = (BLOCK - (size % BLOCK)) % BLOCK
        if (type === 'x') {
          entry = { name: 'pax', remaining: size, skip: pad, fd: undefined }
          longName = ''
        } else if (type === '0' || type === '\0') {
          const name = longName ?? (prefix ? `${prefix}/${shortName}` : shortName)
          longName = undefined
          const target = insideRoot(root, name)
          fs.mkdirSync(path.dirname(target), { recursive: true })
          names.push(name)
          entry = { name, remaining: size, skip: pad, fd: fs.openSync(target, 'wx') }
          if (size === 0) {
            fs.closeSync(entry.fd as number)
            skip = pad
            entry = undefined
          }
        } else skip = size + pad
      } else break
    }
  }
  if (entry || !ended) throw new Error('the archive ends in the middle: it is incomplete')
  return names
}
