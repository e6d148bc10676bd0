import type { SQL } from 'drizzle-orm'

/** One row of the index: a published document in one locale. */
export type SearchRow = {
  collection: string
  docId: string
  locale: string
  slug: string | null
  path: string | null
  /** The document's title and body text in this locale (what the reader sees, and the snippet's source). */
  title: string
  body: string
  /** The same in the other locale: a reader may type a word of either language. */
  altTitle: string
  altBody: string
}

export type SearchQuery = { q: string; locale: string; limit: number; page: number }

export type SearchHit = {
  collection: string
  id: string
  slug: string | null
  title: string
  path: string | null
  /** HTML: the text escaped, the matched words in `<mark>`. */
  snippet: string
  rank: number
}

export type SearchResult = { docs: SearchHit[]; totalDocs: number; page: number; limit: number }

/** Raw SQL on the database in use, in the request's transaction when there is one. */
export type SqlRunner = {
  run: (query: SQL) => Promise<void>
  all: <T>(query: SQL) => Promise<T[]>
}

/** The index on one kind of database (PostgreSQL full-text search, SQLite FTS5). */
export type SearchStore = {
  replace: (sql: SqlRunner, collection: string, docId: string, rows: SearchRow[]) => Promise<void>
  remove: (sql: SqlRunner, collection: string, docId: string) => Promise<void>
  clear: (sql: SqlRunner) => Promise<void>
  search: (sql: SqlRunner, query: SearchQuery) => Promise<SearchResult>
}
