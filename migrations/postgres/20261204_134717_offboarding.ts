import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clusters" ADD COLUMN "review_submitted_by_name" varchar;
  ALTER TABLE "clusters" ADD COLUMN "review_decided_by_name" varchar;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_submitted_by_name" varchar;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_decided_by_name" varchar;
  ALTER TABLE "quotes" ADD COLUMN "review_submitted_by_name" varchar;
  ALTER TABLE "quotes" ADD COLUMN "review_decided_by_name" varchar;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_submitted_by_name" varchar;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_decided_by_name" varchar;
  ALTER TABLE "companies" ADD COLUMN "review_submitted_by_name" varchar;
  ALTER TABLE "companies" ADD COLUMN "review_decided_by_name" varchar;
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_submitted_by_name" varchar;
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_decided_by_name" varchar;
  ALTER TABLE "users" ADD COLUMN "active" boolean DEFAULT true;`)
  // Added by hand: reviews recorded before this migration get the reviewer's name too.
  await db.execute(sql`
  UPDATE "clusters" SET "review_submitted_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "clusters"."review_submitted_by_id") WHERE "review_submitted_by_id" IS NOT NULL;
  UPDATE "_clusters_v" SET "version_review_submitted_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "_clusters_v"."version_review_submitted_by_id") WHERE "version_review_submitted_by_id" IS NOT NULL;
  UPDATE "clusters" SET "review_decided_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "clusters"."review_decided_by_id") WHERE "review_decided_by_id" IS NOT NULL;
  UPDATE "_clusters_v" SET "version_review_decided_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "_clusters_v"."version_review_decided_by_id") WHERE "version_review_decided_by_id" IS NOT NULL;
  UPDATE "quotes" SET "review_submitted_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "quotes"."review_submitted_by_id") WHERE "review_submitted_by_id" IS NOT NULL;
  UPDATE "_quotes_v" SET "version_review_submitted_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "_quotes_v"."version_review_submitted_by_id") WHERE "version_review_submitted_by_id" IS NOT NULL;
  UPDATE "quotes" SET "review_decided_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "quotes"."review_decided_by_id") WHERE "review_decided_by_id" IS NOT NULL;
  UPDATE "_quotes_v" SET "version_review_decided_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "_quotes_v"."version_review_decided_by_id") WHERE "version_review_decided_by_id" IS NOT NULL;
  UPDATE "companies" SET "review_submitted_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "companies"."review_submitted_by_id") WHERE "review_submitted_by_id" IS NOT NULL;
  UPDATE "_companies_v" SET "version_review_submitted_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "_companies_v"."version_review_submitted_by_id") WHERE "version_review_submitted_by_id" IS NOT NULL;
  UPDATE "companies" SET "review_decided_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "companies"."review_decided_by_id") WHERE "review_decided_by_id" IS NOT NULL;
  UPDATE "_companies_v" SET "version_review_decided_by_name" = (SELECT coalesce(nullif("name", ''), "email") FROM "users" WHERE "users"."id" = "_companies_v"."version_review_decided_by_id") WHERE "version_review_decided_by_id" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clusters" DROP COLUMN "review_submitted_by_name";
  ALTER TABLE "clusters" DROP COLUMN "review_decided_by_name";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_submitted_by_name";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_decided_by_name";
  ALTER TABLE "quotes" DROP COLUMN "review_submitted_by_name";
  ALTER TABLE "quotes" DROP COLUMN "review_decided_by_name";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_submitted_by_name";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_decided_by_name";
  ALTER TABLE "companies" DROP COLUMN "review_submitted_by_name";
  ALTER TABLE "companies" DROP COLUMN "review_decided_by_name";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_submitted_by_name";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_decided_by_name";
  ALTER TABLE "users" DROP COLUMN "active";`)
}
