import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`global\` text;`)
  await db.run(sql`CREATE INDEX \`audit_log_global_idx\` ON \`audit_log\` (\`global\`);`)
  await db.run(sql`ALTER TABLE \`ecosystem_figures_groups\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`ecosystem_figures_groups_image_idx\` ON \`ecosystem_figures_groups\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_ecosystem_figures_v_version_groups\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_ecosystem_figures_v_version_groups_image_idx\` ON \`_ecosystem_figures_v_version_groups\` (\`image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_ecosystem_figures_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`ecosystem_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_ecosystem_figures_groups\`("_order", "_parent_id", "id", "key") SELECT "_order", "_parent_id", "id", "key" FROM \`ecosystem_figures_groups\`;`)
  await db.run(sql`DROP TABLE \`ecosystem_figures_groups\`;`)
  await db.run(sql`ALTER TABLE \`__new_ecosystem_figures_groups\` RENAME TO \`ecosystem_figures_groups\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`ecosystem_figures_groups_order_idx\` ON \`ecosystem_figures_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`ecosystem_figures_groups_parent_id_idx\` ON \`ecosystem_figures_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__ecosystem_figures_v_version_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_ecosystem_figures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__ecosystem_figures_v_version_groups\`("_order", "_parent_id", "id", "key", "_uuid") SELECT "_order", "_parent_id", "id", "key", "_uuid" FROM \`_ecosystem_figures_v_version_groups\`;`)
  await db.run(sql`DROP TABLE \`_ecosystem_figures_v_version_groups\`;`)
  await db.run(sql`ALTER TABLE \`__new__ecosystem_figures_v_version_groups\` RENAME TO \`_ecosystem_figures_v_version_groups\`;`)
  await db.run(sql`CREATE INDEX \`_ecosystem_figures_v_version_groups_order_idx\` ON \`_ecosystem_figures_v_version_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_ecosystem_figures_v_version_groups_parent_id_idx\` ON \`_ecosystem_figures_v_version_groups\` (\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`audit_log_global_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`global\`;`)
}
