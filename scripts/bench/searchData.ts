import { bootPayload } from '../../src/server/bootstrap'

/**
 * Search bench data: `tsx scripts/bench/searchData.ts <stories>` adds that many published stories
 * in English (French falls back to it), straight through the database adapter: no hooks, so
 * `npm run search:rebuild` indexes them. Each title names one of 40 sectors, so a sector word
 * matches about 250 stories, and every summary says "technology", so that word matches them all.
 */
const SECTORS = [
  'aerospace',
  'aluminium',
  'audiovisual',
  'biotech',
  'cleantech',
  'cybersecurity',
  'drones',
  'e-commerce',
  'edtech',
  'energy',
  'fashion',
  'fintech',
  'food',
  'forestry',
  'gaming',
  'genomics',
  'hydrogen',
  'insurance',
  'logistics',
  'machinery',
  'maritime',
  'medtech',
  'mining',
  'mobility',
  'music',
  'nanotech',
  'optics',
  'packaging',
  'pharma',
  'photonics',
  'plastics',
  'quantum',
  'rail',
  'recycling',
  'robotics',
  'semiconductors',
  'software',
  'telecom',
  'tourism',
  'water',
]

async function main(): Promise<void> {
  const stories = Number(process.argv[2])
  if (!Number.isInteger(stories))
    throw new Error('usage: tsx scripts/bench/searchData.ts <stories>')
  const { payload } = await bootPayload()
  const offset = (await payload.count({ collection: 'stories', overrideAccess: true })).totalDocs
  for (let n = 0; n < stories; n++) {
    const i = offset + n
    const sector = SECTORS[i % SECTORS.length]
    await payload.db.create({
      collection: 'stories',
      data: {
        // Localized fields by locale, as the adapter stores them.
        title: { en: `StarTech story ${i}: a ${sector} company` },
        slug: `bench-search-story-${i}`,
        summary: {
          en: `A ${sector} company of the Québec technology industry, in its own words (${i}).`,
        },
        edition: i % 2 ? '2017-2018' : '2018-2019',
        publishedAt: new Date(Date.UTC(2018, 0, 1) + i * 3_600_000).toISOString(),
        _status: 'published',
      },
    })
    if ((n + 1) % 2_000 === 0 || n + 1 === stories)
      console.log(`[bench-search-data] stories ${n + 1}/${stories}`)
  }
  await payload.destroy()
  process.exit(0)
}

main().catch((error: Error) => {
  console.error(error)
  process.exit(1)
})
