import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clusters_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum__clusters_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum_quotes_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum__quotes_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum_companies_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TYPE "public"."enum__companies_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'published');
  CREATE TABLE "api_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  ALTER TABLE "organizations" ADD COLUMN "editor_notes" varchar;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_editor_notes" varchar;
  ALTER TABLE "clusters" ADD COLUMN "review_state" "enum_clusters_review_state" DEFAULT 'draft';
  ALTER TABLE "clusters" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "clusters" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "clusters" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "clusters" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "clusters" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "clusters" ADD COLUMN "editor_notes" varchar;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_state" "enum__clusters_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_editor_notes" varchar;
  ALTER TABLE "quotes" ADD COLUMN "review_state" "enum_quotes_review_state" DEFAULT 'draft';
  ALTER TABLE "quotes" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "quotes" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "quotes" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "quotes" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "quotes" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "quotes" ADD COLUMN "editor_notes" varchar;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_state" "enum__quotes_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_quotes_v" ADD COLUMN "version_editor_notes" varchar;
  ALTER TABLE "companies" ADD COLUMN "review_state" "enum_companies_review_state" DEFAULT 'draft';
  ALTER TABLE "companies" ADD COLUMN "review_comment" varchar;
  ALTER TABLE "companies" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "companies" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "companies" ADD COLUMN "review_decided_by_id" integer;
  ALTER TABLE "companies" ADD COLUMN "review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "companies" ADD COLUMN "editor_notes" varchar;
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_state" "enum__companies_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_comment" varchar;
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_decided_by_id" integer;
  ALTER TABLE "_companies_v" ADD COLUMN "version_review_decided_at" timestamp(3) with time zone;
  ALTER TABLE "_companies_v" ADD COLUMN "version_editor_notes" varchar;
  ALTER TABLE "stories" ADD COLUMN "editor_notes" varchar;
  ALTER TABLE "_stories_v" ADD COLUMN "version_editor_notes" varchar;
  ALTER TABLE "ambassadors" ADD COLUMN "editor_notes" varchar;
  ALTER TABLE "_ambassadors_v" ADD COLUMN "version_editor_notes" varchar;
  ALTER TABLE "pages" ADD COLUMN "editor_notes" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_editor_notes" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "api_clients_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "api_clients_id" integer;
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clusters_v" ADD CONSTRAINT "_clusters_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clusters_v" ADD CONSTRAINT "_clusters_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "companies" ADD CONSTRAINT "companies_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "companies" ADD CONSTRAINT "companies_review_decided_by_id_users_id_fk" FOREIGN KEY ("review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_companies_v" ADD CONSTRAINT "_companies_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_companies_v" ADD CONSTRAINT "_companies_v_version_review_decided_by_id_users_id_fk" FOREIGN KEY ("version_review_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "clusters_review_review_state_idx" ON "clusters" USING btree ("review_state");
  CREATE INDEX "clusters_review_review_submitted_by_idx" ON "clusters" USING btree ("review_submitted_by_id");
  CREATE INDEX "clusters_review_review_decided_by_idx" ON "clusters" USING btree ("review_decided_by_id");
  CREATE INDEX "_clusters_v_version_review_version_review_state_idx" ON "_clusters_v" USING btree ("version_review_state");
  CREATE INDEX "_clusters_v_version_review_version_review_submitted_by_idx" ON "_clusters_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_clusters_v_version_review_version_review_decided_by_idx" ON "_clusters_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "quotes_review_review_state_idx" ON "quotes" USING btree ("review_state");
  CREATE INDEX "quotes_review_review_submitted_by_idx" ON "quotes" USING btree ("review_submitted_by_id");
  CREATE INDEX "quotes_review_review_decided_by_idx" ON "quotes" USING btree ("review_decided_by_id");
  CREATE INDEX "_quotes_v_version_review_version_review_state_idx" ON "_quotes_v" USING btree ("version_review_state");
  CREATE INDEX "_quotes_v_version_review_version_review_submitted_by_idx" ON "_quotes_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_quotes_v_version_review_version_review_decided_by_idx" ON "_quotes_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "companies_review_review_state_idx" ON "companies" USING btree ("review_state");
  CREATE INDEX "companies_review_review_submitted_by_idx" ON "companies" USING btree ("review_submitted_by_id");
  CREATE INDEX "companies_review_review_decided_by_idx" ON "companies" USING btree ("review_decided_by_id");
  CREATE INDEX "_companies_v_version_review_version_review_state_idx" ON "_companies_v" USING btree ("version_review_state");
  CREATE INDEX "_companies_v_version_review_version_review_submitted_by_idx" ON "_companies_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_companies_v_version_review_version_review_decided_by_idx" ON "_companies_v" USING btree ("version_review_decided_by_id");
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_preferences_rels_api_clients_id_idx" ON "payload_preferences_rels" USING btree ("api_clients_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "api_clients" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "api_clients" CASCADE;
  ALTER TABLE "clusters" DROP CONSTRAINT "clusters_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "clusters" DROP CONSTRAINT "clusters_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_clusters_v" DROP CONSTRAINT "_clusters_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_clusters_v" DROP CONSTRAINT "_clusters_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "quotes" DROP CONSTRAINT "quotes_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "quotes" DROP CONSTRAINT "quotes_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_quotes_v" DROP CONSTRAINT "_quotes_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_quotes_v" DROP CONSTRAINT "_quotes_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "companies" DROP CONSTRAINT "companies_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "companies" DROP CONSTRAINT "companies_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "_companies_v" DROP CONSTRAINT "_companies_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_companies_v" DROP CONSTRAINT "_companies_v_version_review_decided_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_api_clients_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_api_clients_fk";
  
  DROP INDEX "clusters_review_review_state_idx";
  DROP INDEX "clusters_review_review_submitted_by_idx";
  DROP INDEX "clusters_review_review_decided_by_idx";
  DROP INDEX "_clusters_v_version_review_version_review_state_idx";
  DROP INDEX "_clusters_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_clusters_v_version_review_version_review_decided_by_idx";
  DROP INDEX "quotes_review_review_state_idx";
  DROP INDEX "quotes_review_review_submitted_by_idx";
  DROP INDEX "quotes_review_review_decided_by_idx";
  DROP INDEX "_quotes_v_version_review_version_review_state_idx";
  DROP INDEX "_quotes_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_quotes_v_version_review_version_review_decided_by_idx";
  DROP INDEX "companies_review_review_state_idx";
  DROP INDEX "companies_review_review_submitted_by_idx";
  DROP INDEX "companies_review_review_decided_by_idx";
  DROP INDEX "_companies_v_version_review_version_review_state_idx";
  DROP INDEX "_companies_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_companies_v_version_review_version_review_decided_by_idx";
  DROP INDEX "payload_locked_documents_rels_api_clients_id_idx";
  DROP INDEX "payload_preferences_rels_api_clients_id_idx";
  ALTER TABLE "organizations" DROP COLUMN "editor_notes";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_editor_notes";
  ALTER TABLE "clusters" DROP COLUMN "review_state";
  ALTER TABLE "clusters" DROP COLUMN "review_comment";
  ALTER TABLE "clusters" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "clusters" DROP COLUMN "review_submitted_at";
  ALTER TABLE "clusters" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "clusters" DROP COLUMN "review_decided_at";
  ALTER TABLE "clusters" DROP COLUMN "editor_notes";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_editor_notes";
  ALTER TABLE "quotes" DROP COLUMN "review_state";
  ALTER TABLE "quotes" DROP COLUMN "review_comment";
  ALTER TABLE "quotes" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "quotes" DROP COLUMN "review_submitted_at";
  ALTER TABLE "quotes" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "quotes" DROP COLUMN "review_decided_at";
  ALTER TABLE "quotes" DROP COLUMN "editor_notes";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_quotes_v" DROP COLUMN "version_editor_notes";
  ALTER TABLE "companies" DROP COLUMN "review_state";
  ALTER TABLE "companies" DROP COLUMN "review_comment";
  ALTER TABLE "companies" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "companies" DROP COLUMN "review_submitted_at";
  ALTER TABLE "companies" DROP COLUMN "review_decided_by_id";
  ALTER TABLE "companies" DROP COLUMN "review_decided_at";
  ALTER TABLE "companies" DROP COLUMN "editor_notes";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_comment";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_decided_by_id";
  ALTER TABLE "_companies_v" DROP COLUMN "version_review_decided_at";
  ALTER TABLE "_companies_v" DROP COLUMN "version_editor_notes";
  ALTER TABLE "stories" DROP COLUMN "editor_notes";
  ALTER TABLE "_stories_v" DROP COLUMN "version_editor_notes";
  ALTER TABLE "ambassadors" DROP COLUMN "editor_notes";
  ALTER TABLE "_ambassadors_v" DROP COLUMN "version_editor_notes";
  ALTER TABLE "pages" DROP COLUMN "editor_notes";
  ALTER TABLE "_pages_v" DROP COLUMN "version_editor_notes";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "api_clients_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "api_clients_id";
  DROP TYPE "public"."enum_clusters_review_state";
  DROP TYPE "public"."enum__clusters_v_version_review_state";
  DROP TYPE "public"."enum_quotes_review_state";
  DROP TYPE "public"."enum__quotes_v_version_review_state";
  DROP TYPE "public"."enum_companies_review_state";
  DROP TYPE "public"."enum__companies_v_version_review_state";`)
}
