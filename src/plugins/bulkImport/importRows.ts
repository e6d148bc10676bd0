import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { translate } from '@/i18n/messages'

import { columnFields, type ColumnField } from './columnFields'
import type { ParsedFile } from './fileFormats'
import { isEmpty, readCell } from './readCell'
import { slugIndexes } from './slugIndex'
import { tables, type ImportableSlug } from './tables'

export type RowError = { line: number; field: string; message: string }

export type ImportReport = {
  rows: number
  created: number
  updated: number
  unchanged: number
  dryRun: boolean
  errors: RowError[]
}

export type ImportRequest = {
  /** The request of the person importing: its user decides what may be written. */
  req: PayloadRequest
  collection: ImportableSlug
  locale: 'en' | 'fr'
  file: ParsedFile
  csv: boolean
  /** Check every row and write nothing. */
  dryRun?: boolean
  /** Publish each written row (editors only: access refuses a secretariat's). Drafts otherwise. */
  publish?: boolean
  onProgress?: (done: number, total: number) => void
}

type Stored = Record<string, unknown> & { id: number }
/** A row ready to write: the document it updates (when its key exists) and its values. */
type Planned = { line: number; id?: number; data: Record<string, unknown> }

const comparable = (value: unknown): unknown => {
  if (isEmpty(value)) return null
  if (Array.isArray(value))
    return JSON.stringify(value.map((item) => (item && typeof item === 'object' ? item.id : item)))
  return value
}

/** The row's values that differ from the document as stored: an unchanged row writes nothing. */
const changedValues = (data: Record<string, unknown>, doc: Stored) =>
  Object.fromEntries(
    Object.entries(data).filter(([name, value]) => comparable(value) !== comparable(doc[name])),
  )

async function existingIds(payload: Payload, collection: ImportableSlug) {
  if (tables[collection].key === 'slug') return (await slugIndexes(payload)(collection)).idOf
  // Only ids, to tell "not yours" from "does not exist" before access decides.
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.id as number]))
}

/** The documents the rows update, as the importing person may read them (latest version). */
async function readableDocuments(request: ImportRequest, ids: number[]) {
  if (ids.length === 0) return new Map<number, Stored>()
  const { docs } = await request.req.payload.find({
    collection: request.collection,
    where: { id: { in: ids } },
    depth: 0,
    draft: true,
    locale: request.locale,
    fallbackLocale: false,
    pagination: false,
    user: request.req.user,
    overrideAccess: false,
  })
  return new Map((docs as unknown as Stored[]).map((doc) => [doc.id, doc]))
}

/** What a failed write says, per field when Payload names them. */
function writeErrors(error: unknown, line: number, keyField: string): RowError[] {
  const details = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  if (Array.isArray(details?.errors) && details.errors.length > 0)
    return details.errors.map(({ path, message }) => ({
      line,
      field: path ?? keyField,
      message: message ?? String(error),
    }))
  return [{ line, field: keyField, message: (error as Error).message ?? String(error) }]
}

/**
 * Imports a file's rows into a collection, all or nothing. Every row is read and checked first
 * (columns, types, options, related slugs, duplicate keys, required cells); then every row is
 * written in one transaction as the importing person (`overrideAccess: false`, so access and
 * every hook apply; drafts unless `publish`), matched on its slug (or id) to update, created
 * otherwise, skipped when nothing in it differs. Any refused row, or a dry run, rolls the whole
 * transaction back, and the report names each refused row's line and field.
 */
export async function importRows(request: ImportRequest): Promise<ImportReport> {
  const { req, collection, locale, file } = request
  const { payload } = req
  const table = tables[collection]
  const fields = columnFields(payload, collection)
  const byName = new Map<string, ColumnField>(fields.map((field) => [field.name, field]))
  const errors: RowError[] = []
  const refuse = (line: number, field: string, message: string) =>
    errors.push({ line, field, message })
  const unknownColumn = translate(req, 'importUnknownColumn', {
    columns: table.columns.join(', '),
  })
  for (const column of file.columns ?? []) if (!byName.has(column)) refuse(1, column, unknownColumn)

  const indexes = slugIndexes(payload)
  const existing = await existingIds(payload, collection)
  const keyLines = new Map<string, number>()
  const planned: Planned[] = []
  for (const { line, values } of file.rows) {
    if (!values || typeof values !== 'object' || Array.isArray(values)) {
      refuse(line, '', translate(req, 'importNotAnObject'))
      continue
    }
    const data: Record<string, unknown> = {}
    let key: unknown
    let readable = true
    for (const [name, raw] of Object.entries(values)) {
      const field = byName.get(name)
      if (!field) {
        if (!file.columns) refuse(line, name, unknownColumn)
        continue
      }
      const required =
        field.kind !== 'id' && field.required && (!field.localized || locale === 'en')
      const slugIndex =
        field.kind === 'relation' && !isEmpty(raw) ? await indexes(field.relationTo) : undefined
      const cell = readCell(field, raw, { req, csv: request.csv, required, slugIndex })
      if ('error' in cell) {
        refuse(line, name, cell.error)
        readable = false
      } else if (name === table.key) key = cell.value
      else data[name] = cell.value
    }
    if (table.key === 'slug' && key !== undefined && key !== null) data.slug = key
    const keyText = key === undefined || key === null ? undefined : String(key)
    const id = keyText === undefined ? undefined : existing.get(keyText)
    if (keyText !== undefined) {
      const earlier = keyLines.get(keyText)
      if (earlier !== undefined)
        refuse(
          line,
          table.key,
          translate(req, 'importDuplicateKey', { value: keyText, line: earlier }),
        )
      else keyLines.set(keyText, line)
      if (table.key === 'id' && id === undefined)
        refuse(line, table.key, translate(req, 'importUnknownId', { value: keyText }))
    }
    // A new document needs every required column, which a draft save would not check.
    if (id === undefined)
      for (const field of fields)
        if (field.kind !== 'id' && field.required && !(field.name in values))
          refuse(line, field.name, translate(req, 'importRequired'))
    if (readable) planned.push({ line, id, data })
  }

  const current = await readableDocuments(
    request,
    planned.flatMap(({ id }) => id ?? []),
  )
  const report = { rows: file.rows.length, created: 0, updated: 0, unchanged: 0 }
  const write = {
    collection,
    locale,
    draft: !request.publish,
    depth: 0,
    overrideAccess: false,
    req,
  }
  await initTransaction(req)
  try {
    for (const [done, { line, id, data: rowData }] of planned.entries()) {
      request.onProgress?.(done + 1, planned.length)
      let data = rowData
      if (id !== undefined) {
        const doc = current.get(id)
        if (!doc) {
          refuse(line, table.key, translate(req, 'importOutsideScope'))
          continue
        }
        data = changedValues(rowData, doc)
        if (Object.keys(data).length === 0) {
          report.unchanged++
          continue
        }
      }
      if (request.publish) data = { ...data, _status: 'published' }
      try {
        // A refused write rolls the transaction back (Payload's operations do); the rows after
        // it are still checked, in a new one that is rolled back too.
        if (!req.transactionID) await initTransaction(req)
        if (id === undefined) {
          await payload.create({ ...write, data: data as never })
          report.created++
        } else {
          await payload.update({ ...write, id, data: data as never })
          report.updated++
        }
      } catch (error) {
        errors.push(...writeErrors(error, line, table.key))
      }
    }
  } finally {
    if (errors.length > 0 || request.dryRun) await killTransaction(req)
    else await commitTransaction(req)
  }
  errors.sort((a, b) => a.line - b.line)
  if (errors.length > 0)
    return { ...report, created: 0, updated: 0, dryRun: Boolean(request.dryRun), errors }
  return { ...report, dryRun: Boolean(request.dryRun), errors }
}
