import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_organizations_key_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('secretariat', 'regional_agency', 'movement', 'other');
  CREATE TYPE "public"."enum_organizations_region" AS ENUM('greater_montreal', 'sherbrooke', 'quebec');
  CREATE TYPE "public"."enum_organizations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_version_key_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum__organizations_v_version_kind" AS ENUM('secretariat', 'regional_agency', 'movement', 'other');
  CREATE TYPE "public"."enum__organizations_v_version_region" AS ENUM('greater_montreal', 'sherbrooke', 'quebec');
  CREATE TYPE "public"."enum__organizations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_clusters_key_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum_clusters_kind" AS ENUM('cluster', 'key_sector');
  CREATE TYPE "public"."enum_clusters_region" AS ENUM('greater_montreal', 'sherbrooke', 'quebec');
  CREATE TYPE "public"."enum_clusters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__clusters_v_version_key_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum__clusters_v_version_kind" AS ENUM('cluster', 'key_sector');
  CREATE TYPE "public"."enum__clusters_v_version_region" AS ENUM('greater_montreal', 'sherbrooke', 'quebec');
  CREATE TYPE "public"."enum__clusters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__clusters_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quotes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quotes_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_companies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__companies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__companies_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_ambassadors_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ambassadors_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ambassadors_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_pages_blocks_figures_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum_pages_blocks_cluster_grid_region" AS ENUM('greater_montreal', 'sherbrooke', 'quebec');
  CREATE TYPE "public"."enum_pages_blocks_cluster_grid_kind" AS ENUM('cluster', 'key_sector');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_blocks_figures_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum__pages_v_blocks_cluster_grid_region" AS ENUM('greater_montreal', 'sherbrooke', 'quebec');
  CREATE TYPE "public"."enum__pages_v_blocks_cluster_grid_kind" AS ENUM('cluster', 'key_sector');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'fr');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'communications', 'secretariat');
  CREATE TYPE "public"."enum_ecosystem_figures_groups_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum_ecosystem_figures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ecosystem_figures_v_version_groups_figures_unit" AS ENUM('jobs', 'workers', 'companies', 'establishments', 'organizations', 'researchers', 'people', 'cad', 'percent', 'tonnes', 'rank', 'count');
  CREATE TYPE "public"."enum__ecosystem_figures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ecosystem_figures_v_published_locale" AS ENUM('en', 'fr');
  CREATE TABLE "organizations_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum_organizations_key_figures_unit",
  	"year" numeric
  );
  
  CREATE TABLE "organizations_key_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "organizations_programs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "organizations_programs_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_organizations_kind",
  	"region" "enum_organizations_region",
  	"website" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organizations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organizations_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum__organizations_v_version_key_figures_unit",
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organizations_v_version_key_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v_version_programs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organizations_v_version_programs_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__organizations_v_version_kind",
  	"version_region" "enum__organizations_v_version_region",
  	"version_website" varchar,
  	"version_logo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organizations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organizations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_organizations_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "clusters_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "clusters_highlights_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "clusters_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum_clusters_key_figures_unit",
  	"year" numeric
  );
  
  CREATE TABLE "clusters_key_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "clusters_sector_breakdown_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"share" numeric
  );
  
  CREATE TABLE "clusters_sector_breakdown_items_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "clusters_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric
  );
  
  CREATE TABLE "clusters_sources_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "clusters_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "clusters_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "clusters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_clusters_kind" DEFAULT 'cluster',
  	"region" "enum_clusters_region",
  	"secretariat_id" integer,
  	"hero_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_clusters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "clusters_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"sector_breakdown_intro" varchar,
  	"leaders_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clusters_v_version_highlights" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clusters_v_version_highlights_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clusters_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum__clusters_v_version_key_figures_unit",
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clusters_v_version_key_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clusters_v_version_sector_breakdown_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"share" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clusters_v_version_sector_breakdown_items_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clusters_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clusters_v_version_sources_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clusters_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clusters_v_version_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clusters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__clusters_v_version_kind" DEFAULT 'cluster',
  	"version_region" "enum__clusters_v_version_region",
  	"version_secretariat_id" integer,
  	"version_hero_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__clusters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__clusters_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_clusters_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_sector_breakdown_intro" varchar,
  	"version_leaders_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "quotes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"speaker_name" varchar,
  	"organization_id" integer,
  	"cluster_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quotes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "quotes_locales" (
  	"text" varchar,
  	"speaker_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_quotes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_speaker_name" varchar,
  	"version_organization_id" integer,
  	"version_cluster_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quotes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__quotes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_quotes_v_locales" (
  	"version_text" varchar,
  	"version_speaker_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "companies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"website" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_companies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "companies_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "companies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  CREATE TABLE "_companies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_website" varchar,
  	"version_logo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__companies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__companies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_companies_v_locales" (
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_companies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  CREATE TABLE "stories_interviewees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "stories_interviewees_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"company_id" integer,
  	"edition" varchar,
  	"published_at" timestamp(3) with time zone,
  	"video_url" varchar,
  	"video_id" integer,
  	"hero_image_id" integer,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stories_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v_version_interviewees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stories_v_version_interviewees_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_company_id" integer,
  	"version_edition" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_video_url" varchar,
  	"version_video_id" integer,
  	"version_hero_image_id" integer,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__stories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_stories_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "ambassadors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"organization_id" integer,
  	"order" numeric DEFAULT 0,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_ambassadors_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "ambassadors_locales" (
  	"role" varchar,
  	"bio" varchar,
  	"quote" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ambassadors_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_photo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__ambassadors_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__ambassadors_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_ambassadors_v_locales" (
  	"version_role" varchar,
  	"version_bio" varchar,
  	"version_quote" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum_pages_blocks_figures_figures_unit",
  	"year" numeric
  );
  
  CREATE TABLE "pages_blocks_figures_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"ecosystem_group" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_figures_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_cluster_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"region" "enum_pages_blocks_cluster_grid_region",
  	"kind" "enum_pages_blocks_cluster_grid_kind",
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_cluster_grid_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_ambassador_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organization_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_ambassador_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"outro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_story_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"edition" varchar,
  	"limit" numeric DEFAULT 6,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_story_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_call_to_action_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_figures_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum__pages_v_blocks_figures_figures_unit",
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_figures_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"ecosystem_group" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_figures_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cluster_grid" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"region" "enum__pages_v_blocks_cluster_grid_region",
  	"kind" "enum__pages_v_blocks_cluster_grid_kind",
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_cluster_grid_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_ambassador_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organization_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_ambassador_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"outro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_story_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"edition" varchar,
  	"limit" numeric DEFAULT 6,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_story_list_locales" (
  	"heading" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'secretariat' NOT NULL,
  	"organization_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"clusters_id" integer,
  	"quotes_id" integer,
  	"companies_id" integer,
  	"stories_id" integer,
  	"ambassadors_id" integer,
  	"pages_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ecosystem_figures_groups_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum_ecosystem_figures_groups_figures_unit",
  	"year" numeric
  );
  
  CREATE TABLE "ecosystem_figures_groups_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "ecosystem_figures_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar
  );
  
  CREATE TABLE "ecosystem_figures_groups_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "ecosystem_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_ecosystem_figures_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_ecosystem_figures_v_version_groups_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"unit" "enum__ecosystem_figures_v_version_groups_figures_unit",
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ecosystem_figures_v_version_groups_figures_locales" (
  	"label" varchar,
  	"display" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ecosystem_figures_v_version_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_ecosystem_figures_v_version_groups_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_ecosystem_figures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__ecosystem_figures_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__ecosystem_figures_v_published_locale",
  	"latest" boolean
  );
  
  ALTER TABLE "organizations_key_figures" ADD CONSTRAINT "organizations_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_key_figures_locales" ADD CONSTRAINT "organizations_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_programs" ADD CONSTRAINT "organizations_programs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_programs_locales" ADD CONSTRAINT "organizations_programs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations_programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_key_figures" ADD CONSTRAINT "_organizations_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_key_figures_locales" ADD CONSTRAINT "_organizations_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_programs" ADD CONSTRAINT "_organizations_v_version_programs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_programs_locales" ADD CONSTRAINT "_organizations_v_version_programs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v_version_programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v_locales" ADD CONSTRAINT "_organizations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_highlights" ADD CONSTRAINT "clusters_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_highlights_locales" ADD CONSTRAINT "clusters_highlights_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters_highlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_key_figures" ADD CONSTRAINT "clusters_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_key_figures_locales" ADD CONSTRAINT "clusters_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_sector_breakdown_items" ADD CONSTRAINT "clusters_sector_breakdown_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_sector_breakdown_items_locales" ADD CONSTRAINT "clusters_sector_breakdown_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters_sector_breakdown_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_sources" ADD CONSTRAINT "clusters_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_sources_locales" ADD CONSTRAINT "clusters_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_links" ADD CONSTRAINT "clusters_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_links_locales" ADD CONSTRAINT "clusters_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_secretariat_id_organizations_id_fk" FOREIGN KEY ("secretariat_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clusters_locales" ADD CONSTRAINT "clusters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_highlights" ADD CONSTRAINT "_clusters_v_version_highlights_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_highlights_locales" ADD CONSTRAINT "_clusters_v_version_highlights_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v_version_highlights"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_key_figures" ADD CONSTRAINT "_clusters_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_key_figures_locales" ADD CONSTRAINT "_clusters_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_sector_breakdown_items" ADD CONSTRAINT "_clusters_v_version_sector_breakdown_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_sector_breakdown_items_locales" ADD CONSTRAINT "_clusters_v_version_sector_breakdown_items_locales_parent_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v_version_sector_breakdown_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_sources" ADD CONSTRAINT "_clusters_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_sources_locales" ADD CONSTRAINT "_clusters_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_links" ADD CONSTRAINT "_clusters_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v_version_links_locales" ADD CONSTRAINT "_clusters_v_version_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v_version_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clusters_v" ADD CONSTRAINT "_clusters_v_parent_id_clusters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clusters_v" ADD CONSTRAINT "_clusters_v_version_secretariat_id_organizations_id_fk" FOREIGN KEY ("version_secretariat_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clusters_v" ADD CONSTRAINT "_clusters_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clusters_v_locales" ADD CONSTRAINT "_clusters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes_locales" ADD CONSTRAINT "quotes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_parent_id_quotes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_cluster_id_clusters_id_fk" FOREIGN KEY ("version_cluster_id") REFERENCES "public"."clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v_locales" ADD CONSTRAINT "_quotes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_quotes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "companies" ADD CONSTRAINT "companies_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "companies_locales" ADD CONSTRAINT "companies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "companies_rels" ADD CONSTRAINT "companies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "companies_rels" ADD CONSTRAINT "companies_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_companies_v" ADD CONSTRAINT "_companies_v_parent_id_companies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_companies_v" ADD CONSTRAINT "_companies_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_companies_v_locales" ADD CONSTRAINT "_companies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_companies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_companies_v_rels" ADD CONSTRAINT "_companies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_companies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_companies_v_rels" ADD CONSTRAINT "_companies_v_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_interviewees" ADD CONSTRAINT "stories_interviewees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_interviewees_locales" ADD CONSTRAINT "stories_interviewees_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories_interviewees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_locales" ADD CONSTRAINT "stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_interviewees" ADD CONSTRAINT "_stories_v_version_interviewees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_interviewees_locales" ADD CONSTRAINT "_stories_v_version_interviewees_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v_version_interviewees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_company_id_companies_id_fk" FOREIGN KEY ("version_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_locales" ADD CONSTRAINT "_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ambassadors" ADD CONSTRAINT "ambassadors_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ambassadors_locales" ADD CONSTRAINT "ambassadors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ambassadors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ambassadors_v" ADD CONSTRAINT "_ambassadors_v_parent_id_ambassadors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ambassadors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ambassadors_v" ADD CONSTRAINT "_ambassadors_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ambassadors_v" ADD CONSTRAINT "_ambassadors_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ambassadors_v_locales" ADD CONSTRAINT "_ambassadors_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ambassadors_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text_locales" ADD CONSTRAINT "pages_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_figures_figures" ADD CONSTRAINT "pages_blocks_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_figures_figures_locales" ADD CONSTRAINT "pages_blocks_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_figures" ADD CONSTRAINT "pages_blocks_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_figures_locales" ADD CONSTRAINT "pages_blocks_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_quote" ADD CONSTRAINT "pages_blocks_quote_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_quote" ADD CONSTRAINT "pages_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cluster_grid" ADD CONSTRAINT "pages_blocks_cluster_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_cluster_grid_locales" ADD CONSTRAINT "pages_blocks_cluster_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_cluster_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_ambassador_list" ADD CONSTRAINT "pages_blocks_ambassador_list_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_ambassador_list" ADD CONSTRAINT "pages_blocks_ambassador_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_ambassador_list_locales" ADD CONSTRAINT "pages_blocks_ambassador_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_ambassador_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_story_list" ADD CONSTRAINT "pages_blocks_story_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_story_list_locales" ADD CONSTRAINT "pages_blocks_story_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_story_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_links" ADD CONSTRAINT "pages_blocks_call_to_action_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_links_locales" ADD CONSTRAINT "pages_blocks_call_to_action_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_locales" ADD CONSTRAINT "pages_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" ADD CONSTRAINT "_pages_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_figures_figures" ADD CONSTRAINT "_pages_v_blocks_figures_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_figures_figures_locales" ADD CONSTRAINT "_pages_v_blocks_figures_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_figures_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_figures" ADD CONSTRAINT "_pages_v_blocks_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_figures_locales" ADD CONSTRAINT "_pages_v_blocks_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_quote" ADD CONSTRAINT "_pages_v_blocks_quote_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_quote" ADD CONSTRAINT "_pages_v_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cluster_grid" ADD CONSTRAINT "_pages_v_blocks_cluster_grid_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_cluster_grid_locales" ADD CONSTRAINT "_pages_v_blocks_cluster_grid_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_cluster_grid"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_ambassador_list" ADD CONSTRAINT "_pages_v_blocks_ambassador_list_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_ambassador_list" ADD CONSTRAINT "_pages_v_blocks_ambassador_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_ambassador_list_locales" ADD CONSTRAINT "_pages_v_blocks_ambassador_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_ambassador_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_story_list" ADD CONSTRAINT "_pages_v_blocks_story_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_story_list_locales" ADD CONSTRAINT "_pages_v_blocks_story_list_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_story_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_links" ADD CONSTRAINT "_pages_v_blocks_call_to_action_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_links_locales" ADD CONSTRAINT "_pages_v_blocks_call_to_action_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_locales" ADD CONSTRAINT "_pages_v_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companies_fk" FOREIGN KEY ("companies_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ambassadors_fk" FOREIGN KEY ("ambassadors_id") REFERENCES "public"."ambassadors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ecosystem_figures_groups_figures" ADD CONSTRAINT "ecosystem_figures_groups_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ecosystem_figures_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ecosystem_figures_groups_figures_locales" ADD CONSTRAINT "ecosystem_figures_groups_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ecosystem_figures_groups_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ecosystem_figures_groups" ADD CONSTRAINT "ecosystem_figures_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ecosystem_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ecosystem_figures_groups_locales" ADD CONSTRAINT "ecosystem_figures_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."ecosystem_figures_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ecosystem_figures_v_version_groups_figures" ADD CONSTRAINT "_ecosystem_figures_v_version_groups_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ecosystem_figures_v_version_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ecosystem_figures_v_version_groups_figures_locales" ADD CONSTRAINT "_ecosystem_figures_v_version_groups_figures_locales_paren_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ecosystem_figures_v_version_groups_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ecosystem_figures_v_version_groups" ADD CONSTRAINT "_ecosystem_figures_v_version_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ecosystem_figures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_ecosystem_figures_v_version_groups_locales" ADD CONSTRAINT "_ecosystem_figures_v_version_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_ecosystem_figures_v_version_groups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organizations_key_figures_order_idx" ON "organizations_key_figures" USING btree ("_order");
  CREATE INDEX "organizations_key_figures_parent_id_idx" ON "organizations_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organizations_key_figures_locales_locale_parent_id_unique" ON "organizations_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organizations_programs_order_idx" ON "organizations_programs" USING btree ("_order");
  CREATE INDEX "organizations_programs_parent_id_idx" ON "organizations_programs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organizations_programs_locales_locale_parent_id_unique" ON "organizations_programs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE INDEX "organizations_region_idx" ON "organizations" USING btree ("region");
  CREATE INDEX "organizations_logo_idx" ON "organizations" USING btree ("logo_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "organizations__status_idx" ON "organizations" USING btree ("_status");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_version_key_figures_order_idx" ON "_organizations_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_key_figures_parent_id_idx" ON "_organizations_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_organizations_v_version_key_figures_locales_locale_parent_i" ON "_organizations_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_version_programs_order_idx" ON "_organizations_v_version_programs" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_programs_parent_id_idx" ON "_organizations_v_version_programs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_organizations_v_version_programs_locales_locale_parent_id_u" ON "_organizations_v_version_programs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_parent_idx" ON "_organizations_v" USING btree ("parent_id");
  CREATE INDEX "_organizations_v_version_version_slug_idx" ON "_organizations_v" USING btree ("version_slug");
  CREATE INDEX "_organizations_v_version_version_region_idx" ON "_organizations_v" USING btree ("version_region");
  CREATE INDEX "_organizations_v_version_version_logo_idx" ON "_organizations_v" USING btree ("version_logo_id");
  CREATE INDEX "_organizations_v_version_version_updated_at_idx" ON "_organizations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organizations_v_version_version_created_at_idx" ON "_organizations_v" USING btree ("version_created_at");
  CREATE INDEX "_organizations_v_version_version__status_idx" ON "_organizations_v" USING btree ("version__status");
  CREATE INDEX "_organizations_v_created_at_idx" ON "_organizations_v" USING btree ("created_at");
  CREATE INDEX "_organizations_v_updated_at_idx" ON "_organizations_v" USING btree ("updated_at");
  CREATE INDEX "_organizations_v_snapshot_idx" ON "_organizations_v" USING btree ("snapshot");
  CREATE INDEX "_organizations_v_published_locale_idx" ON "_organizations_v" USING btree ("published_locale");
  CREATE INDEX "_organizations_v_latest_idx" ON "_organizations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_organizations_v_locales_locale_parent_id_unique" ON "_organizations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clusters_highlights_order_idx" ON "clusters_highlights" USING btree ("_order");
  CREATE INDEX "clusters_highlights_parent_id_idx" ON "clusters_highlights" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "clusters_highlights_locales_locale_parent_id_unique" ON "clusters_highlights_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clusters_key_figures_order_idx" ON "clusters_key_figures" USING btree ("_order");
  CREATE INDEX "clusters_key_figures_parent_id_idx" ON "clusters_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "clusters_key_figures_locales_locale_parent_id_unique" ON "clusters_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clusters_sector_breakdown_items_order_idx" ON "clusters_sector_breakdown_items" USING btree ("_order");
  CREATE INDEX "clusters_sector_breakdown_items_parent_id_idx" ON "clusters_sector_breakdown_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "clusters_sector_breakdown_items_locales_locale_parent_id_uni" ON "clusters_sector_breakdown_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clusters_sources_order_idx" ON "clusters_sources" USING btree ("_order");
  CREATE INDEX "clusters_sources_parent_id_idx" ON "clusters_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "clusters_sources_locales_locale_parent_id_unique" ON "clusters_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "clusters_links_order_idx" ON "clusters_links" USING btree ("_order");
  CREATE INDEX "clusters_links_parent_id_idx" ON "clusters_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "clusters_links_locales_locale_parent_id_unique" ON "clusters_links_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "clusters_slug_idx" ON "clusters" USING btree ("slug");
  CREATE INDEX "clusters_kind_idx" ON "clusters" USING btree ("kind");
  CREATE INDEX "clusters_region_idx" ON "clusters" USING btree ("region");
  CREATE INDEX "clusters_secretariat_idx" ON "clusters" USING btree ("secretariat_id");
  CREATE INDEX "clusters_hero_image_idx" ON "clusters" USING btree ("hero_image_id");
  CREATE INDEX "clusters_updated_at_idx" ON "clusters" USING btree ("updated_at");
  CREATE INDEX "clusters_created_at_idx" ON "clusters" USING btree ("created_at");
  CREATE INDEX "clusters__status_idx" ON "clusters" USING btree ("_status");
  CREATE UNIQUE INDEX "clusters_locales_locale_parent_id_unique" ON "clusters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clusters_v_version_highlights_order_idx" ON "_clusters_v_version_highlights" USING btree ("_order");
  CREATE INDEX "_clusters_v_version_highlights_parent_id_idx" ON "_clusters_v_version_highlights" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_clusters_v_version_highlights_locales_locale_parent_id_uniq" ON "_clusters_v_version_highlights_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clusters_v_version_key_figures_order_idx" ON "_clusters_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_clusters_v_version_key_figures_parent_id_idx" ON "_clusters_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_clusters_v_version_key_figures_locales_locale_parent_id_uni" ON "_clusters_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clusters_v_version_sector_breakdown_items_order_idx" ON "_clusters_v_version_sector_breakdown_items" USING btree ("_order");
  CREATE INDEX "_clusters_v_version_sector_breakdown_items_parent_id_idx" ON "_clusters_v_version_sector_breakdown_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_clusters_v_version_sector_breakdown_items_locales_locale_pa" ON "_clusters_v_version_sector_breakdown_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clusters_v_version_sources_order_idx" ON "_clusters_v_version_sources" USING btree ("_order");
  CREATE INDEX "_clusters_v_version_sources_parent_id_idx" ON "_clusters_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_clusters_v_version_sources_locales_locale_parent_id_unique" ON "_clusters_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clusters_v_version_links_order_idx" ON "_clusters_v_version_links" USING btree ("_order");
  CREATE INDEX "_clusters_v_version_links_parent_id_idx" ON "_clusters_v_version_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_clusters_v_version_links_locales_locale_parent_id_unique" ON "_clusters_v_version_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clusters_v_parent_idx" ON "_clusters_v" USING btree ("parent_id");
  CREATE INDEX "_clusters_v_version_version_slug_idx" ON "_clusters_v" USING btree ("version_slug");
  CREATE INDEX "_clusters_v_version_version_kind_idx" ON "_clusters_v" USING btree ("version_kind");
  CREATE INDEX "_clusters_v_version_version_region_idx" ON "_clusters_v" USING btree ("version_region");
  CREATE INDEX "_clusters_v_version_version_secretariat_idx" ON "_clusters_v" USING btree ("version_secretariat_id");
  CREATE INDEX "_clusters_v_version_version_hero_image_idx" ON "_clusters_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_clusters_v_version_version_updated_at_idx" ON "_clusters_v" USING btree ("version_updated_at");
  CREATE INDEX "_clusters_v_version_version_created_at_idx" ON "_clusters_v" USING btree ("version_created_at");
  CREATE INDEX "_clusters_v_version_version__status_idx" ON "_clusters_v" USING btree ("version__status");
  CREATE INDEX "_clusters_v_created_at_idx" ON "_clusters_v" USING btree ("created_at");
  CREATE INDEX "_clusters_v_updated_at_idx" ON "_clusters_v" USING btree ("updated_at");
  CREATE INDEX "_clusters_v_snapshot_idx" ON "_clusters_v" USING btree ("snapshot");
  CREATE INDEX "_clusters_v_published_locale_idx" ON "_clusters_v" USING btree ("published_locale");
  CREATE INDEX "_clusters_v_latest_idx" ON "_clusters_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_clusters_v_locales_locale_parent_id_unique" ON "_clusters_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "quotes_speaker_name_idx" ON "quotes" USING btree ("speaker_name");
  CREATE INDEX "quotes_organization_idx" ON "quotes" USING btree ("organization_id");
  CREATE INDEX "quotes_cluster_idx" ON "quotes" USING btree ("cluster_id");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  CREATE INDEX "quotes__status_idx" ON "quotes" USING btree ("_status");
  CREATE UNIQUE INDEX "quotes_locales_locale_parent_id_unique" ON "quotes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_quotes_v_parent_idx" ON "_quotes_v" USING btree ("parent_id");
  CREATE INDEX "_quotes_v_version_version_speaker_name_idx" ON "_quotes_v" USING btree ("version_speaker_name");
  CREATE INDEX "_quotes_v_version_version_organization_idx" ON "_quotes_v" USING btree ("version_organization_id");
  CREATE INDEX "_quotes_v_version_version_cluster_idx" ON "_quotes_v" USING btree ("version_cluster_id");
  CREATE INDEX "_quotes_v_version_version_updated_at_idx" ON "_quotes_v" USING btree ("version_updated_at");
  CREATE INDEX "_quotes_v_version_version_created_at_idx" ON "_quotes_v" USING btree ("version_created_at");
  CREATE INDEX "_quotes_v_version_version__status_idx" ON "_quotes_v" USING btree ("version__status");
  CREATE INDEX "_quotes_v_created_at_idx" ON "_quotes_v" USING btree ("created_at");
  CREATE INDEX "_quotes_v_updated_at_idx" ON "_quotes_v" USING btree ("updated_at");
  CREATE INDEX "_quotes_v_snapshot_idx" ON "_quotes_v" USING btree ("snapshot");
  CREATE INDEX "_quotes_v_published_locale_idx" ON "_quotes_v" USING btree ("published_locale");
  CREATE INDEX "_quotes_v_latest_idx" ON "_quotes_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_quotes_v_locales_locale_parent_id_unique" ON "_quotes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "companies_name_idx" ON "companies" USING btree ("name");
  CREATE UNIQUE INDEX "companies_slug_idx" ON "companies" USING btree ("slug");
  CREATE INDEX "companies_logo_idx" ON "companies" USING btree ("logo_id");
  CREATE INDEX "companies_updated_at_idx" ON "companies" USING btree ("updated_at");
  CREATE INDEX "companies_created_at_idx" ON "companies" USING btree ("created_at");
  CREATE INDEX "companies__status_idx" ON "companies" USING btree ("_status");
  CREATE UNIQUE INDEX "companies_locales_locale_parent_id_unique" ON "companies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "companies_rels_order_idx" ON "companies_rels" USING btree ("order");
  CREATE INDEX "companies_rels_parent_idx" ON "companies_rels" USING btree ("parent_id");
  CREATE INDEX "companies_rels_path_idx" ON "companies_rels" USING btree ("path");
  CREATE INDEX "companies_rels_clusters_id_idx" ON "companies_rels" USING btree ("clusters_id");
  CREATE INDEX "_companies_v_parent_idx" ON "_companies_v" USING btree ("parent_id");
  CREATE INDEX "_companies_v_version_version_name_idx" ON "_companies_v" USING btree ("version_name");
  CREATE INDEX "_companies_v_version_version_slug_idx" ON "_companies_v" USING btree ("version_slug");
  CREATE INDEX "_companies_v_version_version_logo_idx" ON "_companies_v" USING btree ("version_logo_id");
  CREATE INDEX "_companies_v_version_version_updated_at_idx" ON "_companies_v" USING btree ("version_updated_at");
  CREATE INDEX "_companies_v_version_version_created_at_idx" ON "_companies_v" USING btree ("version_created_at");
  CREATE INDEX "_companies_v_version_version__status_idx" ON "_companies_v" USING btree ("version__status");
  CREATE INDEX "_companies_v_created_at_idx" ON "_companies_v" USING btree ("created_at");
  CREATE INDEX "_companies_v_updated_at_idx" ON "_companies_v" USING btree ("updated_at");
  CREATE INDEX "_companies_v_snapshot_idx" ON "_companies_v" USING btree ("snapshot");
  CREATE INDEX "_companies_v_published_locale_idx" ON "_companies_v" USING btree ("published_locale");
  CREATE INDEX "_companies_v_latest_idx" ON "_companies_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_companies_v_locales_locale_parent_id_unique" ON "_companies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_companies_v_rels_order_idx" ON "_companies_v_rels" USING btree ("order");
  CREATE INDEX "_companies_v_rels_parent_idx" ON "_companies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_companies_v_rels_path_idx" ON "_companies_v_rels" USING btree ("path");
  CREATE INDEX "_companies_v_rels_clusters_id_idx" ON "_companies_v_rels" USING btree ("clusters_id");
  CREATE INDEX "stories_interviewees_order_idx" ON "stories_interviewees" USING btree ("_order");
  CREATE INDEX "stories_interviewees_parent_id_idx" ON "stories_interviewees" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "stories_interviewees_locales_locale_parent_id_unique" ON "stories_interviewees_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_company_idx" ON "stories" USING btree ("company_id");
  CREATE INDEX "stories_edition_idx" ON "stories" USING btree ("edition");
  CREATE INDEX "stories_published_at_idx" ON "stories" USING btree ("published_at");
  CREATE INDEX "stories_video_idx" ON "stories" USING btree ("video_id");
  CREATE INDEX "stories_hero_image_idx" ON "stories" USING btree ("hero_image_id");
  CREATE INDEX "stories_seo_seo_image_idx" ON "stories" USING btree ("seo_image_id");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "stories__status_idx" ON "stories" USING btree ("_status");
  CREATE UNIQUE INDEX "stories_locales_locale_parent_id_unique" ON "stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_version_interviewees_order_idx" ON "_stories_v_version_interviewees" USING btree ("_order");
  CREATE INDEX "_stories_v_version_interviewees_parent_id_idx" ON "_stories_v_version_interviewees" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_stories_v_version_interviewees_locales_locale_parent_id_uni" ON "_stories_v_version_interviewees_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_company_idx" ON "_stories_v" USING btree ("version_company_id");
  CREATE INDEX "_stories_v_version_version_edition_idx" ON "_stories_v" USING btree ("version_edition");
  CREATE INDEX "_stories_v_version_version_published_at_idx" ON "_stories_v" USING btree ("version_published_at");
  CREATE INDEX "_stories_v_version_version_video_idx" ON "_stories_v" USING btree ("version_video_id");
  CREATE INDEX "_stories_v_version_version_hero_image_idx" ON "_stories_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_stories_v_version_seo_version_seo_image_idx" ON "_stories_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_version_version__status_idx" ON "_stories_v" USING btree ("version__status");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "_stories_v_snapshot_idx" ON "_stories_v" USING btree ("snapshot");
  CREATE INDEX "_stories_v_published_locale_idx" ON "_stories_v" USING btree ("published_locale");
  CREATE INDEX "_stories_v_latest_idx" ON "_stories_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_stories_v_locales_locale_parent_id_unique" ON "_stories_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "ambassadors_slug_idx" ON "ambassadors" USING btree ("slug");
  CREATE INDEX "ambassadors_organization_idx" ON "ambassadors" USING btree ("organization_id");
  CREATE INDEX "ambassadors_order_idx" ON "ambassadors" USING btree ("order");
  CREATE INDEX "ambassadors_photo_idx" ON "ambassadors" USING btree ("photo_id");
  CREATE INDEX "ambassadors_updated_at_idx" ON "ambassadors" USING btree ("updated_at");
  CREATE INDEX "ambassadors_created_at_idx" ON "ambassadors" USING btree ("created_at");
  CREATE INDEX "ambassadors__status_idx" ON "ambassadors" USING btree ("_status");
  CREATE UNIQUE INDEX "ambassadors_locales_locale_parent_id_unique" ON "ambassadors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ambassadors_v_parent_idx" ON "_ambassadors_v" USING btree ("parent_id");
  CREATE INDEX "_ambassadors_v_version_version_slug_idx" ON "_ambassadors_v" USING btree ("version_slug");
  CREATE INDEX "_ambassadors_v_version_version_organization_idx" ON "_ambassadors_v" USING btree ("version_organization_id");
  CREATE INDEX "_ambassadors_v_version_version_order_idx" ON "_ambassadors_v" USING btree ("version_order");
  CREATE INDEX "_ambassadors_v_version_version_photo_idx" ON "_ambassadors_v" USING btree ("version_photo_id");
  CREATE INDEX "_ambassadors_v_version_version_updated_at_idx" ON "_ambassadors_v" USING btree ("version_updated_at");
  CREATE INDEX "_ambassadors_v_version_version_created_at_idx" ON "_ambassadors_v" USING btree ("version_created_at");
  CREATE INDEX "_ambassadors_v_version_version__status_idx" ON "_ambassadors_v" USING btree ("version__status");
  CREATE INDEX "_ambassadors_v_created_at_idx" ON "_ambassadors_v" USING btree ("created_at");
  CREATE INDEX "_ambassadors_v_updated_at_idx" ON "_ambassadors_v" USING btree ("updated_at");
  CREATE INDEX "_ambassadors_v_snapshot_idx" ON "_ambassadors_v" USING btree ("snapshot");
  CREATE INDEX "_ambassadors_v_published_locale_idx" ON "_ambassadors_v" USING btree ("published_locale");
  CREATE INDEX "_ambassadors_v_latest_idx" ON "_ambassadors_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_ambassadors_v_locales_locale_parent_id_unique" ON "_ambassadors_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_rich_text_locales_locale_parent_id_unique" ON "pages_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_figures_figures_order_idx" ON "pages_blocks_figures_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_figures_figures_parent_id_idx" ON "pages_blocks_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_figures_figures_locales_locale_parent_id_unique" ON "pages_blocks_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_figures_order_idx" ON "pages_blocks_figures" USING btree ("_order");
  CREATE INDEX "pages_blocks_figures_parent_id_idx" ON "pages_blocks_figures" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_figures_path_idx" ON "pages_blocks_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_figures_locales_locale_parent_id_unique" ON "pages_blocks_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_quote_order_idx" ON "pages_blocks_quote" USING btree ("_order");
  CREATE INDEX "pages_blocks_quote_parent_id_idx" ON "pages_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_quote_path_idx" ON "pages_blocks_quote" USING btree ("_path");
  CREATE INDEX "pages_blocks_quote_quote_idx" ON "pages_blocks_quote" USING btree ("quote_id");
  CREATE INDEX "pages_blocks_cluster_grid_order_idx" ON "pages_blocks_cluster_grid" USING btree ("_order");
  CREATE INDEX "pages_blocks_cluster_grid_parent_id_idx" ON "pages_blocks_cluster_grid" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_cluster_grid_path_idx" ON "pages_blocks_cluster_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_cluster_grid_locales_locale_parent_id_unique" ON "pages_blocks_cluster_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_ambassador_list_order_idx" ON "pages_blocks_ambassador_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_ambassador_list_parent_id_idx" ON "pages_blocks_ambassador_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_ambassador_list_path_idx" ON "pages_blocks_ambassador_list" USING btree ("_path");
  CREATE INDEX "pages_blocks_ambassador_list_organization_idx" ON "pages_blocks_ambassador_list" USING btree ("organization_id");
  CREATE UNIQUE INDEX "pages_blocks_ambassador_list_locales_locale_parent_id_unique" ON "pages_blocks_ambassador_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_story_list_order_idx" ON "pages_blocks_story_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_story_list_parent_id_idx" ON "pages_blocks_story_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_story_list_path_idx" ON "pages_blocks_story_list" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_story_list_locales_locale_parent_id_unique" ON "pages_blocks_story_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_links_order_idx" ON "pages_blocks_call_to_action_links" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_links_parent_id_idx" ON "pages_blocks_call_to_action_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_call_to_action_links_locales_locale_parent_id_u" ON "pages_blocks_call_to_action_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_call_to_action_locales_locale_parent_id_unique" ON "pages_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_seo_seo_image_idx" ON "pages" USING btree ("seo_image_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_clusters_id_idx" ON "pages_rels" USING btree ("clusters_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_rich_text_locales_locale_parent_id_unique" ON "_pages_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_figures_figures_order_idx" ON "_pages_v_blocks_figures_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_figures_figures_parent_id_idx" ON "_pages_v_blocks_figures_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_figures_figures_locales_locale_parent_id_uni" ON "_pages_v_blocks_figures_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_figures_order_idx" ON "_pages_v_blocks_figures" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_figures_parent_id_idx" ON "_pages_v_blocks_figures" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_figures_path_idx" ON "_pages_v_blocks_figures" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_figures_locales_locale_parent_id_unique" ON "_pages_v_blocks_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_quote_order_idx" ON "_pages_v_blocks_quote" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_quote_parent_id_idx" ON "_pages_v_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_quote_path_idx" ON "_pages_v_blocks_quote" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_quote_quote_idx" ON "_pages_v_blocks_quote" USING btree ("quote_id");
  CREATE INDEX "_pages_v_blocks_cluster_grid_order_idx" ON "_pages_v_blocks_cluster_grid" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_cluster_grid_parent_id_idx" ON "_pages_v_blocks_cluster_grid" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_cluster_grid_path_idx" ON "_pages_v_blocks_cluster_grid" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_cluster_grid_locales_locale_parent_id_unique" ON "_pages_v_blocks_cluster_grid_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_ambassador_list_order_idx" ON "_pages_v_blocks_ambassador_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_ambassador_list_parent_id_idx" ON "_pages_v_blocks_ambassador_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_ambassador_list_path_idx" ON "_pages_v_blocks_ambassador_list" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_ambassador_list_organization_idx" ON "_pages_v_blocks_ambassador_list" USING btree ("organization_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_ambassador_list_locales_locale_parent_id_uni" ON "_pages_v_blocks_ambassador_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_story_list_order_idx" ON "_pages_v_blocks_story_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_story_list_parent_id_idx" ON "_pages_v_blocks_story_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_story_list_path_idx" ON "_pages_v_blocks_story_list" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_story_list_locales_locale_parent_id_unique" ON "_pages_v_blocks_story_list_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_links_order_idx" ON "_pages_v_blocks_call_to_action_links" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_links_parent_id_idx" ON "_pages_v_blocks_call_to_action_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_call_to_action_links_locales_locale_parent_i" ON "_pages_v_blocks_call_to_action_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_call_to_action_locales_locale_parent_id_uniq" ON "_pages_v_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_seo_version_seo_image_idx" ON "_pages_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_clusters_id_idx" ON "_pages_v_rels" USING btree ("clusters_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_clusters_id_idx" ON "payload_locked_documents_rels" USING btree ("clusters_id");
  CREATE INDEX "payload_locked_documents_rels_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("quotes_id");
  CREATE INDEX "payload_locked_documents_rels_companies_id_idx" ON "payload_locked_documents_rels" USING btree ("companies_id");
  CREATE INDEX "payload_locked_documents_rels_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("stories_id");
  CREATE INDEX "payload_locked_documents_rels_ambassadors_id_idx" ON "payload_locked_documents_rels" USING btree ("ambassadors_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "ecosystem_figures_groups_figures_order_idx" ON "ecosystem_figures_groups_figures" USING btree ("_order");
  CREATE INDEX "ecosystem_figures_groups_figures_parent_id_idx" ON "ecosystem_figures_groups_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "ecosystem_figures_groups_figures_locales_locale_parent_id_un" ON "ecosystem_figures_groups_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ecosystem_figures_groups_order_idx" ON "ecosystem_figures_groups" USING btree ("_order");
  CREATE INDEX "ecosystem_figures_groups_parent_id_idx" ON "ecosystem_figures_groups" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "ecosystem_figures_groups_locales_locale_parent_id_unique" ON "ecosystem_figures_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "ecosystem_figures__status_idx" ON "ecosystem_figures" USING btree ("_status");
  CREATE INDEX "_ecosystem_figures_v_version_groups_figures_order_idx" ON "_ecosystem_figures_v_version_groups_figures" USING btree ("_order");
  CREATE INDEX "_ecosystem_figures_v_version_groups_figures_parent_id_idx" ON "_ecosystem_figures_v_version_groups_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_ecosystem_figures_v_version_groups_figures_locales_locale_p" ON "_ecosystem_figures_v_version_groups_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ecosystem_figures_v_version_groups_order_idx" ON "_ecosystem_figures_v_version_groups" USING btree ("_order");
  CREATE INDEX "_ecosystem_figures_v_version_groups_parent_id_idx" ON "_ecosystem_figures_v_version_groups" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_ecosystem_figures_v_version_groups_locales_locale_parent_id" ON "_ecosystem_figures_v_version_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_ecosystem_figures_v_version_version__status_idx" ON "_ecosystem_figures_v" USING btree ("version__status");
  CREATE INDEX "_ecosystem_figures_v_created_at_idx" ON "_ecosystem_figures_v" USING btree ("created_at");
  CREATE INDEX "_ecosystem_figures_v_updated_at_idx" ON "_ecosystem_figures_v" USING btree ("updated_at");
  CREATE INDEX "_ecosystem_figures_v_snapshot_idx" ON "_ecosystem_figures_v" USING btree ("snapshot");
  CREATE INDEX "_ecosystem_figures_v_published_locale_idx" ON "_ecosystem_figures_v" USING btree ("published_locale");
  CREATE INDEX "_ecosystem_figures_v_latest_idx" ON "_ecosystem_figures_v" USING btree ("latest");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "organizations_key_figures" CASCADE;
  DROP TABLE "organizations_key_figures_locales" CASCADE;
  DROP TABLE "organizations_programs" CASCADE;
  DROP TABLE "organizations_programs_locales" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  DROP TABLE "_organizations_v_version_key_figures" CASCADE;
  DROP TABLE "_organizations_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_organizations_v_version_programs" CASCADE;
  DROP TABLE "_organizations_v_version_programs_locales" CASCADE;
  DROP TABLE "_organizations_v" CASCADE;
  DROP TABLE "_organizations_v_locales" CASCADE;
  DROP TABLE "clusters_highlights" CASCADE;
  DROP TABLE "clusters_highlights_locales" CASCADE;
  DROP TABLE "clusters_key_figures" CASCADE;
  DROP TABLE "clusters_key_figures_locales" CASCADE;
  DROP TABLE "clusters_sector_breakdown_items" CASCADE;
  DROP TABLE "clusters_sector_breakdown_items_locales" CASCADE;
  DROP TABLE "clusters_sources" CASCADE;
  DROP TABLE "clusters_sources_locales" CASCADE;
  DROP TABLE "clusters_links" CASCADE;
  DROP TABLE "clusters_links_locales" CASCADE;
  DROP TABLE "clusters" CASCADE;
  DROP TABLE "clusters_locales" CASCADE;
  DROP TABLE "_clusters_v_version_highlights" CASCADE;
  DROP TABLE "_clusters_v_version_highlights_locales" CASCADE;
  DROP TABLE "_clusters_v_version_key_figures" CASCADE;
  DROP TABLE "_clusters_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_clusters_v_version_sector_breakdown_items" CASCADE;
  DROP TABLE "_clusters_v_version_sector_breakdown_items_locales" CASCADE;
  DROP TABLE "_clusters_v_version_sources" CASCADE;
  DROP TABLE "_clusters_v_version_sources_locales" CASCADE;
  DROP TABLE "_clusters_v_version_links" CASCADE;
  DROP TABLE "_clusters_v_version_links_locales" CASCADE;
  DROP TABLE "_clusters_v" CASCADE;
  DROP TABLE "_clusters_v_locales" CASCADE;
  DROP TABLE "quotes" CASCADE;
  DROP TABLE "quotes_locales" CASCADE;
  DROP TABLE "_quotes_v" CASCADE;
  DROP TABLE "_quotes_v_locales" CASCADE;
  DROP TABLE "companies" CASCADE;
  DROP TABLE "companies_locales" CASCADE;
  DROP TABLE "companies_rels" CASCADE;
  DROP TABLE "_companies_v" CASCADE;
  DROP TABLE "_companies_v_locales" CASCADE;
  DROP TABLE "_companies_v_rels" CASCADE;
  DROP TABLE "stories_interviewees" CASCADE;
  DROP TABLE "stories_interviewees_locales" CASCADE;
  DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_locales" CASCADE;
  DROP TABLE "_stories_v_version_interviewees" CASCADE;
  DROP TABLE "_stories_v_version_interviewees_locales" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_locales" CASCADE;
  DROP TABLE "ambassadors" CASCADE;
  DROP TABLE "ambassadors_locales" CASCADE;
  DROP TABLE "_ambassadors_v" CASCADE;
  DROP TABLE "_ambassadors_v_locales" CASCADE;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_blocks_rich_text_locales" CASCADE;
  DROP TABLE "pages_blocks_figures_figures" CASCADE;
  DROP TABLE "pages_blocks_figures_figures_locales" CASCADE;
  DROP TABLE "pages_blocks_figures" CASCADE;
  DROP TABLE "pages_blocks_figures_locales" CASCADE;
  DROP TABLE "pages_blocks_quote" CASCADE;
  DROP TABLE "pages_blocks_cluster_grid" CASCADE;
  DROP TABLE "pages_blocks_cluster_grid_locales" CASCADE;
  DROP TABLE "pages_blocks_ambassador_list" CASCADE;
  DROP TABLE "pages_blocks_ambassador_list_locales" CASCADE;
  DROP TABLE "pages_blocks_story_list" CASCADE;
  DROP TABLE "pages_blocks_story_list_locales" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_links" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_links_locales" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_figures_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_figures_figures_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_figures" CASCADE;
  DROP TABLE "_pages_v_blocks_figures_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_quote" CASCADE;
  DROP TABLE "_pages_v_blocks_cluster_grid" CASCADE;
  DROP TABLE "_pages_v_blocks_cluster_grid_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_ambassador_list" CASCADE;
  DROP TABLE "_pages_v_blocks_ambassador_list_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_story_list" CASCADE;
  DROP TABLE "_pages_v_blocks_story_list_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_links" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_links_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "ecosystem_figures_groups_figures" CASCADE;
  DROP TABLE "ecosystem_figures_groups_figures_locales" CASCADE;
  DROP TABLE "ecosystem_figures_groups" CASCADE;
  DROP TABLE "ecosystem_figures_groups_locales" CASCADE;
  DROP TABLE "ecosystem_figures" CASCADE;
  DROP TABLE "_ecosystem_figures_v_version_groups_figures" CASCADE;
  DROP TABLE "_ecosystem_figures_v_version_groups_figures_locales" CASCADE;
  DROP TABLE "_ecosystem_figures_v_version_groups" CASCADE;
  DROP TABLE "_ecosystem_figures_v_version_groups_locales" CASCADE;
  DROP TABLE "_ecosystem_figures_v" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_organizations_key_figures_unit";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_organizations_region";
  DROP TYPE "public"."enum_organizations_status";
  DROP TYPE "public"."enum__organizations_v_version_key_figures_unit";
  DROP TYPE "public"."enum__organizations_v_version_kind";
  DROP TYPE "public"."enum__organizations_v_version_region";
  DROP TYPE "public"."enum__organizations_v_version_status";
  DROP TYPE "public"."enum__organizations_v_published_locale";
  DROP TYPE "public"."enum_clusters_key_figures_unit";
  DROP TYPE "public"."enum_clusters_kind";
  DROP TYPE "public"."enum_clusters_region";
  DROP TYPE "public"."enum_clusters_status";
  DROP TYPE "public"."enum__clusters_v_version_key_figures_unit";
  DROP TYPE "public"."enum__clusters_v_version_kind";
  DROP TYPE "public"."enum__clusters_v_version_region";
  DROP TYPE "public"."enum__clusters_v_version_status";
  DROP TYPE "public"."enum__clusters_v_published_locale";
  DROP TYPE "public"."enum_quotes_status";
  DROP TYPE "public"."enum__quotes_v_version_status";
  DROP TYPE "public"."enum__quotes_v_published_locale";
  DROP TYPE "public"."enum_companies_status";
  DROP TYPE "public"."enum__companies_v_version_status";
  DROP TYPE "public"."enum__companies_v_published_locale";
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum__stories_v_published_locale";
  DROP TYPE "public"."enum_ambassadors_status";
  DROP TYPE "public"."enum__ambassadors_v_version_status";
  DROP TYPE "public"."enum__ambassadors_v_published_locale";
  DROP TYPE "public"."enum_pages_blocks_figures_figures_unit";
  DROP TYPE "public"."enum_pages_blocks_cluster_grid_region";
  DROP TYPE "public"."enum_pages_blocks_cluster_grid_kind";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_blocks_figures_figures_unit";
  DROP TYPE "public"."enum__pages_v_blocks_cluster_grid_region";
  DROP TYPE "public"."enum__pages_v_blocks_cluster_grid_kind";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_ecosystem_figures_groups_figures_unit";
  DROP TYPE "public"."enum_ecosystem_figures_status";
  DROP TYPE "public"."enum__ecosystem_figures_v_version_groups_figures_unit";
  DROP TYPE "public"."enum__ecosystem_figures_v_version_status";
  DROP TYPE "public"."enum__ecosystem_figures_v_published_locale";`)
}
