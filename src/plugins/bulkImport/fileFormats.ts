import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

import { neutralize } from './cells'

export const formats = ['csv', 'json'] as const
export type Format = (typeof formats)[number]

export type Cell = string | number | boolean | string[] | null | undefined
export type ExportRow = Record<string, Cell>

/** A row read from a file: its values by column and the line of the file it starts on. */
export type SourceRow = { line: number; values: Record<string, unknown> }
export type ParsedFile = { columns?: string[]; rows: SourceRow[] }

/** A file that cannot be read at all; `reason` says where. */
export class UnreadableFile extends Error {}

const csvCell = (value: Cell): string | number => {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return neutralize(value.join('; '))
  if (typeof value === 'string') return neutralize(value)
  return typeof value === 'boolean' ? String(value) : value
}

/** CSV with a header line; every text cell goes through `neutralize`. */
export function toCsv(columns: readonly string[], rows: ExportRow[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => csvCell(row[column]))),
    { header: true, columns: [...columns] },
  )
}

/** A JSON array with one row per line, so that line n + 1 of the file holds row n. */
export function toJson(rows: ExportRow[]): string {
  if (rows.length === 0) return '[]\n'
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`
}

export function parseCsv(text: string): ParsedFile {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, info: true })
  } catch (error) {
    throw new UnreadableFile((error as Error).message)
  }
  const [header, ...body] = records
  if (!header) return { columns: [], rows: [] }
  const columns = header.record.map((name) => name.trim())
  const rows = body.map(({ record, info }) => {
    // csv-parse counts lines up to the end of a record; a quoted cell may span several.
    const inner = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0)
    const values = Object.fromEntries(columns.map((column, i) => [column, record[i]]))
    return { line: info.lines - inner, values }
  })
  return { columns, rows }
}

/** The line each element of a top-level JSON array starts on (strings skipped). */
function elementLines(text: string): number[] {
  const lines: number[] = []
  let line = 1
  let depth = 0
  let inString = false
  let escaped = false
  let expecting = false
  for (const char of text) {
    if (char === '\n') line++
    if (inString) {
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') inString = false
      continue
    }
    if (/\s/.test(char)) continue
    if (depth === 1 && expecting && char !== ']') {
      lines.push(line)
      expecting = false
    }
    if (char === '"') inString = true
    else if (char === '{' || char === '[') {
      depth++
      if (depth === 1) expecting = true
    } else if (char === '}' || char === ']') depth--
    else if (char === ',' && depth === 1) expecting = true
  }
  return lines
}

/** A JSON array of row objects; a row that is not an object keeps its line and is refused later. */
export function parseJson(text: string): ParsedFile {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new UnreadableFile((error as Error).message)
  }
  if (!Array.isArray(data)) throw new UnreadableFile('expected an array of rows, [ {...}, ... ]')
  const lines = elementLines(text)
  return {
    rows: data.map((values, i) => ({
      line: lines[i] ?? i + 1,
      values: values as Record<string, unknown>,
    })),
  }
}

export const parseFile = (format: Format, text: string): ParsedFile =>
  format === 'csv' ? parseCsv(text) : parseJson(text)
