import type { Config } from 'payload'

import { collectionSlugs, redirectedCollections } from '@/constants/slugs'
import { moveOnCollectionChange, moveOnCollectionDelete } from '../contentVersion/hooks'
import { addHooks } from '../shared/addHooks'
import { applyToTargets } from '../shared/targets'
import { redirectOldSlug, rememberPublishedSlug } from './hooks'
import { movedEndpoint } from './movedEndpoint'

export { redirectsOptions } from './redirectsOptions'
export { resolveRedirect, type RedirectTarget } from './resolveRedirect'

/**
 * Renamed slugs keep their old address, for the collections with public site pages: a publish
 * that changes a slug writes a redirect (the `redirects` collection of
 * `@payloadcms/plugin-redirects`, listed before this plugin), each collection answers
 * `GET /api/<slug>/moved/:slug`, and the host answers old site addresses with a 301
 * (src/server/http/siteRedirects.ts). The redirects table is private, so the content version
 * does not watch it on its own; its changes move the version here, since the site's answers
 * are cached under it.
 */
export const slugRedirects =
  () =>
  (config: Config): Config => {
    const covered = applyToTargets(
      config,
      { collections: redirectedCollections, globals: [] },
      {
        collection: (collection) => ({
          ...addHooks(collection, {
            beforeChange: [rememberPublishedSlug],
            afterChange: [redirectOldSlug],
          }),
          endpoints: [
            ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
            movedEndpoint(collection.slug as (typeof redirectedCollections)[number]),
          ],
        }),
        global: (global) => global,
      },
    )
    return {
      ...covered,
      collections: (covered.collections ?? []).map((collection) =>
        collection.slug === collectionSlugs.redirects
          ? addHooks(collection, {
              afterChange: [moveOnCollectionChange],
              afterDelete: [moveOnCollectionDelete],
            })
          : collection,
      ),
    }
  }
