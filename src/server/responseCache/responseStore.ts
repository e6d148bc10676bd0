import { sizeBoundedLru } from '@/utilities/sizeBoundedLru'

export type CachedResponse = {
  status: number
  headers: Record<string, string>
  body: Buffer
  etag: string
}

export type ResponseStore = {
  get: (key: string) => Promise<CachedResponse | undefined>
  set: (key: string, value: CachedResponse) => Promise<void>
  close: () => Promise<void>
}

/** An LRU bounded in bytes: the least recently read responses go first. */
export function memoryStore(maxBytes: number): ResponseStore & { bytes: () => number } {
  const entries = sizeBoundedLru<CachedResponse>(
    maxBytes,
    (key, value) => key.length + value.body.length + 200,
  )
  return {
    close: async () => entries.clear(),
    bytes: () => entries.bytes,
    get: async (key) => entries.get(key),
    set: async (key, value) => entries.set(key, value),
  }
}

/** Shared by every instance; old versions' entries expire on their own. */
export function redisStore(url: string, ttlSeconds: number): ResponseStore {
  // Loaded only where Redis is used: the client costs every start otherwise.
  const ready = import('redis').then(async ({ createClient }) => {
    const client = createClient({ url })
    client.on('error', (error: Error) =>
      console.error(`[grappes] redis (response cache): ${error.message}`),
    )
    await client.connect()
    return client
  })
  return {
    close: async () => {
      await (await ready).quit()
    },
    get: async (key) => {
      const raw = await (await ready).get(`grappes:http:${key}`)
      if (!raw) return undefined
      const parsed = JSON.parse(raw) as Omit<CachedResponse, 'body'> & { body: string }
      return { ...parsed, body: Buffer.from(parsed.body, 'base64') }
    },
    set: async (key, value) => {
      const client = await ready
      const raw = JSON.stringify({ ...value, body: value.body.toString('base64') })
      await client.set(`grappes:http:${key}`, raw, { EX: ttlSeconds })
    },
  }
}
