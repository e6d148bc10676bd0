import { collectionSlugs } from '@/constants/slugs'

/** The collections a file can be imported into or exported from. */
export const importableCollections = [
  collectionSlugs.clusters,
  collectionSlugs.companies,
  collectionSlugs.quotes,
] as const
export type ImportableSlug = (typeof importableCollections)[number]

export type Table = {
  /** The column a row is matched on: a slug, or the id for quotes (which have no slug). */
  key: 'slug' | 'id'
  /**
   * The columns, each a top-level field of the collection: text as is, localized text in the file's
   * locale, numbers as numbers, a relation as the related document's slug (several joined by `;`).
   * Rich text, media and arrays are left to the admin: a spreadsheet cell cannot hold them.
   */
  columns: readonly string[]
}

export const tables: Record<ImportableSlug, Table> = {
  clusters: {
    key: 'slug',
    columns: ['slug', 'name', 'kind', 'region', 'secretariat', 'summary', 'leadersIntro'],
  },
  companies: { key: 'slug', columns: ['slug', 'name', 'website', 'description', 'clusters'] },
  quotes: {
    key: 'id',
    columns: ['id', 'text', 'speakerName', 'speakerTitle', 'organization', 'cluster'],
  },
}

/**
 * The clusters' key figures, one row per figure (export only): a spreadsheet user expects a table
 * of figures with their source and year, not a list packed into one cluster cell.
 */
export const keyFigureColumns = [
  'cluster',
  'position',
  'label',
  'value',
  'unit',
  'display',
  'source',
  'year',
] as const

export const separator = ';'
