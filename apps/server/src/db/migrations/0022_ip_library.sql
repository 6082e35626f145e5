CREATE TABLE "ip_model_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"version" integer NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"body_ja" text NOT NULL,
	"body_en" text NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"effective_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_model_texts_kind" CHECK ("ip_model_texts"."kind" in ('nda_one_way','nda_mutual','joint_research','contract_research','mta','option','licence')),
	CONSTRAINT "ip_model_texts_scope" CHECK ("ip_model_texts"."scope" in ('standard','collaboration_talks','technology_evaluation','visit')),
	CONSTRAINT "ip_model_texts_version" CHECK ("ip_model_texts"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "ip_tech_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"items" jsonb NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"effective_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "np_project_records" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"datasets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data_policy_note" text DEFAULT '' NOT NULL,
	"tech_list_id" uuid,
	"tech_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "np_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"invention_id" uuid,
	"decision" text,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_role" text,
	"decided_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "np_results_decision" CHECK ("np_results"."decision" is null or "np_results"."decision" in ('publish','patent','keep_secret')),
	CONSTRAINT "np_results_decided" CHECK ("np_results"."decision" is null or ("np_results"."decided_role" = 'legal_ip' and length(trim("np_results"."decision_reason")) > 0 and "np_results"."decided_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "np_standard_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_on" date,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "np_standard_kind" CHECK ("np_standard_activities"."kind" in ('information','strategy','proposal','drafting','committee')),
	CONSTRAINT "np_standard_status" CHECK ("np_standard_activities"."status" in ('planned','active','done'))
);
--> statement-breakpoint
CREATE TABLE "np_subcontractors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"work_scope" text NOT NULL,
	"amount" bigint,
	"starts_on" date,
	"ends_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "np_subcontractors_amount" CHECK ("np_subcontractors"."amount" is null or "np_subcontractors"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "ip_model_texts" ADD CONSTRAINT "ip_model_texts_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_model_texts" ADD CONSTRAINT "ip_model_texts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_tech_lists" ADD CONSTRAINT "ip_tech_lists_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_tech_lists" ADD CONSTRAINT "ip_tech_lists_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_project_records" ADD CONSTRAINT "np_project_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_project_records" ADD CONSTRAINT "np_project_records_tech_list_id_ip_tech_lists_id_fk" FOREIGN KEY ("tech_list_id") REFERENCES "public"."ip_tech_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_project_records" ADD CONSTRAINT "np_project_records_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_results" ADD CONSTRAINT "np_results_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_results" ADD CONSTRAINT "np_results_invention_id_inventions_id_fk" FOREIGN KEY ("invention_id") REFERENCES "public"."inventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_results" ADD CONSTRAINT "np_results_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_results" ADD CONSTRAINT "np_results_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_standard_activities" ADD CONSTRAINT "np_standard_activities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_standard_activities" ADD CONSTRAINT "np_standard_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_subcontractors" ADD CONSTRAINT "np_subcontractors_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_subcontractors" ADD CONSTRAINT "np_subcontractors_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "np_subcontractors" ADD CONSTRAINT "np_subcontractors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ip_model_texts_version_unique" ON "ip_model_texts" USING btree ("institution_id","kind","scope","version");--> statement-breakpoint
CREATE UNIQUE INDEX "ip_tech_lists_version_unique" ON "ip_tech_lists" USING btree ("institution_id","version");--> statement-breakpoint
CREATE INDEX "np_results_case" ON "np_results" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "np_standard_case" ON "np_standard_activities" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "np_subcontractors_unique" ON "np_subcontractors" USING btree ("case_id","partner_id");