import type { Endpoint, PayloadRequest } from 'payload'

import { answerInContentLanguage } from '../strictWrites/readerLanguage'
import { exportTable } from './exportTable'
import { parseFile, toCsv, toJson, UnreadableFile, type ParsedFile } from './fileFormats'
import { importRows } from './importRows'
import {
  badRequest,
  flagParam,
  formatParam,
  localeParam,
  readUpload,
  requirePerson,
} from './requestParams'
import { importableCollections, type ImportableSlug } from './tables'

const PROGRESS_EVERY = 100

const collectionOf = (req: PayloadRequest) => {
  const slug = (req.routeParams as { collection?: string } | undefined)?.collection
  const found = importableCollections.find((candidate) => candidate === slug)
  if (!found) throw new Error(`bulkImport: no table for the collection ${slug}`)
  return found
}

function tableParam(req: PayloadRequest, collection: ImportableSlug) {
  const table = req.searchParams.get('table')
  if (table === null) return undefined
  if (table !== 'key-figures' || collection !== 'clusters') throw badRequest(req, 'importTable')
  return table
}

/**
 * `GET /api/<clusters|companies|quotes>/export?format=csv|json&locale=en|fr` (and, on clusters,
 * `&table=key-figures`): the documents the signed-in person may read, as a file to download.
 */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    await answerInContentLanguage(req)
    requirePerson(req)
    const collection = collectionOf(req)
    const format = formatParam(req, 'csv')
    const locale = localeParam(req)
    const table = tableParam(req, collection)
    const { columns, rows } = await exportTable({ req, collection, locale, table })
    const body = format === 'csv' ? toCsv(columns, rows) : toJson(rows)
    const name = `${table ?? collection}-${locale}.${format}`
    return new Response(body, {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/**
 * `POST /api/<clusters|companies|quotes>/import?locale=en|fr[&format=csv|json][&dryRun=true]
 * [&publish=true]`: the file's rows created or updated by slug (by id for quotes), all or
 * nothing. 200 `{ rows, created, updated, unchanged, dryRun }`, or 400 `{ errors: [{ line,
 * field, message }] }` in the reader's language with nothing stored.
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    await answerInContentLanguage(req)
    requirePerson(req)
    const collection = collectionOf(req)
    const locale = localeParam(req)
    const { text, format } = await readUpload(req)
    let file: ParsedFile
    try {
      file = parseFile(format, text)
    } catch (error) {
      if (error instanceof UnreadableFile)
        throw badRequest(req, 'importUnreadable', { format, reason: error.message })
      throw error
    }
    const started = Date.now()
    const report = await importRows({
      req,
      collection,
      locale,
      file,
      csv: format === 'csv',
      dryRun: flagParam(req, 'dryRun'),
      publish: flagParam(req, 'publish'),
      onProgress: (done, total) => {
        if (done % PROGRESS_EVERY === 0 || done === total)
          req.payload.logger.info(`[import] ${collection}: row ${done}/${total}`)
      },
    })
    const seconds = (Date.now() - started) / 1000
    req.payload.logger.info(
      `[import] ${collection}: ${report.rows} rows in ${seconds.toFixed(1)} s, ${report.errors.length} refused`,
    )
    if (report.errors.length > 0) return Response.json({ errors: report.errors }, { status: 400 })
    const { errors: _none, ...counts } = report
    return Response.json(counts)
  },
}
