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
