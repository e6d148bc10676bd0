/** True about ten times over `total` steps, and at the last one: progress lines without a flood. */
export const progressEvery = (total: number) => {
  const step = Math.max(1, Math.ceil(total / 10))
  return (done: number) => done % step === 0 || done === total
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const seconds = (since: number) => (Date.now() - since) / 1000

/** "1 file", "4 files". */
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

export const fileCount = (count: number) => plural(count, 'file')
