import { rebuildSearchIndex } from '@/plugins/fullTextSearch'
import { bootPayload } from '@/server/bootstrap'

/** `npm run search:rebuild`: empties the search index and indexes every published document again. */
async function main(): Promise<void> {
  const started = Date.now()
  const { payload } = await bootPayload()
  let last = 0
  const indexed = await rebuildSearchIndex(payload, (done, total, collection) => {
    // A line per batch, and none twice for the same count (an empty collection adds nothing).
    if (done === last && done !== 0) return
    last = done
    console.log(`[search] indexed ${done}/${total} (${collection})`)
  })
  console.log(
    `[search] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${indexed} published documents indexed.`,
  )
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[search] ${(error as Error)?.message ?? String(error)}`)
  process.exit(1)
})
