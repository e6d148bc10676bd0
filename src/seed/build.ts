import type { Locale } from './localize'
import { figuresIn, inLocale, linksIn, sourcesIn } from './localize'
import { toLexical } from './lexical'
import type {
  SeedAmbassador,
  SeedBlock,
  SeedCluster,
  SeedCompany,
  SeedFigureGroup,
  SeedOrganization,
  SeedPage,
  SeedQuote,
} from './types'

export type ID = number | string
/** Ids of what the seed has stored so far, by natural key (slug, or speaker name for quotes). */
export type Refs = Record<'organizations' | 'clusters' | 'quotes', Map<string, ID>>

function ref(refs: Refs, collection: keyof Refs, key: string): ID {
  const id = refs[collection].get(key)
  if (id === undefined) {
    throw new Error(
      `Seed data names ${collection} "${key}", which is not in the seed: add it or fix the name.`,
    )
  }
  return id
}

export const organizationData = (o: SeedOrganization, locale: Locale) => ({
  name: o.name[locale],
  slug: o.slug,
  kind: o.kind,
  region: o.region,
  website: o.website,
  description: o.description[locale],
  keyFigures: figuresIn(o.figures, locale),
  programs: (o.programs ?? []).map((p) => ({
    name: p.name[locale],
    slug: p.slug,
    summary: p.summary[locale],
  })),
})

export const clusterData = (c: SeedCluster, locale: Locale, refs: Refs) => ({
  name: c.name[locale],
  slug: c.slug,
  kind: c.kind,
  region: c.region,
  secretariat: ref(refs, 'organizations', c.secretariat),
  summary: c.summary[locale],
  body: toLexical(c.body, locale),
  highlights: (c.highlights ?? []).map((h) => ({ text: h[locale] })),
  keyFigures: figuresIn(c.figures, locale),
  sectorBreakdown: {
    intro: inLocale(c.sectorBreakdown?.intro, locale),
    items: (c.sectorBreakdown?.items ?? []).map((item) => ({
      label: item.label[locale],
      share: item.share,
    })),
  },
  leadersIntro: inLocale(c.leadersIntro, locale),
  sources: sourcesIn(c.sources, locale),
  links: linksIn(c.links, locale),
})

/** A company named by several clusters is one company leading in all of them. */
export function companiesOf(clusters: SeedCluster[]): Array<SeedCompany & { clusters: string[] }> {
  const bySlug = new Map<string, SeedCompany & { clusters: string[] }>()
  for (const cluster of clusters) {
    for (const company of cluster.leaders ?? []) {
      const known = bySlug.get(company.slug)
      if (known) known.clusters.push(cluster.slug)
      else bySlug.set(company.slug, { ...company, clusters: [cluster.slug] })
    }
  }
  return [...bySlug.values()]
}

export const companyData = (
  c: SeedCompany & { clusters: string[] },
  locale: Locale,
  refs: Refs,
) => ({
  name: c.name,
  slug: c.slug,
  website: c.website,
  description: inLocale(c.description, locale),
  clusters: c.clusters.map((slug) => ref(refs, 'clusters', slug)),
})

/** Every quote: the cluster quotes first, then those that belong to no cluster. */
export function quotesOf(clusters: SeedCluster[], others: SeedQuote[]): SeedQuote[] {
  const clusterQuotes = clusters.flatMap((c) =>
    c.quote ? [{ ...c.quote, organization: c.secretariat, cluster: c.slug }] : [],
  )
  return [...clusterQuotes, ...others]
}

export const quoteData = (q: SeedQuote, locale: Locale, refs: Refs) => ({
  text: q.text[locale],
  speakerName: q.speakerName,
  speakerTitle: q.speakerTitle[locale],
  organization: ref(refs, 'organizations', q.organization),
  cluster: q.cluster ? ref(refs, 'clusters', q.cluster) : undefined,
})

export const ambassadorData = (a: SeedAmbassador, locale: Locale, refs: Refs) => ({
  name: a.name,
  role: a.role[locale],
  organization: ref(refs, 'organizations', a.organization),
  order: a.order,
  bio: inLocale(a.bio, locale),
  quote: inLocale(a.quote, locale),
})

export const figureGroupsData = (groups: SeedFigureGroup[], locale: Locale) => ({
  groups: groups.map((g) => ({
    key: g.key,
    title: g.title[locale],
    intro: inLocale(g.intro, locale),
    figures: figuresIn(g.figures, locale),
  })),
})

function blockData(block: SeedBlock, locale: Locale, refs: Refs) {
  switch (block.blockType) {
    case 'richText':
      return { blockType: block.blockType, content: toLexical(block.content, locale) }
    case 'figures':
      return {
        blockType: block.blockType,
        heading: inLocale(block.heading, locale),
        intro: inLocale(block.intro, locale),
        ecosystemGroup: block.ecosystemGroup,
        figures: figuresIn(block.figures, locale),
      }
    case 'quote':
      return { blockType: block.blockType, quote: ref(refs, 'quotes', block.quote.speakerName) }
    case 'clusterGrid':
      return {
        blockType: block.blockType,
        heading: inLocale(block.heading, locale),
        intro: inLocale(block.intro, locale),
        region: block.region,
        kind: block.kind,
      }
    case 'ambassadorList':
      return {
        blockType: block.blockType,
        heading: inLocale(block.heading, locale),
        intro: inLocale(block.intro, locale),
        outro: inLocale(block.outro, locale),
      }
    case 'storyList':
      return {
        blockType: block.blockType,
        heading: inLocale(block.heading, locale),
        intro: inLocale(block.intro, locale),
        edition: block.edition,
      }
    case 'callToAction':
      return {
        blockType: block.blockType,
        heading: inLocale(block.heading, locale),
        text: inLocale(block.text, locale),
        links: linksIn(block.links, locale),
      }
  }
}

export const pageData = (p: SeedPage, locale: Locale, refs: Refs) => ({
  title: p.title[locale],
  slug: p.slug,
  summary: p.summary[locale],
  layout: p.layout.map((block) => blockData(block, locale, refs)),
})
