import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_createdAt_idx" ON "companies" USING btree ("_status","created_at");
  CREATE INDEX "_status_name_idx" ON "companies" USING btree ("_status","name");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_companies_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "version__status_version_name_idx" ON "_companies_v" USING btree ("version__status","version_name");
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "stories" USING btree ("_status","published_at","created_at");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_stories_v" USING btree ("version__status","version_published_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_createdAt_idx";
  DROP INDEX "_status_name_idx";
  DROP INDEX "version__status_version_createdAt_idx";
  DROP INDEX "version__status_version_name_idx";
  DROP INDEX "_status_publishedAt_createdAt_idx";
  DROP INDEX "version__status_version_publishedAt_version_createdAt_idx";`)
}
