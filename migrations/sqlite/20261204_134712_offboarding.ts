import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_submitted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`review_decided_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_submitted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` ADD \`version_review_decided_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_submitted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`quotes\` ADD \`review_decided_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_submitted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` ADD \`version_review_decided_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_submitted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`companies\` ADD \`review_decided_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_submitted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` ADD \`version_review_decided_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`active\` integer DEFAULT true;`)
  // Added by hand: reviews recorded before this migration get the reviewer's name too.
  await db.run(sql`UPDATE \`clusters\` SET \`review_submitted_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`clusters\`.\`review_submitted_by_id\`) WHERE \`review_submitted_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_clusters_v\` SET \`version_review_submitted_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`_clusters_v\`.\`version_review_submitted_by_id\`) WHERE \`version_review_submitted_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`clusters\` SET \`review_decided_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`clusters\`.\`review_decided_by_id\`) WHERE \`review_decided_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_clusters_v\` SET \`version_review_decided_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`_clusters_v\`.\`version_review_decided_by_id\`) WHERE \`version_review_decided_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`quotes\` SET \`review_submitted_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`quotes\`.\`review_submitted_by_id\`) WHERE \`review_submitted_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_quotes_v\` SET \`version_review_submitted_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`_quotes_v\`.\`version_review_submitted_by_id\`) WHERE \`version_review_submitted_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`quotes\` SET \`review_decided_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`quotes\`.\`review_decided_by_id\`) WHERE \`review_decided_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_quotes_v\` SET \`version_review_decided_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`_quotes_v\`.\`version_review_decided_by_id\`) WHERE \`version_review_decided_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`companies\` SET \`review_submitted_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`companies\`.\`review_submitted_by_id\`) WHERE \`review_submitted_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_companies_v\` SET \`version_review_submitted_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`_companies_v\`.\`version_review_submitted_by_id\`) WHERE \`version_review_submitted_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`companies\` SET \`review_decided_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`companies\`.\`review_decided_by_id\`) WHERE \`review_decided_by_id\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_companies_v\` SET \`version_review_decided_by_name\` = (SELECT coalesce(nullif(\`name\`, ''), \`email\`) FROM \`users\` WHERE \`users\`.\`id\` = \`_companies_v\`.\`version_review_decided_by_id\`) WHERE \`version_review_decided_by_id\` IS NOT NULL;`)
  // Added by hand: SQLite's ALTER TABLE ... ADD cannot carry the `ON DELETE SET NULL` the schema
  // declares, so these twelve columns got NO ACTION and deleting anyone who ever submitted or
  // decided a review failed. The trigger does what PostgreSQL's foreign keys already do.
  await db.run(sql`CREATE TRIGGER \`users_delete_clears_reviewers\` BEFORE DELETE ON \`users\` BEGIN
    UPDATE \`clusters\` SET \`review_submitted_by_id\` = NULL WHERE \`review_submitted_by_id\` = OLD.id;
    UPDATE \`_clusters_v\` SET \`version_review_submitted_by_id\` = NULL WHERE \`version_review_submitted_by_id\` = OLD.id;
    UPDATE \`clusters\` SET \`review_decided_by_id\` = NULL WHERE \`review_decided_by_id\` = OLD.id;
    UPDATE \`_clusters_v\` SET \`version_review_decided_by_id\` = NULL WHERE \`version_review_decided_by_id\` = OLD.id;
    UPDATE \`quotes\` SET \`review_submitted_by_id\` = NULL WHERE \`review_submitted_by_id\` = OLD.id;
    UPDATE \`_quotes_v\` SET \`version_review_submitted_by_id\` = NULL WHERE \`version_review_submitted_by_id\` = OLD.id;
    UPDATE \`quotes\` SET \`review_decided_by_id\` = NULL WHERE \`review_decided_by_id\` = OLD.id;
    UPDATE \`_quotes_v\` SET \`version_review_decided_by_id\` = NULL WHERE \`version_review_decided_by_id\` = OLD.id;
    UPDATE \`companies\` SET \`review_submitted_by_id\` = NULL WHERE \`review_submitted_by_id\` = OLD.id;
    UPDATE \`_companies_v\` SET \`version_review_submitted_by_id\` = NULL WHERE \`version_review_submitted_by_id\` = OLD.id;
    UPDATE \`companies\` SET \`review_decided_by_id\` = NULL WHERE \`review_decided_by_id\` = OLD.id;
    UPDATE \`_companies_v\` SET \`version_review_decided_by_id\` = NULL WHERE \`version_review_decided_by_id\` = OLD.id;
  END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS \`users_delete_clears_reviewers\`;`)
  await db.run(sql`ALTER TABLE \`clusters\` DROP COLUMN \`review_submitted_by_name\`;`)
  await db.run(sql`ALTER TABLE \`clusters\` DROP COLUMN \`review_decided_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` DROP COLUMN \`version_review_submitted_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_clusters_v\` DROP COLUMN \`version_review_decided_by_name\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`review_submitted_by_name\`;`)
  await db.run(sql`ALTER TABLE \`quotes\` DROP COLUMN \`review_decided_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` DROP COLUMN \`version_review_submitted_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_quotes_v\` DROP COLUMN \`version_review_decided_by_name\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`review_submitted_by_name\`;`)
  await db.run(sql`ALTER TABLE \`companies\` DROP COLUMN \`review_decided_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` DROP COLUMN \`version_review_submitted_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_companies_v\` DROP COLUMN \`version_review_decided_by_name\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`active\`;`)
}
