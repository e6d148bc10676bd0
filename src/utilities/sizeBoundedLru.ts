/** Entries kept up to `maxBytes` (as `sizeOf` counts them): the least recently read go first. */
export type SizeBoundedLru<V> = {
  get(key: string): V | undefined
  set(key: string, value: V): void
  clear(): void
  readonly bytes: number
}

export function sizeBoundedLru<V>(
  maxBytes: number,
  sizeOf: (key: string, value: V) => number,
): SizeBoundedLru<V> {
  const entries = new Map<string, V>()
  let bytes = 0
  return {
    get(key) {
      const value = entries.get(key)
      if (value !== undefined) {
        entries.delete(key)
        entries.set(key, value)
      }
      return value
    },
    set(key, value) {
      const size = sizeOf(key, value)
      if (size > maxBytes) return
      const previous = entries.get(key)
      if (previous !== undefined) {
        bytes -= sizeOf(key, previous)
        entries.delete(key)
      }
      entries.set(key, value)
      bytes += size
      for (const [oldest, old] of entries) {
        if (bytes <= maxBytes) break
        entries.delete(oldest)
        bytes -= sizeOf(oldest, old)
      }
    },
    clear() {
      entries.clear()
      bytes = 0
    },
    get bytes() {
      return bytes
    },
  }
}
