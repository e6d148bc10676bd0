import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`figure_history\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_figure_history\` text;`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`figure_history\` text;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_figure_history\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`figure_history\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_figure_history\`;`)
  await db.run(sql`ALTER TABLE \`clusters\` DROP COLUMN \`figure_history\`;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` DROP COLUMN \`version_figure_history\`;`)
}
