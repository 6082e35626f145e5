CREATE TABLE "screening_clearances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"entry_key" text NOT NULL,
	"content_hash" text NOT NULL,
	"version_id" uuid NOT NULL,
	"hit_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"cleared_by" uuid,
	"cleared_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"list_id" uuid NOT NULL,
	"list_name" text NOT NULL,
	"version_id" uuid NOT NULL,
	"entry_key" text NOT NULL,
	"source_id" text NOT NULL,
	"entry_name" text NOT NULL,
	"matched_name" text NOT NULL,
	"query_name" text NOT NULL,
	"score" real NOT NULL,
	"content_hash" text NOT NULL,
	"explanation" jsonb NOT NULL,
	"reason" text DEFAULT 'new' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_by_label" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "screening_hits_subject_kind" CHECK ("screening_hits"."subject_kind" in ('partner','person')),
	CONSTRAINT "screening_hits_status" CHECK ("screening_hits"."status" in ('pending','escalated','true_match','false_positive','delisted')),
	CONSTRAINT "screening_hits_reason" CHECK ("screening_hits"."reason" in ('new','entry_changed','clearance_expired')),
	CONSTRAINT "screening_hits_decision_complete" CHECK ("screening_hits"."status" in ('pending','delisted') or ("screening_hits"."decided_at" is not null and "screening_hits"."decision_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "screening_list_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"change" text NOT NULL,
	"entry_key" text NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"before_hash" text,
	"after_hash" text,
	CONSTRAINT "screening_list_changes_kind" CHECK ("screening_list_changes"."change" in ('added','changed','removed'))
);
--> statement-breakpoint
CREATE TABLE "screening_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"entry_key" text NOT NULL,
	"source_id" text NOT NULL,
	"primary_name" text NOT NULL,
	"names" jsonb NOT NULL,
	"schema" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"addresses" text[] DEFAULT '{}'::text[] NOT NULL,
	"programs" text[] DEFAULT '{}'::text[] NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"details" jsonb NOT NULL,
	"content_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_list_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"version_label" text NOT NULL,
	"published_on" date,
	"effective_on" date,
	"source" text DEFAULT '' NOT NULL,
	"file_sha256" text NOT NULL,
	"file_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"entry_count" integer NOT NULL,
	"added_count" integer NOT NULL,
	"changed_count" integer NOT NULL,
	"removed_count" integer NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rescreen" jsonb,
	"imported_by" uuid,
	"imported_by_label" text DEFAULT '' NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"format" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_lists_format_valid" CHECK ("screening_lists"."format" in ('meti-eul','mofa-text','ofac','us-csl','bis-dpl','un-xml','ftm','csv'))
);
--> statement-breakpoint
CREATE TABLE "screening_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid,
	"trigger" text NOT NULL,
	"query" jsonb NOT NULL,
	"list_versions" jsonb NOT NULL,
	"engine_version" text NOT NULL,
	"config_version" text NOT NULL,
	"threshold" real NOT NULL,
	"candidates" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"hit_count" integer DEFAULT 0 NOT NULL,
	"suppressed_count" integer DEFAULT 0 NOT NULL,
	"performed_by" uuid,
	"performed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "screening_runs_subject_kind" CHECK ("screening_runs"."subject_kind" in ('partner','person','adhoc')),
	CONSTRAINT "screening_runs_trigger" CHECK ("screening_runs"."trigger" in ('created','updated','on_demand','list_import','periodic','adhoc')),
	CONSTRAINT "screening_runs_outcome" CHECK ("screening_runs"."outcome" in ('clear','hit'))
);
--> statement-breakpoint
ALTER TABLE "screening_clearances" ADD CONSTRAINT "screening_clearances_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearances" ADD CONSTRAINT "screening_clearances_list_id_screening_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."screening_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearances" ADD CONSTRAINT "screening_clearances_version_id_screening_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."screening_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearances" ADD CONSTRAINT "screening_clearances_hit_id_screening_hits_id_fk" FOREIGN KEY ("hit_id") REFERENCES "public"."screening_hits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearances" ADD CONSTRAINT "screening_clearances_cleared_by_users_id_fk" FOREIGN KEY ("cleared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_run_id_screening_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."screening_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_list_id_screening_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."screening_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_version_id_screening_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."screening_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_changes" ADD CONSTRAINT "screening_list_changes_version_id_screening_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."screening_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_entries" ADD CONSTRAINT "screening_list_entries_version_id_screening_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."screening_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_versions" ADD CONSTRAINT "screening_list_versions_list_id_screening_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."screening_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_versions" ADD CONSTRAINT "screening_list_versions_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_lists" ADD CONSTRAINT "screening_lists_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_runs" ADD CONSTRAINT "screening_runs_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_runs" ADD CONSTRAINT "screening_runs_performed_by_users_id_fk" FOREIGN KEY ("performed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_clearances_subject" ON "screening_clearances" USING btree ("institution_id","subject_kind","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_hits_one_open" ON "screening_hits" USING btree ("institution_id","subject_kind","subject_id","list_id","entry_key") WHERE "screening_hits"."status" in ('pending','escalated');--> statement-breakpoint
CREATE INDEX "screening_hits_queue" ON "screening_hits" USING btree ("institution_id","status","created_at");--> statement-breakpoint
CREATE INDEX "screening_hits_subject" ON "screening_hits" USING btree ("institution_id","subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "screening_list_changes_version" ON "screening_list_changes" USING btree ("version_id","change");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_list_entries_version_key" ON "screening_list_entries" USING btree ("version_id","entry_key");--> statement-breakpoint
CREATE INDEX "screening_list_entries_source" ON "screening_list_entries" USING btree ("version_id","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_list_versions_seq" ON "screening_list_versions" USING btree ("list_id","seq");--> statement-breakpoint
CREATE INDEX "screening_list_versions_institution" ON "screening_list_versions" USING btree ("institution_id","list_id");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_lists_institution_name" ON "screening_lists" USING btree ("institution_id","name");--> statement-breakpoint
CREATE INDEX "screening_runs_subject" ON "screening_runs" USING btree ("institution_id","subject_kind","subject_id","performed_at");