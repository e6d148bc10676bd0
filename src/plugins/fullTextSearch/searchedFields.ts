import { collectionSlugs } from '@/constants/slugs'

/** What the index reads of one collection: its title, the fields of its body text, its site path. */
export type SearchedCollection = {
  title: string
  body: readonly string[]
  /** The path on the public site without the locale (`/clusters/aerospace`); none when it has no page. */
  path: (slug: string) => string | null
}

/**
 * The collections search covers and the fields of each it reads, in one place. Body fields may be
 * text, textarea, rich text, arrays or blocks: their words are gathered by plainText.ts.
 */
export const searchedCollections = {
  [collectionSlugs.clusters]: {
    title: 'name',
    body: ['summary', 'body', 'highlights'],
    path: (slug) => `/clusters/${slug}`,
  },
  [collectionSlugs.companies]: {
    title: 'name',
    body: ['description'],
    path: () => '/companies',
  },
  [collectionSlugs.stories]: {
    title: 'title',
    body: ['summary', 'body', 'edition'],
    path: (slug) => `/stories/${slug}`,
  },
  [collectionSlugs.ambassadors]: {
    title: 'name',
    body: ['role', 'bio', 'quote'],
    path: () => '/ambassadors',
  },
  [collectionSlugs.pages]: {
    title: 'title',
    body: ['summary', 'layout'],
    path: (slug) => `/${slug}`,
  },
  [collectionSlugs.organizations]: {
    title: 'name',
    body: ['description', 'programs'],
    path: () => null,
  },
} satisfies Record<string, SearchedCollection>

export type SearchedSlug = keyof typeof searchedCollections

export const searchedSlugs = Object.keys(searchedCollections) as SearchedSlug[]

export const isSearched = (slug: string): slug is SearchedSlug => slug in searchedCollections
