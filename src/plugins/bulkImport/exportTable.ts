import type { PayloadRequest } from 'payload'

import type { Cluster } from '@/payload-types'

import { columnFields, type ColumnField } from './columnFields'
import type { ExportRow } from './fileFormats'
import { slugIndexes } from './slugIndex'
import { keyFigureColumns, tables, type ImportableSlug } from './tables'

export type ExportRequest = {
  req: PayloadRequest
  collection: ImportableSlug
  locale: 'en' | 'fr'
  /** `key-figures`: the clusters' key figures, one row each, instead of the clusters. */
  table?: 'key-figures'
}

type Stored = Record<string, unknown> & { id: number }

/**
 * The reader's documents as they are now (the latest version, draft or published), read as the
 * reader with `overrideAccess: false`: a secretariat exports its own organization's documents
 * only. Localized columns are in `locale` without fallback, so that importing the file in the same
 * locale writes back exactly what was read.
 */
async function readDocuments({ req, collection, locale }: ExportRequest): Promise<Stored[]> {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    draft: true,
    locale,
    fallbackLocale: false,
    pagination: false,
    sort: tables[collection].key,
    user: req.user,
    overrideAccess: false,
  })
  return docs as unknown as Stored[]
}

export async function exportTable(
  request: ExportRequest,
): Promise<{ columns: readonly string[]; rows: ExportRow[] }> {
  const documents = await readDocuments(request)
  if (request.table === 'key-figures') {
    const rows = (documents as unknown as Cluster[]).flatMap((cluster) =>
      (cluster.keyFigures ?? []).map((figure, i) => ({
        cluster: cluster.slug,
        position: i + 1,
        label: figure.label,
        value: figure.value,
        unit: figure.unit,
        display: figure.display,
        source: figure.source,
        year: figure.year,
      })),
    )
    return { columns: keyFigureColumns, rows }
  }
  const indexes = slugIndexes(request.req.payload)
  const fields = columnFields(request.req.payload, request.collection)
  const cellOf = async (field: ColumnField, value: unknown) => {
    if (field.kind !== 'relation') return value as ExportRow[string]
    const { slugOf } = await indexes(field.relationTo)
    const ids = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
    const slugs = ids.map((id: number) => slugOf.get(id) ?? String(id))
    return field.hasMany ? slugs : (slugs[0] ?? null)
  }
  const rows: ExportRow[] = []
  for (const doc of documents) {
    const row: ExportRow = {}
    for (const field of fields) row[field.name] = await cellOf(field, doc[field.name])
    rows.push(row)
  }
  return { columns: fields.map((field) => field.name), rows }
}
