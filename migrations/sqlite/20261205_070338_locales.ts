import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organizations_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_french_missing_order_idx\` ON \`organizations_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_french_missing_parent_idx\` ON \`organizations_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_version_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_french_missing_order_idx\` ON \`_organizations_v_version_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_french_missing_parent_idx\` ON \`_organizations_v_version_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clusters_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clusters_french_missing_order_idx\` ON \`clusters_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`clusters_french_missing_parent_idx\` ON \`clusters_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clusters_v_version_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_clusters_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_french_missing_order_idx\` ON \`_clusters_v_version_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_french_missing_parent_idx\` ON \`_clusters_v_version_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quotes_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_french_missing_order_idx\` ON \`quotes_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quotes_french_missing_parent_idx\` ON \`quotes_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quotes_v_version_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quotes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_french_missing_order_idx\` ON \`_quotes_v_version_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_french_missing_parent_idx\` ON \`_quotes_v_version_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`companies_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`companies_french_missing_order_idx\` ON \`companies_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`companies_french_missing_parent_idx\` ON \`companies_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_companies_v_version_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_companies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_companies_v_version_french_missing_order_idx\` ON \`_companies_v_version_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_french_missing_parent_idx\` ON \`_companies_v_version_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_french_missing_order_idx\` ON \`stories_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_french_missing_parent_idx\` ON \`stories_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_french_missing_order_idx\` ON \`_stories_v_version_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_french_missing_parent_idx\` ON \`_stories_v_version_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`ambassadors_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`ambassadors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`ambassadors_french_missing_order_idx\` ON \`ambassadors_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`ambassadors_french_missing_parent_idx\` ON \`ambassadors_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_ambassadors_v_version_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_ambassadors_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_ambassadors_v_version_french_missing_order_idx\` ON \`_ambassadors_v_version_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_ambassadors_v_version_french_missing_parent_idx\` ON \`_ambassadors_v_version_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pages_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_french_missing_order_idx\` ON \`pages_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pages_french_missing_parent_idx\` ON \`pages_french_missing\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_french_missing\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_french_missing_order_idx\` ON \`_pages_v_version_french_missing\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_french_missing_parent_idx\` ON \`_pages_v_version_french_missing\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`organizations_french_incomplete_idx\` ON \`organizations\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_organizations_v_version_version_french_incomplete_idx\` ON \`_organizations_v\` (\`version_french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`clusters_french_incomplete_idx\` ON \`clusters\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_french_incomplete_idx\` ON \`_clusters_v\` (\`version_french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`quotes_french_incomplete_idx\` ON \`quotes\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_french_incomplete_idx\` ON \`_quotes_v\` (\`version_french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`companies_french_incomplete_idx\` ON \`companies\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_version_french_incomplete_idx\` ON \`_companies_v\` (\`version_french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`stories_french_incomplete_idx\` ON \`stories\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_french_incomplete_idx\` ON \`_stories_v\` (\`version_french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`ambassadors\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`ambassadors_french_incomplete_idx\` ON \`ambassadors\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_ambassadors_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_ambassadors_v_version_version_french_incomplete_idx\` ON \`_ambassadors_v\` (\`version_french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`pages_french_incomplete_idx\` ON \`pages\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_french_incomplete_idx\` ON \`_pages_v\` (\`version_french_incomplete\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organizations_french_missing\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_french_missing\`;`)
  await db.run(sql`DROP TABLE \`clusters_french_missing\`;`)
  await db.run(sql`DROP TABLE \`_clusters_v_version_french_missing\`;`)
  await db.run(sql`DROP TABLE \`quotes_french_missing\`;`)
  await db.run(sql`DROP TABLE \`_quotes_v_version_french_missing\`;`)
  await db.run(sql`DROP TABLE \`companies_french_missing\`;`)
  await db.run(sql`DROP TABLE \`_companies_v_version_french_missing\`;`)
  await db.run(sql`DROP TABLE \`stories_french_missing\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_french_missing\`;`)
  await db.run(sql`DROP TABLE \`ambassadors_french_missing\`;`)
  await db.run(sql`DROP TABLE \`_ambassadors_v_version_french_missing\`;`)
  await db.run(sql`DROP TABLE \`pages_french_missing\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_french_missing\`;`)
  await db.run(sql`DROP INDEX \`organizations_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`clusters_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`clusters\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_clusters_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` DROP COLUMN \`version_french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`quotes_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_quotes_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` DROP COLUMN \`version_french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`companies_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_companies_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` DROP COLUMN \`version_french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`stories_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_stories_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`ambassadors_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`ambassadors\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_ambassadors_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_ambassadors_v\` DROP COLUMN \`version_french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`pages_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_french_incomplete\`;`)
}
