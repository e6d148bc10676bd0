import { bootPayload } from '../src/bootstrap'

/**
 * Bench data for the "large" mode: 10,000 stories and 1,000 companies added to a seeded database,
 * published, straight through the database adapter (no hooks or versions: only reads are measured).
 */
async function main(): Promise<void> {
  const { payload } = await bootPayload()
  const clusters = (
    await payload.find({ collection: 'clusters', limit: 100, depth: 0, overrideAccess: true })
  ).docs
  const started = Date.now()
  for (let i = 0; i < 1_000; i++) {
    await payload.db.create({
      collection: 'companies',
      data: {
        name: `Bench company ${i}`,
        slug: `bench-company-${i}`,
        clusters: [clusters[i % clusters.length].id],
        _status: 'published',
      },
    })
    if ((i + 1) % 250 === 0) console.log(`[bench-data] companies ${i + 1}/1000`)
  }
  for (let i = 0; i < 10_000; i++) {
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
    if ((i + 1) % 2_500 === 0) console.log(`[bench-data] stories ${i + 1}/10000`)
  }
  console.log(`[bench-data] 11,000 documents in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await payload.destroy()
  process.exit(0)
}

main().catch((error: Error) => {
  console.error(`[bench-data] ${error.message}`)
  process.exit(1)
})
