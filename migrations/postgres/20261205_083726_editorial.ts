import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organizations_french_missing" AS ENUM('name', 'description');
  CREATE TYPE "public"."enum__organizations_v_version_french_missing" AS ENUM('name', 'description');
  CREATE TYPE "public"."enum_clusters_french_missing" AS ENUM('name', 'summary', 'body', 'sectorBreakdown_intro', 'leadersIntro');
  CREATE TYPE "public"."enum__clusters_v_version_french_missing" AS ENUM('name', 'summary', 'body', 'sectorBreakdown_intro', 'leadersIntro');
  CREATE TYPE "public"."enum_quotes_french_missing" AS ENUM('text', 'speakerTitle');
  CREATE TYPE "public"."enum__quotes_v_version_french_missing" AS ENUM('text', 'speakerTitle');
  CREATE TYPE "public"."enum_companies_french_missing" AS ENUM('description');
  CREATE TYPE "public"."enum__companies_v_version_french_missing" AS ENUM('description');
  CREATE TYPE "public"."enum_stories_french_missing" AS ENUM('title', 'summary', 'body', 'seo_title', 'seo_description');
  CREATE TYPE "public"."enum__stories_v_version_french_missing" AS ENUM('title', 'summary', 'body', 'seo_title', 'seo_description');
  CREATE TYPE "public"."enum_ambassadors_french_missing" AS ENUM('role', 'bio', 'quote');
  CREATE TYPE "public"."enum__ambassadors_v_version_french_missing" AS ENUM('role', 'bio', 'quote');
  CREATE TYPE "public"."enum_pages_french_missing" AS ENUM('title', 'summary', 'seo_title', 'seo_description');
  CREATE TYPE "public"."enum__pages_v_version_french_missing" AS ENUM('title', 'summary', 'seo_title', 'seo_description');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendScheduleFailureEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendScheduleFailureEmail' BEFORE 'schedulePublish';
  CREATE TABLE "organizations_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_organizations_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_organizations_v_version_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__organizations_v_version_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "clusters_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_clusters_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_clusters_v_version_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__clusters_v_version_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "quotes_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_quotes_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_quotes_v_version_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__quotes_v_version_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "companies_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_companies_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_companies_v_version_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__companies_v_version_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "stories_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_stories_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_stories_v_version_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__stories_v_version_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "ambassadors_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_ambassadors_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_ambassadors_v_version_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__ambassadors_v_version_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pages_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_french_missing" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pages_v_version_french_missing",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "organizations" ADD COLUMN "french_incomplete" boolean DEFAULT false;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_french_incomplete" boolean DEFAULT false;
  ALTER TABLE "clusters" ADD COLUMN "logo_id" integer;
  ALTER TABLE "clusters" ADD COLUMN "french_incomplete" boolean DEFAULT false;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_logo_id" integer;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_french_incomplete" boolean DEFAULT false;
  ALTER TABLE "quotes" ADD COLUMN "french_incomplete" boolean DEFAULT false;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_french_incomplete" boolean DEFAULT false;
  ALTER TABLE "companies" ADD COLUMN "french_incomplete" boolean DEFAULT false;
  ALTER TABLE "_companies_v" ADD COLUMN "version_french_incomplete" boolean DEFAULT false;
  ALTER TABLE "stories" ADD COLUMN "french_incomplete" boolean DEFAULT false;
  ALTER TABLE "_stories_v" ADD COLUMN "version_french_incomplete" boolean DEFAULT false;
  ALTER TABLE "ambassadors" ADD COLUMN "french_incomplete" boolean DEFAULT false;
  ALTER TABLE "_ambassadors_v" ADD COLUMN "version_french_incomplete" boolean DEFAULT false;
  ALTER TABLE "pages" ADD COLUMN "french_incomplete" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_french_incomplete" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "organization_id" integer;
  ALTER TABLE "organizations_french_missing" ADD CONSTRAINT "organizations_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_french_missing" ADD CONSTRAINT "_organizations_v_version_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_french_missing" ADD CONSTRAINT "clusters_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_french_missing" ADD CONSTRAINT "_clusters_v_version_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes_french_missing" ADD CONSTRAINT "quotes_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quotes_v_version_french_missing" ADD CONSTRAINT "_quotes_v_version_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_quotes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "companies_french_missing" ADD CONSTRAINT "companies_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_companies_v_version_french_missing" ADD CONSTRAINT "_companies_v_version_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_companies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_french_missing" ADD CONSTRAINT "stories_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_french_missing" ADD CONSTRAINT "_stories_v_version_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ambassadors_french_missing" ADD CONSTRAINT "ambassadors_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ambassadors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ambassadors_v_version_french_missing" ADD CONSTRAINT "_ambassadors_v_version_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_ambassadors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_french_missing" ADD CONSTRAINT "pages_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_french_missing" ADD CONSTRAINT "_pages_v_version_french_missing_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organizations_french_missing_order_idx" ON "organizations_french_missing" USING btree ("order");
  CREATE INDEX "organizations_french_missing_parent_idx" ON "organizations_french_missing" USING btree ("parent_id");
  CREATE INDEX "_organizations_v_version_french_missing_order_idx" ON "_organizations_v_version_french_missing" USING btree ("order");
  CREATE INDEX "_organizations_v_version_french_missing_parent_idx" ON "_organizations_v_version_french_missing" USING btree ("parent_id");
  CREATE INDEX "clusters_french_missing_order_idx" ON "clusters_french_missing" USING btree ("order");
  CREATE INDEX "clusters_french_missing_parent_idx" ON "clusters_french_missing" USING btree ("parent_id");
  CREATE INDEX "_clusters_v_version_french_missing_order_idx" ON "_clusters_v_version_french_missing" USING btree ("order");
  CREATE INDEX "_clusters_v_version_french_missing_parent_idx" ON "_clusters_v_version_french_missing" USING btree ("parent_id");
  CREATE INDEX "quotes_french_missing_order_idx" ON "quotes_french_missing" USING btree ("order");
  CREATE INDEX "quotes_french_missing_parent_idx" ON "quotes_french_missing" USING btree ("parent_id");
  CREATE INDEX "_quotes_v_version_french_missing_order_idx" ON "_quotes_v_version_french_missing" USING btree ("order");
  CREATE INDEX "_quotes_v_version_french_missing_parent_idx" ON "_quotes_v_version_french_missing" USING btree ("parent_id");
  CREATE INDEX "companies_french_missing_order_idx" ON "companies_french_missing" USING btree ("order");
  CREATE INDEX "companies_french_missing_parent_idx" ON "companies_french_missing" USING btree ("parent_id");
  CREATE INDEX "_companies_v_version_french_missing_order_idx" ON "_companies_v_version_french_missing" USING btree ("order");
  CREATE INDEX "_companies_v_version_french_missing_parent_idx" ON "_companies_v_version_french_missing" USING btree ("parent_id");
  CREATE INDEX "stories_french_missing_order_idx" ON "stories_french_missing" USING btree ("order");
  CREATE INDEX "stories_french_missing_parent_idx" ON "stories_french_missing" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_french_missing_order_idx" ON "_stories_v_version_french_missing" USING btree ("order");
  CREATE INDEX "_stories_v_version_french_missing_parent_idx" ON "_stories_v_version_french_missing" USING btree ("parent_id");
  CREATE INDEX "ambassadors_french_missing_order_idx" ON "ambassadors_french_missing" USING btree ("order");
  CREATE INDEX "ambassadors_french_missing_parent_idx" ON "ambassadors_french_missing" USING btree ("parent_id");
  CREATE INDEX "_ambassadors_v_version_french_missing_order_idx" ON "_ambassadors_v_version_french_missing" USING btree ("order");
  CREATE INDEX "_ambassadors_v_version_french_missing_parent_idx" ON "_ambassadors_v_version_french_missing" USING btree ("parent_id");
  CREATE INDEX "pages_french_missing_order_idx" ON "pages_french_missing" USING btree ("order");
  CREATE INDEX "pages_french_missing_parent_idx" ON "pages_french_missing" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_french_missing_order_idx" ON "_pages_v_version_french_missing" USING btree ("order");
  CREATE INDEX "_pages_v_version_french_missing_parent_idx" ON "_pages_v_version_french_missing" USING btree ("parent_id");
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clusters_v" ADD CONSTRAINT "_clusters_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "organizations_french_incomplete_idx" ON "organizations" USING btree ("french_incomplete");
  CREATE INDEX "_organizations_v_version_version_french_incomplete_idx" ON "_organizations_v" USING btree ("version_french_incomplete");
  CREATE INDEX "clusters_logo_idx" ON "clusters" USING btree ("logo_id");
  CREATE INDEX "clusters_french_incomplete_idx" ON "clusters" USING btree ("french_incomplete");
  CREATE INDEX "_clusters_v_version_version_logo_idx" ON "_clusters_v" USING btree ("version_logo_id");
  CREATE INDEX "_clusters_v_version_version_french_incomplete_idx" ON "_clusters_v" USING btree ("version_french_incomplete");
  CREATE INDEX "quotes_french_incomplete_idx" ON "quotes" USING btree ("french_incomplete");
  CREATE INDEX "_quotes_v_version_version_french_incomplete_idx" ON "_quotes_v" USING btree ("version_french_incomplete");
  CREATE INDEX "companies_french_incomplete_idx" ON "companies" USING btree ("french_incomplete");
  CREATE INDEX "_companies_v_version_version_french_incomplete_idx" ON "_companies_v" USING btree ("version_french_incomplete");
  CREATE INDEX "stories_french_incomplete_idx" ON "stories" USING btree ("french_incomplete");
  CREATE INDEX "_stories_v_version_version_french_incomplete_idx" ON "_stories_v" USING btree ("version_french_incomplete");
  CREATE INDEX "ambassadors_french_incomplete_idx" ON "ambassadors" USING btree ("french_incomplete");
  CREATE INDEX "_ambassadors_v_version_version_french_incomplete_idx" ON "_ambassadors_v" USING btree ("version_french_incomplete");
  CREATE INDEX "pages_french_incomplete_idx" ON "pages" USING btree ("french_incomplete");
  CREATE INDEX "_pages_v_version_version_french_incomplete_idx" ON "_pages_v" USING btree ("version_french_incomplete");
  CREATE INDEX "media_organization_idx" ON "media" USING btree ("organization_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organizations_v_version_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clusters_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_clusters_v_version_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quotes_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_quotes_v_version_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "companies_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_companies_v_version_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_version_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ambassadors_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_ambassadors_v_version_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_french_missing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_french_missing" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "organizations_french_missing" CASCADE;
  DROP TABLE "_organizations_v_version_french_missing" CASCADE;
  DROP TABLE "clusters_french_missing" CASCADE;
  DROP TABLE "_clusters_v_version_french_missing" CASCADE;
  DROP TABLE "quotes_french_missing" CASCADE;
  DROP TABLE "_quotes_v_version_french_missing" CASCADE;
  DROP TABLE "companies_french_missing" CASCADE;
  DROP TABLE "_companies_v_version_french_missing" CASCADE;
  DROP TABLE "stories_french_missing" CASCADE;
  DROP TABLE "_stories_v_version_french_missing" CASCADE;
  DROP TABLE "ambassadors_french_missing" CASCADE;
  DROP TABLE "_ambassadors_v_version_french_missing" CASCADE;
  DROP TABLE "pages_french_missing" CASCADE;
  DROP TABLE "_pages_v_version_french_missing" CASCADE;
  ALTER TABLE "clusters" DROP CONSTRAINT "clusters_logo_id_media_id_fk";
  
  ALTER TABLE "_clusters_v" DROP CONSTRAINT "_clusters_v_version_logo_id_media_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_organization_id_organizations_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'sendReviewEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'sendReviewEmail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "organizations_french_incomplete_idx";
  DROP INDEX "_organizations_v_version_version_french_incomplete_idx";
  DROP INDEX "clusters_logo_idx";
  DROP INDEX "clusters_french_incomplete_idx";
  DROP INDEX "_clusters_v_version_version_logo_idx";
  DROP INDEX "_clusters_v_version_version_french_incomplete_idx";
  DROP INDEX "quotes_french_incomplete_idx";
  DROP INDEX "_quotes_v_version_version_french_incomplete_idx";
  DROP INDEX "companies_french_incomplete_idx";
  DROP INDEX "_companies_v_version_version_french_incomplete_idx";
  DROP INDEX "stories_french_incomplete_idx";
  DROP INDEX "_stories_v_version_version_french_incomplete_idx";
  DROP INDEX "ambassadors_french_incomplete_idx";
  DROP INDEX "_ambassadors_v_version_version_french_incomplete_idx";
  DROP INDEX "pages_french_incomplete_idx";
  DROP INDEX "_pages_v_version_version_french_incomplete_idx";
  DROP INDEX "media_organization_idx";
  ALTER TABLE "organizations" DROP COLUMN "french_incomplete";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_french_incomplete";
  ALTER TABLE "clusters" DROP COLUMN "logo_id";
  ALTER TABLE "clusters" DROP COLUMN "french_incomplete";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_logo_id";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_french_incomplete";
  ALTER TABLE "quotes" DROP COLUMN "french_incomplete";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_french_incomplete";
  ALTER TABLE "companies" DROP COLUMN "french_incomplete";
  ALTER TABLE "_companies_v" DROP COLUMN "version_french_incomplete";
  ALTER TABLE "stories" DROP COLUMN "french_incomplete";
  ALTER TABLE "_stories_v" DROP COLUMN "version_french_incomplete";
  ALTER TABLE "ambassadors" DROP COLUMN "french_incomplete";
  ALTER TABLE "_ambassadors_v" DROP COLUMN "version_french_incomplete";
  ALTER TABLE "pages" DROP COLUMN "french_incomplete";
  ALTER TABLE "_pages_v" DROP COLUMN "version_french_incomplete";
  ALTER TABLE "media" DROP COLUMN "organization_id";
  DROP TYPE "public"."enum_organizations_french_missing";
  DROP TYPE "public"."enum__organizations_v_version_french_missing";
  DROP TYPE "public"."enum_clusters_french_missing";
  DROP TYPE "public"."enum__clusters_v_version_french_missing";
  DROP TYPE "public"."enum_quotes_french_missing";
  DROP TYPE "public"."enum__quotes_v_version_french_missing";
  DROP TYPE "public"."enum_companies_french_missing";
  DROP TYPE "public"."enum__companies_v_version_french_missing";
  DROP TYPE "public"."enum_stories_french_missing";
  DROP TYPE "public"."enum__stories_v_version_french_missing";
  DROP TYPE "public"."enum_ambassadors_french_missing";
  DROP TYPE "public"."enum__ambassadors_v_version_french_missing";
  DROP TYPE "public"."enum_pages_french_missing";
  DROP TYPE "public"."enum__pages_v_version_french_missing";`)
}
