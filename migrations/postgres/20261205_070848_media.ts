import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clusters" ADD COLUMN "logo_id" integer;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_logo_id" integer;
  ALTER TABLE "media" ADD COLUMN "organization_id" integer;
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clusters_v" ADD CONSTRAINT "_clusters_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "clusters_logo_idx" ON "clusters" USING btree ("logo_id");
  CREATE INDEX "_clusters_v_version_version_logo_idx" ON "_clusters_v" USING btree ("version_logo_id");
  CREATE INDEX "media_organization_idx" ON "media" USING btree ("organization_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clusters" DROP CONSTRAINT "clusters_logo_id_media_id_fk";
  
  ALTER TABLE "_clusters_v" DROP CONSTRAINT "_clusters_v_version_logo_id_media_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_organization_id_organizations_id_fk";
  
  DROP INDEX "clusters_logo_idx";
  DROP INDEX "_clusters_v_version_version_logo_idx";
  DROP INDEX "media_organization_idx";
  ALTER TABLE "clusters" DROP COLUMN "logo_id";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_logo_id";
  ALTER TABLE "media" DROP COLUMN "organization_id";`)
}
