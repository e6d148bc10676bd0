import { sql } from 'drizzle-orm'

import { MARK_END, MARK_START, markedSnippet } from './highlight'
import type { SearchRow, SearchStore } from './types'

/**
 * The words of a query as an FTS5 expression: each word quoted (FTS5's operators and quotes in
 * what a reader types are only words), all of them required. FTS5's `porter unicode61
 * remove_diacritics 2` tokenizer (migrations/sqlite, search) drops accents and English suffixes;
 * Porter's rules also join the French plural -s and the mute final -e (entreprises → entrepris).
 */
export function ftsExpression(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? []
  return words.length ? words.map((word) => `"${word}"`).join(' ') : null
}

const insert = (row: SearchRow) => sql`INSERT INTO search_documents
  (collection, doc_id, locale, slug, path, title, body, alt_title, alt_body)
  VALUES (${row.collection}, ${row.docId}, ${row.locale}, ${row.slug}, ${row.path}, ${row.title},
  ${row.body}, ${row.altTitle}, ${row.altBody})`

/** Ranked by BM25 with the title weighing most, then the body, then the other locale's text. */
export const sqliteStore: SearchStore = {
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
    const match = ftsExpression(q)
    if (!match) return { docs: [], totalDocs: 0, page, limit }
    const [{ total }] = await db.all<{ total: number }>(sql`SELECT count(*) AS total
      FROM search_documents_fts JOIN search_documents d ON d.id = search_documents_fts.rowid
      WHERE search_documents_fts MATCH ${match} AND d.locale = ${locale}`)
    const rows = await db.all<{
      collection: string
      doc_id: string
      slug: string | null
      path: string | null
      title: string
      snippet: string
      score: number
    }>(sql`SELECT d.collection, d.doc_id, d.slug, d.path, d.title,
        snippet(search_documents_fts, 1, ${MARK_START}, ${MARK_END}, '…', 24) AS snippet,
        bm25(search_documents_fts, 10.0, 2.0, 5.0, 1.0) AS score
      FROM search_documents_fts JOIN search_documents d ON d.id = search_documents_fts.rowid
      WHERE search_documents_fts MATCH ${match} AND d.locale = ${locale}
      ORDER BY score, d.id LIMIT ${limit} OFFSET ${(page - 1) * limit}`)
    return {
      docs: rows.map((row) => ({
        collection: row.collection,
        id: row.doc_id,
        slug: row.slug,
        title: row.title,
        path: row.path,
        snippet: markedSnippet(row.snippet ?? ''),
        // BM25 is lower for better matches; the API's rank is higher for better ones.
        rank: -Number(row.score),
      })),
      totalDocs: Number(total),
      page,
      limit,
    }
  },
}
