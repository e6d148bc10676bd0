/** Collection and global slugs: front ends depend on these, so they are spelled once, here. */
export const collectionSlugs = {
  organizations: 'organizations',
  clusters: 'clusters',
  quotes: 'quotes',
  companies: 'companies',
  stories: 'stories',
  ambassadors: 'ambassadors',
  pages: 'pages',
  media: 'media',
  users: 'users',
  apiClients: 'api-clients',
  auditLog: 'audit-log',
  webhooks: 'webhooks',
  webhookDeliveries: 'webhook-deliveries',
  redirects: 'redirects',
  linkChecks: 'link-checks',
  releases: 'releases',
} as const

export const globalSlugs = {
  ecosystemFigures: 'ecosystem-figures',
} as const

/** Collections that carry drafts, versions and a `_status`. */
export const contentCollections = [
  collectionSlugs.organizations,
  collectionSlugs.clusters,
  collectionSlugs.quotes,
  collectionSlugs.companies,
  collectionSlugs.stories,
  collectionSlugs.ambassadors,
  collectionSlugs.pages,
] as const

export type ContentCollectionSlug = (typeof contentCollections)[number]

/**
 * Collections whose documents never reach a public response: only admins (or a user, for their own
 * account; or editors, for the redirects table) may read them. The host never caches their answers and their changes never move the
 * content version; tests/int/publicReadPolicy.test.ts keeps this list and their read access in step.
 * Payload's own `payload-*` collections are never public either.
 */
export const privateCollections: readonly string[] = [
  collectionSlugs.users,
  collectionSlugs.apiClients,
  collectionSlugs.auditLog,
  collectionSlugs.webhooks,
  collectionSlugs.webhookDeliveries,
  collectionSlugs.redirects,
  collectionSlugs.linkChecks,
  collectionSlugs.releases,
]

/** The MCP plugin's API keys (src/plugins/mcp): the plugin looks keys up by this slug. */
export const mcpApiKeysSlug = 'payload-mcp-api-keys'
/** Collections with public site pages: a renamed slug leaves a redirect (src/plugins/slugRedirects). */
export const redirectedCollections = [
  collectionSlugs.clusters,
  collectionSlugs.stories,
  collectionSlugs.pages,
] as const

export type RedirectedCollectionSlug = (typeof redirectedCollections)[number]

/** Collections whose key figures keep their history (src/plugins/figureHistory). */
export const figureHistoryCollections = [
  collectionSlugs.clusters,
  collectionSlugs.organizations,
] as const
