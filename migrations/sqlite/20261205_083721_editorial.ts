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
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`clusters_logo_idx\` ON \`clusters\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_french_incomplete_idx\` ON \`clusters\` (\`french_incomplete\`);`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_french_incomplete\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_logo_idx\` ON \`_clusters_v\` (\`version_logo_id\`);`)
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
  await db.run(sql`ALTER TABLE \`media\` ADD \`organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`media_organization_idx\` ON \`media\` (\`organization_id\`);`)
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
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_clusters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`review_state\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`review_submitted_by_id\` integer,
  	\`review_submitted_by_name\` text,
  	\`review_submitted_at\` text,
  	\`review_decided_by_id\` integer,
  	\`review_decided_by_name\` text,
  	\`review_decided_at\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'cluster',
  	\`region\` text,
  	\`secretariat_id\` integer,
  	\`hero_image_id\` integer,
  	\`editor_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`secretariat_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_clusters\`("id", "review_state", "review_comment", "review_submitted_by_id", "review_submitted_by_name", "review_submitted_at", "review_decided_by_id", "review_decided_by_name", "review_decided_at", "slug", "kind", "region", "secretariat_id", "hero_image_id", "editor_notes", "updated_at", "created_at", "_status") SELECT "id", "review_state", "review_comment", "review_submitted_by_id", "review_submitted_by_name", "review_submitted_at", "review_decided_by_id", "review_decided_by_name", "review_decided_at", "slug", "kind", "region", "secretariat_id", "hero_image_id", "editor_notes", "updated_at", "created_at", "_status" FROM \`clusters\`;`)
  await db.run(sql`DROP TABLE \`clusters\`;`)
  await db.run(sql`ALTER TABLE \`__new_clusters\` RENAME TO \`clusters\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`clusters_review_review_state_idx\` ON \`clusters\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`clusters_review_review_submitted_by_idx\` ON \`clusters\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_review_review_decided_by_idx\` ON \`clusters\` (\`review_decided_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`clusters_slug_idx\` ON \`clusters\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`clusters_kind_idx\` ON \`clusters\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`clusters_region_idx\` ON \`clusters\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`clusters_secretariat_idx\` ON \`clusters\` (\`secretariat_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_hero_image_idx\` ON \`clusters\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_updated_at_idx\` ON \`clusters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`clusters_created_at_idx\` ON \`clusters\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`clusters__status_idx\` ON \`clusters\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__clusters_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_review_submitted_by_id\` integer,
  	\`version_review_submitted_by_name\` text,
  	\`version_review_submitted_at\` text,
  	\`version_review_decided_by_id\` integer,
  	\`version_review_decided_by_name\` text,
  	\`version_review_decided_at\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'cluster',
  	\`version_region\` text,
  	\`version_secretariat_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_editor_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_secretariat_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__clusters_v\`("id", "parent_id", "version_review_state", "version_review_comment", "version_review_submitted_by_id", "version_review_submitted_by_name", "version_review_submitted_at", "version_review_decided_by_id", "version_review_decided_by_name", "version_review_decided_at", "version_slug", "version_kind", "version_region", "version_secretariat_id", "version_hero_image_id", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_review_state", "version_review_comment", "version_review_submitted_by_id", "version_review_submitted_by_name", "version_review_submitted_at", "version_review_decided_by_id", "version_review_decided_by_name", "version_review_decided_at", "version_slug", "version_kind", "version_region", "version_secretariat_id", "version_hero_image_id", "version_editor_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_clusters_v\`;`)
  await db.run(sql`DROP TABLE \`_clusters_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__clusters_v\` RENAME TO \`_clusters_v\`;`)
  await db.run(sql`CREATE INDEX \`_clusters_v_parent_idx\` ON \`_clusters_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_review_version_review_state_idx\` ON \`_clusters_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_review_version_review_submitted_by_idx\` ON \`_clusters_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_review_version_review_decided_by_idx\` ON \`_clusters_v\` (\`version_review_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_slug_idx\` ON \`_clusters_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_kind_idx\` ON \`_clusters_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_region_idx\` ON \`_clusters_v\` (\`version_region\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_secretariat_idx\` ON \`_clusters_v\` (\`version_secretariat_id\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_hero_image_idx\` ON \`_clusters_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_updated_at_idx\` ON \`_clusters_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version_created_at_idx\` ON \`_clusters_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_version__status_idx\` ON \`_clusters_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_created_at_idx\` ON \`_clusters_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_updated_at_idx\` ON \`_clusters_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_snapshot_idx\` ON \`_clusters_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_published_locale_idx\` ON \`_clusters_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_latest_idx\` ON \`_clusters_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename") SELECT "id", "prefix", "_objectkey", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_hero_url", "sizes_hero_width", "sizes_hero_height", "sizes_hero_mime_type", "sizes_hero_filesize", "sizes_hero_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`DROP INDEX \`organizations_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`french_incomplete\`;`)
  await db.run(sql`DROP INDEX \`_organizations_v_version_version_french_incomplete_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_french_incomplete\`;`)
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
