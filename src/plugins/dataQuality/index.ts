import type { Config, Plugin } from 'payload'

import { LinkChecks } from '../../../collections/LinkChecks'
import { checkLinksTask, type LinkCheckSettings } from './checkLinksTask'
import { coveredSlugs, type QualitySettings } from './collectIssues'
import { DATA_QUALITY_VIEW_PATH } from './desk'
import { documentIssuesEndpoint, issuesEndpoint } from './issuesEndpoint'

export type DataQualityOptions = QualitySettings & { linkCheck: LinkCheckSettings }

/**
 * The data-quality desk: quality rules computed on the server for every document and locale
 * (stale, unsourced, undated or mismatched figures, texts missing in French, images without alt
 * text, clusters without quote or leaders, broken links), read by editors over
 * `/api/data-quality/issues` and in each document's sidebar; the `link-checks` collection and the
 * scheduled task that fills it.
 */
export const dataQuality =
  ({ linkCheck, ...settings }: DataQualityOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    // The desk view reads the settings from here (src/components/admin/DataQualityView.tsx).
    custom: { ...config.custom, dataQuality: settings },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          '@/components/admin/DataQualityNavLink#DataQualityNavLink',
        ],
        views: {
          ...config.admin?.components?.views,
          dataQuality: {
            Component: '@/components/admin/DataQualityView#DataQualityView',
            path: DATA_QUALITY_VIEW_PATH,
          },
        },
      },
    },
    collections: [
      ...(config.collections ?? []).map((collection) =>
        (coveredSlugs as readonly string[]).includes(collection.slug)
          ? {
              ...collection,
              fields: [
                ...collection.fields,
                {
                  name: 'dataQuality',
                  type: 'ui' as const,
                  label: { en: 'Data quality', fr: 'Qualité des données' },
                  admin: {
                    position: 'sidebar' as const,
                    components: {
                      Field: '@/components/admin/DataQualityIssues#DataQualityIssues',
                    },
                  },
                },
              ],
            }
          : collection,
      ),
      LinkChecks,
    ],
    endpoints: [
      ...(config.endpoints ?? []),
      issuesEndpoint(settings),
      documentIssuesEndpoint(settings),
    ],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), checkLinksTask(linkCheck)] },
  })
