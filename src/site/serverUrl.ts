/**
 * The public address of the site, for absolute URLs (hreflang, canonical, sitemap). Read here
 * only, so that every absolute link agrees.
 */
export const serverUrl = (): string =>
  (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')
