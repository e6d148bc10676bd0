import { startProductionServer, type RunningSite } from '../helpers/productionServer'

/** The public address the server is told (SERVER_URL), unlike the address the test reaches it at. */
const PUBLIC = 'https://grappes.example'

/** The attributes of every <link> of a page, in order. */
const linksOf = (html: string) =>
  [...html.matchAll(/<link ([^>]*)\/?>/g)].map(([, attributes]) =>
    Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v])),
  )

describe('absolute links on the site use the configured public address', () => {
  let site: RunningSite

  beforeAll(async () => {
    site = await startProductionServer({ SERVER_URL: PUBLIC })
  }, 240_000)

  afterAll(async () => {
    await site?.stop()
  })

  test('a page names its canonical URL and both language versions at SERVER_URL', async () => {
    const response = await fetch(`${site.base}/fr/clusters`)
    expect(response.status).toBe(200)
    const links = linksOf(await response.text())
    expect(links).toEqual(
      expect.arrayContaining([
        { rel: 'canonical', href: `${PUBLIC}/fr/clusters` },
        { rel: 'alternate', hrefLang: 'en-CA', href: `${PUBLIC}/en/clusters` },
        { rel: 'alternate', hrefLang: 'fr-CA', href: `${PUBLIC}/fr/clusters` },
        { rel: 'alternate', hrefLang: 'x-default', href: `${PUBLIC}/en/clusters` },
      ]),
    )
  })

  test('the sitemap lists pages at SERVER_URL', async () => {
    const response = await fetch(`${site.base}/sitemap.xml`)
    expect(response.status).toBe(200)
    const locations = [...(await response.text()).matchAll(/<loc>([^<]*)<\/loc>/g)].map(
      ([, loc]) => loc,
    )
    expect(locations).toEqual(expect.arrayContaining([`${PUBLIC}/en`, `${PUBLIC}/fr/clusters`]))
    expect(locations.every((loc) => loc.startsWith(`${PUBLIC}/`))).toBe(true)
  })
})
