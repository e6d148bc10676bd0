import type { CollectionSlug, GlobalSlug } from 'payload'

import { collectionSlugs, globalSlugs } from '@/constants/slugs'

type Exposed<Slug extends string> = Partial<
  Record<Slug, { description: string; enabled: { find: true } }>
>

const findOnly = (description: string) => ({ description, enabled: { find: true } }) as const

/**
 * What an AI assistant may read over MCP: the public content, with `find` only (the plugin then
 * offers no create, update or delete tool, and an API key has no box to allow one). Each
 * description tells the assistant when the tool is the one to use.
 */
export const exposedCollections: Exposed<CollectionSlug> = {
  [collectionSlugs.clusters]: findOnly(
    'Find Québec industry clusters (grappes) and similar ecosystems: name, kind, region, summary, key figures, leaders. Use locale "fr" for French.',
  ),
  [collectionSlugs.organizations]: findOnly(
    'Find the organizations behind the clusters (secretariats, movements, partners).',
  ),
  [collectionSlugs.companies]: findOnly('Find companies that lead or belong to clusters.'),
  [collectionSlugs.quotes]: findOnly('Find quotes of cluster leaders and partners.'),
  [collectionSlugs.stories]: findOnly('Find published stories about the clusters.'),
  [collectionSlugs.ambassadors]: findOnly('Find the ambassadors of the cluster movement.'),
  [collectionSlugs.pages]: findOnly('Find the public site’s pages.'),
  [collectionSlugs.media]: findOnly('Find images and files (alternative text, credits, URLs).'),
}

export const exposedGlobals: Exposed<GlobalSlug> = {
  [globalSlugs.ecosystemFigures]: findOnly(
    'Key figures about the whole ecosystem (not one cluster), with their source and year.',
  ),
}
