import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The full-text search index (src/plugins/fullTextSearch), outside Payload's schema: one row per
 * published document and locale in `search_documents`, and its FTS5 index (an external-content
 * table kept in step by triggers). The tokenizer drops accents and applies Porter's stemmer.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE search_documents (
    id integer PRIMARY KEY,
    collection text NOT NULL,
    doc_id text NOT NULL,
    locale text NOT NULL,
    slug text,
    path text,
    title text NOT NULL,
    body text NOT NULL,
    alt_title text NOT NULL,
    alt_body text NOT NULL,
    UNIQUE (collection, doc_id, locale)
  )`)
  await db.run(sql`CREATE VIRTUAL TABLE search_documents_fts USING fts5(
    title, body, alt_title, alt_body,
    content = 'search_documents', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
  )`)
  await db.run(sql`CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_documents_fts (rowid, title, body, alt_title, alt_body)
      VALUES (new.id, new.title, new.body, new.alt_title, new.alt_body);
  END`)
  await db.run(sql`CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_documents_fts (search_documents_fts, rowid, title, body, alt_title, alt_body)
      VALUES ('delete', old.id, old.title, old.body, old.alt_title, old.alt_body);
  END`)
  await db.run(sql`CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_documents_fts (search_documents_fts, rowid, title, body, alt_title, alt_body)
      VALUES ('delete', old.id, old.title, old.body, old.alt_title, old.alt_body);
    INSERT INTO search_documents_fts (rowid, title, body, alt_title, alt_body)
      VALUES (new.id, new.title, new.body, new.alt_title, new.alt_body);
  END`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS search_documents_fts`)
  await db.run(sql`DROP TABLE IF EXISTS search_documents`)
}
