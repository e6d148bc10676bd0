import { bootPayload } from '../../src/server/bootstrap'

/**
 * Bench data: `tsx scripts/bench-data.ts <stories> <companies>` adds that many published stories
 * and companies to a seeded database, straight through the database adapter (no hooks or
 * versions: only reads are measured). The source pages name the StarTech program but no single
 * story, so even the seeded case gets one page of stories to list.
 */
async function main(): Promise<void> {
  const [stories, companies] = process.argv.slice(2).map(Number)
  if (!Number.isInteger(stories) || !Number.isInteger(companies))
    throw new Error('usage: tsx scripts/bench-data.ts <stories> <companies>')
  const { payload } = await bootPayload()
  const clusters = (
    await payload.find({ collection: 'clusters', limit: 100, depth: 0, overrideAccess: true })
  ).docs
  // Numbered after what is there, so that a second batch adds to the first.
  const count = async (collection: 'stories' | 'companies') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  const [storyOffset, companyOffset] = [await count('stories'), await count('companies')]
  const started = Date.now()
  const progress = (what: string, done: number, total: number) => {
    if (done % Math.max(1, Math.ceil(total / 4)) === 0 || done === total)
      console.log(`[bench-data] ${what} ${done}/${total}`)
  }
  for (let n = 0; n < companies; n++) {
    const i = companyOffset + n
    await payload.db.create({
      collection: 'companies',
      data: {
        name: `Bench company ${i}`,
        slug: `bench-company-${i}`,
        clusters: [clusters[i % clusters.length].id],
        _status: 'published',
      },
    })
    progress('companies', n + 1, companies)
  }
  for (let n = 0; n < stories; n++) {
    const i = storyOffset + n
    await payload.db.create({
      collection: 'stories',
      data: {
        title: `StarTech story ${i}`,
        slug: `bench-story-${i}`,
        summary: 'A company of the Québec technology industry, in its own words.',
        edition: i % 2 ? '2017-2018' : '2018-2019',
        publishedAt: new Date(Date.UTC(2018, 0, 1) + i * 3_600_000).toISOString(),
        _status: 'published',
      },
    })
    progress('stories', n + 1, stories)
  }
  const total = (stories + companies).toLocaleString('en')
  console.log(`[bench-data] ${total} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await payload.destroy()
  process.exit(0)
}

main().catch((error: Error) => {
  console.error(`[bench-data] ${error.message}`)
  process.exit(1)
})
