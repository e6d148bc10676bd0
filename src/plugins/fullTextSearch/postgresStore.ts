import { sql } from 'drizzle-orm'

import { MARK_END, MARK_START, markedSnippet } from './highlight'
import type { SearchRow, SearchStore } from './types'

const insert = (row: SearchRow) => sql`INSERT INTO search_documents
  (collection, doc_id, locale, slug, path, title, body, alt_title, alt_body)
  VALUES (${row.collection}, ${row.docId}, ${row.locale}, ${row.slug}, ${row.path}, ${row.title},
  ${row.body}, ${row.altTitle}, ${row.altBody})`

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1, FragmentDelimiter=" … "`

/**
 * PostgreSQL's full-text search: `document` (migrations/postgres, search) holds the title (A),
 * body (B) and the other locale's title (C) and body (D), each stemmed by the configuration of its
 * language (`grappes_en`, `grappes_fr`: English and French with `unaccent`). A query is read both
 * ways, English and French, so that a reader's word matches in either language; ranked by
 * `ts_rank_cd`, highlighted by `ts_headline` in the locale's own configuration.
 */
export const postgresStore: SearchStore = {
  async replace(db, collection, docId, rows) {
    await this.remove(db, collection, docId)
    for (const row of rows) await db.run(insert(row))
  },
  async remove(db, collection, docId) {
    await db.run(
      sql`DELETE FROM search_documents WHERE collection = ${collection} AND doc_id = ${docId}`,
    )
  },
  async clear(db) {
    await db.run(sql`DELETE FROM search_documents`)
  },
  async search(db, { q, locale, limit, page }) {
    const config = locale === 'fr' ? 'grappes_fr' : 'grappes_en'
    const rows = await db.all<{
      collection: string
      doc_id: string
      slug: string | null
      path: string | null
      title: string
      snippet: string
      rank: number
      total: string
    }>(sql`WITH query AS (
        SELECT websearch_to_tsquery('grappes_en', ${q}) || websearch_to_tsquery('grappes_fr', ${q}) AS tsq
      )
      SELECT d.collection, d.doc_id, d.slug, d.path, d.title,
        ts_headline(${config}::regconfig, d.body, query.tsq, ${HEADLINE}) AS snippet,
        ts_rank_cd(d.document, query.tsq) AS rank,
        count(*) OVER () AS total
      FROM search_documents d, query
      WHERE d.locale = ${locale} AND d.document @@ query.tsq
      ORDER BY rank DESC, d.id LIMIT ${limit} OFFSET ${(page - 1) * limit}`)
    const totalDocs = rows.length
      ? Number(rows[0].total)
      : page > 1
        ? await countMatches(db, q, locale)
        : 0
    return {
      docs: rows.map((row) => ({
        collection: row.collection,
        id: row.doc_id,
        slug: row.slug,
        title: row.title,
        path: row.path,
        snippet: markedSnippet(row.snippet ?? ''),
        rank: Number(row.rank),
      })),
      totalDocs,
      page,
      limit,
    }
  },
}

/** The count for a page past the last one, which has no row to carry it. */
async function countMatches(db: Parameters<SearchStore['search']>[0], q: string, locale: string) {
  const [{ total }] = await db.all<{ total: string }>(sql`SELECT count(*) AS total
    FROM search_documents d
    WHERE d.locale = ${locale}
      AND d.document @@ (websearch_to_tsquery('grappes_en', ${q}) || websearch_to_tsquery('grappes_fr', ${q}))`)
  return Number(total)
}
