import type { Config } from 'payload'

import { collectionSlugs } from '@/constants/slugs'

import { exportEndpoint, importEndpoint } from './endpoints'
import { importableCollections } from './tables'

/**
 * CSV and JSON import and export of clusters (and their key figures), companies and quotes, over
 * REST (`/api/<slug>/export`, `/api/<slug>/import`), `npm run import`, and the export in the
 * list view's menu (src/components/admin/ExportMenuItems.tsx). Why not
 * `@payloadcms/plugin-import-export`: its CSV cells are not neutralized against formulas, and its
 * import writes row by row (a bad row leaves the rows before it stored) by id rather than slug.
 */
export function bulkImport(config: Config): Config {
  const importable = new Set<string>(importableCollections)
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      importable.has(collection.slug)
        ? {
            ...collection,
            admin: {
              ...collection.admin,
              components: {
                ...collection.admin?.components,
                listMenuItems: [
                  ...(collection.admin?.components?.listMenuItems ?? []),
                  {
                    path: '@/components/admin/ExportMenuItems#ExportMenuItems',
                    clientProps: {
                      collection: collection.slug,
                      keyFigures: collection.slug === collectionSlugs.clusters,
                    },
                  },
                ],
              },
            },
            endpoints: [...(collection.endpoints || []), exportEndpoint, importEndpoint],
          }
        : collection,
    ),
  }
}
