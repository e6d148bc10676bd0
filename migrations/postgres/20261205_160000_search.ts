import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The full-text search index (src/plugins/fullTextSearch), outside Payload's schema: one row per
 * published document and locale. `grappes_en` and `grappes_fr` are PostgreSQL's English and
 * French configurations with accents removed (`unaccent`) before stemming; `document` weighs the
 * title (A), the body (B) and the other locale's title (C) and body (D), each stemmed in its own
 * language, under a GIN index.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS unaccent`)
  await db.execute(sql`CREATE TEXT SEARCH CONFIGURATION grappes_en (COPY = english)`)
  await db.execute(sql`ALTER TEXT SEARCH CONFIGURATION grappes_en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`)
  await db.execute(sql`CREATE TEXT SEARCH CONFIGURATION grappes_fr (COPY = french)`)
  await db.execute(sql`ALTER TEXT SEARCH CONFIGURATION grappes_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem`)
  await db.execute(sql`CREATE TABLE search_documents (
    id serial PRIMARY KEY,
    collection varchar NOT NULL,
    doc_id varchar NOT NULL,
    locale varchar NOT NULL,
    slug varchar,
    path varchar,
    title text NOT NULL,
    body text NOT NULL,
    alt_title text NOT NULL,
    alt_body text NOT NULL,
    document tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector(CASE WHEN locale = 'fr' THEN 'grappes_fr'::regconfig ELSE 'grappes_en'::regconfig END, title), 'A') ||
      setweight(to_tsvector(CASE WHEN locale = 'fr' THEN 'grappes_fr'::regconfig ELSE 'grappes_en'::regconfig END, body), 'B') ||
      setweight(to_tsvector(CASE WHEN locale = 'fr' THEN 'grappes_en'::regconfig ELSE 'grappes_fr'::regconfig END, alt_title), 'C') ||
      setweight(to_tsvector(CASE WHEN locale = 'fr' THEN 'grappes_en'::regconfig ELSE 'grappes_fr'::regconfig END, alt_body), 'D')
    ) STORED,
    UNIQUE (collection, doc_id, locale)
  )`)
  await db.execute(
    sql`CREATE INDEX search_documents_document_idx ON search_documents USING GIN (document)`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS search_documents`)
  await db.execute(sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS grappes_fr`)
  await db.execute(sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS grappes_en`)
}
