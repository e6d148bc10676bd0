import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Users get a required name: those without one are named after their e-mail's local part.
  await db.run(
    sql`UPDATE \`users\` SET \`name\` = substr(\`email\`, 1, instr(\`email\`, '@') - 1) WHERE \`name\` IS NULL OR trim(\`name\`) = '';`,
  )
  // Written by hand: the generated migration rebuilt `users` to make `name` NOT NULL, which drops
  // the table's trigger (users_delete_clears_reviewers, see the offboarding migration) and, inside
  // the migration's transaction where `PRAGMA foreign_keys=OFF` does nothing, deletes every
  // session. Payload requires the name on every write; the column stays nullable in SQLite.
  await db.run(sql`ALTER TABLE \`users\` ADD \`invitation\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`invited_at\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`changes\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invitation\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`invited_at\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`changes\`;`)
}
