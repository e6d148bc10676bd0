/**
 * Documents as one reader got them from a list read, serialized, kept for the content version
 * they were read at: a move of the version (any change of public content) empties the store at
 * once. Least recently used entries go first beyond `maxBytes`.
 */
export type DocumentStore = {
  /** The serialized document, if it was stored at `version`. */
  get(version: string, key: string): string | undefined
  /** Keeps `json` under `key`, unless the version has moved on since it was read. */
  set(version: string, key: string, json: string): void
  readonly bytes: number
}

export function documentStore(maxBytes: number): DocumentStore {
  let current = ''
  let bytes = 0
  const entries = new Map<string, string>()

  const clearFor = (version: string) => {
    if (version === current) return
    current = version
    entries.clear()
    bytes = 0
  }

  return {
    get(version, key) {
      if (version !== current) return undefined
      const json = entries.get(key)
      if (json === undefined) return undefined
      entries.delete(key)
      entries.set(key, json)
      return json
    },
    set(version, key, json) {
      clearFor(version)
      const size = key.length + json.length * 2
      if (size > maxBytes) return
      const previous = entries.get(key)
      if (previous !== undefined) bytes -= key.length + previous.length * 2
      entries.delete(key)
      entries.set(key, json)
      bytes += size
      for (const [oldest, value] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= oldest.length + value.length * 2
      }
    },
    get bytes() {
      return bytes
    },
  }
}
