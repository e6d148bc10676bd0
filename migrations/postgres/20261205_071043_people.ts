import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Users get a required name: those without one are named after their e-mail's local part.
  await db.execute(
    sql`UPDATE "users" SET "name" = split_part("email", '@', 1) WHERE "name" IS NULL OR btrim("name") = '';`,
  )
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_invitation" AS ENUM('pending', 'accepted');
  ALTER TABLE "users" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "users" ADD COLUMN "invitation" "enum_users_invitation";
  ALTER TABLE "users" ADD COLUMN "invited_at" timestamp(3) with time zone;
  ALTER TABLE "audit_log" ADD COLUMN "changes" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "users" DROP COLUMN "invitation";
  ALTER TABLE "users" DROP COLUMN "invited_at";
  ALTER TABLE "audit_log" DROP COLUMN "changes";
  DROP TYPE "public"."enum_users_invitation";`)
}
