/** The quality rules, in the order the desk lists them, with the weight each issue takes off a cluster's score. */
export const qualityRules = {
  'stale-figure': 3,
  'figure-without-source': 3,
  'figure-without-year': 2,
  'display-mismatch': 5,
  'missing-french': 1,
  'image-without-alt': 2,
  'cluster-without-quote': 10,
  'cluster-without-leaders': 10,
  'broken-link': 4,
} as const

export type QualityRule = keyof typeof qualityRules
export const ruleNames = Object.keys(qualityRules) as QualityRule[]

export type Bilingual = { en: string; fr: string }

/** What each rule is called where people read it (the desk, the digest). */
export const ruleLabels: Record<QualityRule, Bilingual> = {
  'stale-figure': { en: 'Stale figure', fr: 'Chiffre périmé' },
  'figure-without-source': { en: 'Figure without source', fr: 'Chiffre sans source' },
  'figure-without-year': { en: 'Figure without year', fr: 'Chiffre sans année' },
  'display-mismatch': {
    en: 'Display text does not match the value',
    fr: 'Texte affiché différent de la valeur',
  },
  'missing-french': { en: 'French missing', fr: 'Français manquant' },
  'image-without-alt': { en: 'Image without alt text', fr: 'Image sans texte de remplacement' },
  'cluster-without-quote': { en: 'Cluster without a quote', fr: 'Grappe sans citation' },
  'cluster-without-leaders': {
    en: 'Cluster without leader companies',
    fr: 'Grappe sans entreprises chefs de file',
  },
  'broken-link': { en: 'Broken link', fr: 'Lien brisé' },
}

export type Reference = { id: number; name: string }

/** One quality issue of one document (in one locale, when it is about a localized value). */
export type QualityIssue = {
  rule: QualityRule
  /** A collection's slug, or the global's (`ecosystem-figures`, whose documentId is null). */
  collection: string
  documentId: number | null
  documentTitle: string
  /** The organizations the document belongs to (a cluster's secretariat, a quote's organization…). */
  organizations: Reference[]
  /** The clusters the document belongs to (itself, a quote's cluster, a company's clusters). */
  clusters: Reference[]
  /** `en` or `fr` when the issue is about one language's text; null when about a number, a link… */
  locale: string | null
  /** Dotted path of the field, rows numbered from 0 (`keyFigures.2.year`). */
  fieldPath: string
  message: Bilingual
  detectedValue: unknown
  /** The figure's year, when the issue is about a dated figure (what `olderThan` filters on). */
  year?: number
  /** Where to fix it in the admin: the edit view, with the field's anchor. */
  adminUrl: string
}
