import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ADD COLUMN "global" varchar;
  ALTER TABLE "ecosystem_figures_groups" ADD COLUMN "image_id" integer;
  ALTER TABLE "_ecosystem_figures_v_version_groups" ADD COLUMN "image_id" integer;
  ALTER TABLE "ecosystem_figures_groups" ADD CONSTRAINT "ecosystem_figures_groups_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ecosystem_figures_v_version_groups" ADD CONSTRAINT "_ecosystem_figures_v_version_groups_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_global_idx" ON "audit_log" USING btree ("global");
  CREATE INDEX "ecosystem_figures_groups_image_idx" ON "ecosystem_figures_groups" USING btree ("image_id");
  CREATE INDEX "_ecosystem_figures_v_version_groups_image_idx" ON "_ecosystem_figures_v_version_groups" USING btree ("image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "ecosystem_figures_groups" DROP CONSTRAINT "ecosystem_figures_groups_image_id_media_id_fk";
  
  ALTER TABLE "_ecosystem_figures_v_version_groups" DROP CONSTRAINT "_ecosystem_figures_v_version_groups_image_id_media_id_fk";
  
  DROP INDEX "audit_log_global_idx";
  DROP INDEX "ecosystem_figures_groups_image_idx";
  DROP INDEX "_ecosystem_figures_v_version_groups_image_idx";
  ALTER TABLE "audit_log" DROP COLUMN "global";
  ALTER TABLE "ecosystem_figures_groups" DROP COLUMN "image_id";
  ALTER TABLE "_ecosystem_figures_v_version_groups" DROP COLUMN "image_id";`)
}
