/**
 * The pages the header links to by slug: the three source pages. Their short labels live in the
 * dictionary because a nav needs a few words, not the page's full title.
 */
export const featuredPageSlugs = [
  'montreal-ten-clusters',
  'sherbrooke-key-sectors',
  'technopolys-movement',
] as const

export type FeaturedPageSlug = (typeof featuredPageSlugs)[number]
