import type { RedirectedCollectionSlug } from '@/constants/slugs'
import { paths } from '@/site/paths'

/** A document's address on the site, without the language (`/clusters/aero`, `/about`). */
export const sitePathOf: Record<RedirectedCollectionSlug, (slug: string) => string> = {
  clusters: paths.cluster,
  stories: paths.story,
  pages: paths.page,
}
