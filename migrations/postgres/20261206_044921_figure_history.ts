import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations" ADD COLUMN "figure_history" jsonb;
  ALTER TABLE "_organizations_v" ADD COLUMN "version_figure_history" jsonb;
  ALTER TABLE "clusters" ADD COLUMN "figure_history" jsonb;
  ALTER TABLE "_clusters_v" ADD COLUMN "version_figure_history" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations" DROP COLUMN "figure_history";
  ALTER TABLE "_organizations_v" DROP COLUMN "version_figure_history";
  ALTER TABLE "clusters" DROP COLUMN "figure_history";
  ALTER TABLE "_clusters_v" DROP COLUMN "version_figure_history";`)
}
