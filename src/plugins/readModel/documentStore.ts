import { sizeBoundedLru } from '@/utilities/sizeBoundedLru'

/**
 * Documents as one reader got them from a list read, serialized, kept for the content version
 * they were read at: a move of the version (any change of public content) empties the store at
 * once. Least recently used entries go first beyond `maxBytes`.
 */
export type DocumentStore = {
  /** The serialized document, if it was stored at `version`. */
  get(version: string, key: string): string | undefined
  /** Keeps `json` under `key` for `version` (a newer version than the one kept empties the store). */
  set(version: string, key: string, json: string): void
  readonly bytes: number
}

export function documentStore(maxBytes: number): DocumentStore {
  let current = ''
  const entries = sizeBoundedLru<string>(maxBytes, (key, json) => key.length + json.length * 2)
  return {
    get: (version, key) => (version === current ? entries.get(key) : undefined),
    set(version, key, json) {
      if (version !== current) {
        current = version
        entries.clear()
      }
      entries.set(key, json)
    },
    get bytes() {
      return entries.bytes
    },
  }
}
