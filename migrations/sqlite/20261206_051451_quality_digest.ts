import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`quality_digest\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`quality_digest_language\` text DEFAULT 'fr';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`quality_digest_sent_for\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`quality_digest\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`quality_digest_language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`quality_digest_sent_for\`;`)
}
