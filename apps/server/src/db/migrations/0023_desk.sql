CREATE TABLE "desk_conversions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "desk_conversions_kind_valid" CHECK ("desk_conversions"."kind" in ('classification','review','case'))
);
--> statement-breakpoint
CREATE TABLE "desk_counters" (
	"institution_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desk_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"author_id" uuid,
	"from_office" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desk_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"topic" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"asker_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"about_kind" text,
	"about_id" uuid,
	"about_label" text,
	"anonymised_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "desk_questions_topic_valid" CHECK ("desk_questions"."topic" in ('export_control','contracts','secrets','coi','other')),
	CONSTRAINT "desk_questions_status_valid" CHECK ("desk_questions"."status" in ('open','answered','closed','reopened')),
	CONSTRAINT "desk_questions_about_valid" CHECK ("desk_questions"."about_kind" is null or "desk_questions"."about_kind" in ('case','partner','visitor','trip','review','classification'))
);
--> statement-breakpoint
CREATE TABLE "lab_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"head_user_id" uuid NOT NULL,
	"lab_name" text NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"technologies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"foreign_members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmed_version" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_data_erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	"action" text NOT NULL,
	"run_id" uuid,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_data_erasures_kind_valid" CHECK ("personal_data_erasures"."kind" in ('people','visitors','desk_questions','coi_declarations')),
	CONSTRAINT "personal_data_erasures_action_valid" CHECK ("personal_data_erasures"."action" in ('anonymise','delete'))
);
--> statement-breakpoint
CREATE TABLE "personal_data_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"purpose_ja" text NOT NULL,
	"purpose_en" text NOT NULL,
	"retention_months" integer NOT NULL,
	"action" text NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_data_rules_kind_valid" CHECK ("personal_data_rules"."kind" in ('people','visitors','desk_questions','coi_declarations')),
	CONSTRAINT "personal_data_rules_action_valid" CHECK ("personal_data_rules"."action" in ('anonymise','delete')),
	CONSTRAINT "personal_data_rules_months_valid" CHECK ("personal_data_rules"."retention_months" between 1 and 1200)
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"as_of" text NOT NULL,
	"result" jsonb NOT NULL,
	"ran_by" uuid,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_runs_trigger_valid" CHECK ("retention_runs"."trigger" in ('job','cli','manual'))
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version_no" integer NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"effective_from" date NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_versions_kind_valid" CHECK ("policy_versions"."kind" in ('international_collaboration','confidential_information','coi')),
	CONSTRAINT "policy_versions_number_positive" CHECK ("policy_versions"."version_no" >= 1)
);
--> statement-breakpoint
CREATE TABLE "visit_tours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"visitor_id" uuid NOT NULL,
	"title" text NOT NULL,
	"visit_on" date,
	"host_user_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text DEFAULT '' NOT NULL,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_tours_status_valid" CHECK ("visit_tours"."status" in ('draft','submitted','approved','returned','completed'))
);
--> statement-breakpoint
ALTER TABLE "desk_conversions" ADD CONSTRAINT "desk_conversions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_conversions" ADD CONSTRAINT "desk_conversions_question_id_desk_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."desk_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_conversions" ADD CONSTRAINT "desk_conversions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_counters" ADD CONSTRAINT "desk_counters_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_messages" ADD CONSTRAINT "desk_messages_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_messages" ADD CONSTRAINT "desk_messages_question_id_desk_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."desk_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_messages" ADD CONSTRAINT "desk_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_questions" ADD CONSTRAINT "desk_questions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_questions" ADD CONSTRAINT "desk_questions_asker_id_users_id_fk" FOREIGN KEY ("asker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_profiles" ADD CONSTRAINT "lab_profiles_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_profiles" ADD CONSTRAINT "lab_profiles_head_user_id_users_id_fk" FOREIGN KEY ("head_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_profiles" ADD CONSTRAINT "lab_profiles_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_profiles" ADD CONSTRAINT "lab_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_erasures" ADD CONSTRAINT "personal_data_erasures_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_erasures" ADD CONSTRAINT "personal_data_erasures_run_id_retention_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."retention_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_rules" ADD CONSTRAINT "personal_data_rules_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_data_rules" ADD CONSTRAINT "personal_data_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_ran_by_users_id_fk" FOREIGN KEY ("ran_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tours" ADD CONSTRAINT "visit_tours_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tours" ADD CONSTRAINT "visit_tours_visitor_id_visitors_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."visitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tours" ADD CONSTRAINT "visit_tours_host_user_id_users_id_fk" FOREIGN KEY ("host_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tours" ADD CONSTRAINT "visit_tours_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tours" ADD CONSTRAINT "visit_tours_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_tours" ADD CONSTRAINT "visit_tours_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "desk_conversions_once" ON "desk_conversions" USING btree ("question_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "desk_counters_key" ON "desk_counters" USING btree ("institution_id","year");--> statement-breakpoint
CREATE INDEX "desk_messages_question" ON "desk_messages" USING btree ("question_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "desk_questions_ref" ON "desk_questions" USING btree ("institution_id","ref");--> statement-breakpoint
CREATE INDEX "desk_questions_inbox" ON "desk_questions" USING btree ("institution_id","topic","status");--> statement-breakpoint
CREATE INDEX "desk_questions_asker" ON "desk_questions" USING btree ("institution_id","asker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lab_profiles_head" ON "lab_profiles" USING btree ("institution_id","head_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "personal_data_erasures_record" ON "personal_data_erasures" USING btree ("kind","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "personal_data_rules_kind" ON "personal_data_rules" USING btree ("institution_id","kind");--> statement-breakpoint
CREATE INDEX "retention_runs_institution" ON "retention_runs" USING btree ("institution_id","ran_at");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_number" ON "policy_versions" USING btree ("institution_id","kind","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_effective" ON "policy_versions" USING btree ("institution_id","kind","effective_from");--> statement-breakpoint
CREATE INDEX "visit_tours_visitor" ON "visit_tours" USING btree ("institution_id","visitor_id");