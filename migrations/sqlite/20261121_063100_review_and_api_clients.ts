import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`api_clients\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`api_clients_updated_at_idx\` ON \`api_clients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_created_at_idx\` ON \`api_clients\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`editor_notes\` text;`)
  await db.run(sql`CREATE INDEX \`clusters_review_review_state_idx\` ON \`clusters\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`clusters_review_review_submitted_by_idx\` ON \`clusters\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_review_review_decided_by_idx\` ON \`clusters\` (\`review_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_editor_notes\` text;`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_review_version_review_state_idx\` ON \`_clusters_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_review_version_review_submitted_by_idx\` ON \`_clusters_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_clusters_v_version_review_version_review_decided_by_idx\` ON \`_clusters_v\` (\`version_review_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`editor_notes\` text;`)
  await db.run(sql`CREATE INDEX \`quotes_review_review_state_idx\` ON \`quotes\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`quotes_review_review_submitted_by_idx\` ON \`quotes\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_review_review_decided_by_idx\` ON \`quotes\` (\`review_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_editor_notes\` text;`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_review_version_review_state_idx\` ON \`_quotes_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_review_version_review_submitted_by_idx\` ON \`_quotes_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_review_version_review_decided_by_idx\` ON \`_quotes_v\` (\`version_review_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`editor_notes\` text;`)
  await db.run(sql`CREATE INDEX \`companies_review_review_state_idx\` ON \`companies\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`companies_review_review_submitted_by_idx\` ON \`companies\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`companies_review_review_decided_by_idx\` ON \`companies\` (\`review_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_editor_notes\` text;`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_review_version_review_state_idx\` ON \`_companies_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_review_version_review_submitted_by_idx\` ON \`_companies_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_review_version_review_decided_by_idx\` ON \`_companies_v\` (\`version_review_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`stories\` ADD \`editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` ADD \`version_editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`ambassadors\` ADD \`editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_ambassadors_v\` ADD \`version_editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_editor_notes\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`api_clients_id\` integer REFERENCES api_clients(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`api_clients_id\` integer REFERENCES api_clients(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_api_clients_id_idx\` ON \`payload_preferences_rels\` (\`api_clients_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`api_clients\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_clusters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'cluster',
  	\`region\` text,
  	\`secretariat_id\` integer,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`secretariat_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_clusters\`("id", "slug", "kind", "region", "secretariat_id", "hero_image_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "region", "secretariat_id", "hero_image_id", "updated_at", "created_at", "_status" FROM \`clusters\`;`)
  await db.run(sql`DROP TABLE \`clusters\`;`)
  await db.run(sql`ALTER TABLE \`__new_clusters\` RENAME TO \`clusters\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'cluster',
  	\`version_region\` text,
  	\`version_secretariat_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_secretariat_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__clusters_v\`("id", "parent_id", "version_slug", "version_kind", "version_region", "version_secretariat_id", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_region", "version_secretariat_id", "version_hero_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_clusters_v\`;`)
  await db.run(sql`DROP TABLE \`_clusters_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__clusters_v\` RENAME TO \`_clusters_v\`;`)
  await db.run(sql`CREATE INDEX \`_clusters_v_parent_idx\` ON \`_clusters_v\` (\`parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`speaker_name\` text,
  	\`organization_id\` integer,
  	\`cluster_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "speaker_name", "organization_id", "cluster_id", "updated_at", "created_at", "_status") SELECT "id", "speaker_name", "organization_id", "cluster_id", "updated_at", "created_at", "_status" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`CREATE INDEX \`quotes_speaker_name_idx\` ON \`quotes\` (\`speaker_name\`);`)
  await db.run(sql`CREATE INDEX \`quotes_organization_idx\` ON \`quotes\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_cluster_idx\` ON \`quotes\` (\`cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes__status_idx\` ON \`quotes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__quotes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_speaker_name\` text,
  	\`version_organization_id\` integer,
  	\`version_cluster_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cluster_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__quotes_v\`("id", "parent_id", "version_speaker_name", "version_organization_id", "version_cluster_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_speaker_name", "version_organization_id", "version_cluster_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_quotes_v\`;`)
  await db.run(sql`DROP TABLE \`_quotes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__quotes_v\` RENAME TO \`_quotes_v\`;`)
  await db.run(sql`CREATE INDEX \`_quotes_v_parent_idx\` ON \`_quotes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_speaker_name_idx\` ON \`_quotes_v\` (\`version_speaker_name\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_organization_idx\` ON \`_quotes_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_cluster_idx\` ON \`_quotes_v\` (\`version_cluster_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_updated_at_idx\` ON \`_quotes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_created_at_idx\` ON \`_quotes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version__status_idx\` ON \`_quotes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_created_at_idx\` ON \`_quotes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_updated_at_idx\` ON \`_quotes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_snapshot_idx\` ON \`_quotes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_published_locale_idx\` ON \`_quotes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_latest_idx\` ON \`_quotes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_companies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`website\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_companies\`("id", "name", "slug", "website", "logo_id", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "website", "logo_id", "updated_at", "created_at", "_status" FROM \`companies\`;`)
  await db.run(sql`DROP TABLE \`companies\`;`)
  await db.run(sql`ALTER TABLE \`__new_companies\` RENAME TO \`companies\`;`)
  await db.run(sql`CREATE INDEX \`companies_name_idx\` ON \`companies\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`companies_slug_idx\` ON \`companies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`companies_logo_idx\` ON \`companies\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`companies_updated_at_idx\` ON \`companies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`companies_created_at_idx\` ON \`companies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`companies__status_idx\` ON \`companies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__companies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_website\` text,
  	\`version_logo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__companies_v\`("id", "parent_id", "version_name", "version_slug", "version_website", "version_logo_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_website", "version_logo_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_companies_v\`;`)
  await db.run(sql`DROP TABLE \`_companies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__companies_v\` RENAME TO \`_companies_v\`;`)
  await db.run(sql`CREATE INDEX \`_companies_v_parent_idx\` ON \`_companies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_version_name_idx\` ON \`_companies_v\` (\`version_name\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_version_slug_idx\` ON \`_companies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_version_logo_idx\` ON \`_companies_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_version_updated_at_idx\` ON \`_companies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_version_created_at_idx\` ON \`_companies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_version_version__status_idx\` ON \`_companies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_created_at_idx\` ON \`_companies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_updated_at_idx\` ON \`_companies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_snapshot_idx\` ON \`_companies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_published_locale_idx\` ON \`_companies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_companies_v_latest_idx\` ON \`_companies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	\`clusters_id\` integer,
  	\`quotes_id\` integer,
  	\`companies_id\` integer,
  	\`stories_id\` integer,
  	\`ambassadors_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clusters_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`companies_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ambassadors_id\`) REFERENCES \`ambassadors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organizations_id", "clusters_id", "quotes_id", "companies_id", "stories_id", "ambassadors_id", "pages_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "organizations_id", "clusters_id", "quotes_id", "companies_id", "stories_id", "ambassadors_id", "pages_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clusters_id_idx\` ON \`payload_locked_documents_rels\` (\`clusters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_companies_id_idx\` ON \`payload_locked_documents_rels\` (\`companies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ambassadors_id_idx\` ON \`payload_locked_documents_rels\` (\`ambassadors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`editor_notes\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_editor_notes\`;`)
  await db.run(sql`ALTER TABLE \`stories\` DROP COLUMN \`editor_notes\`;`)
  await db.run(sql`ALTER TABLE \`_stories_v\` DROP COLUMN \`version_editor_notes\`;`)
  await db.run(sql`ALTER TABLE \`ambassadors\` DROP COLUMN \`editor_notes\`;`)
  await db.run(sql`ALTER TABLE \`_ambassadors_v\` DROP COLUMN \`version_editor_notes\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`editor_notes\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_editor_notes\`;`)
}
