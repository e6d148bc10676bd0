import type { ClusterKind, FigureUnit, OrganizationKind, Region } from '@/constants/taxonomy'

/** A reader-visible text in both locales. French is Canadian French, written for Grappes. */
export type Localized = { en: string; fr: string }

/** Rich text as seed data: a list of simple blocks turned into Lexical JSON by `toLexical`. */
export type SeedRichText = Array<{ h3: Localized } | { p: Localized } | { ul: Localized[] }>

export type SeedFigure = {
  label: Localized
  /** The number itself, when the page gives one (39130 for "39,130 workers"; 15.5e9 for "$15.5 billion"). */
  value?: number
  unit: FigureUnit
  /** The figure as the page words it: "Over 39,130 highly qualified workers". */
  display: Localized
  source?: Localized
  year?: number
}

export type SeedSource = { text: Localized; year?: number }
export type SeedLink = { label: Localized; url: string }

export type SeedProgram = { slug: string; name: Localized; summary: Localized }

export type SeedOrganization = {
  slug: string
  name: Localized
  kind: OrganizationKind
  region: Region
  website?: string
  description: Localized
  figures?: SeedFigure[]
  programs?: SeedProgram[]
}

/** A leader company, declared where the page names it; the seed merges companies named by several clusters. */
export type SeedCompany = { slug: string; name: string; website?: string; description?: Localized }

export type SeedQuote = {
  text: Localized
  speakerName: string
  speakerTitle: Localized
  organization: string
  cluster?: string
}

export type SeedCluster = {
  slug: string
  name: Localized
  kind: ClusterKind
  region: Region
  /** Slug of the secretariat organization. */
  secretariat: string
  summary: Localized
  body: SeedRichText
  figures: SeedFigure[]
  /** Facts the page states without a number ("A natural access point to Europe"). */
  highlights?: Localized[]
  sectorBreakdown?: { intro: Localized; items: Array<{ label: Localized; share: number }> }
  leadersIntro?: Localized
  leaders?: SeedCompany[]
  sources?: SeedSource[]
  links?: SeedLink[]
  quote?: Omit<SeedQuote, 'organization' | 'cluster'>
}

export type SeedAmbassador = {
  name: string
  role: Localized
  organization: string
  order: number
  bio?: Localized
  quote?: Localized
}

export type SeedFigureGroup = {
  key: string
  title: Localized
  intro?: Localized
  figures: SeedFigure[]
}

/** Page blocks as seed data; each names the documents it shows by slug. */
export type SeedBlock =
  | { blockType: 'richText'; content: SeedRichText }
  | {
      blockType: 'figures'
      heading?: Localized
      intro?: Localized
      ecosystemGroup?: string
      figures?: SeedFigure[]
    }
  | { blockType: 'quote'; quote: { speakerName: string } }
  | {
      blockType: 'clusterGrid'
      heading?: Localized
      intro?: Localized
      region?: Region
      kind?: ClusterKind
    }
  | { blockType: 'ambassadorList'; heading?: Localized; intro?: Localized; outro?: Localized }
  | { blockType: 'storyList'; heading?: Localized; intro?: Localized; edition?: string }
  | { blockType: 'callToAction'; heading?: Localized; text?: Localized; links: SeedLink[] }

export type SeedPage = {
  slug: string
  title: Localized
  summary: Localized
  layout: SeedBlock[]
}

/** A whole import: what `seed()` loads. Companies and cluster quotes come from `clusters`. */
export type SeedContent = {
  organizations: SeedOrganization[]
  clusters: SeedCluster[]
  /** Quotes that belong to no cluster (cluster quotes live on their cluster). */
  quotes: SeedQuote[]
  ambassadors: SeedAmbassador[]
  figureGroups: SeedFigureGroup[]
  pages: SeedPage[]
}
