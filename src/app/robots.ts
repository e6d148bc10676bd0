import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/data/payload'

/** Rendered on request: the public address (`SERVER_URL`) is known at start, not at build. */
export const dynamic = 'force-dynamic'

/** Crawlers read the public site; the admin and the API are not for them. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = (await siteUrl()).replace(/\/+$/, '')
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: `${site}/sitemap.xml`,
  }
}
