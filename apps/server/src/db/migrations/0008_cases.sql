CREATE TABLE "case_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_comments_body" CHECK (length(trim("case_comments"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "case_counters" (
	"institution_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters_institution_id_year_pk" PRIMARY KEY("institution_id","year")
);
--> statement-breakpoint
CREATE TABLE "case_disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"partner_id" uuid NOT NULL,
	"disclosed_on" date NOT NULL,
	"document_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_documents_category_valid" CHECK ("case_documents"."category" in ('nda','contract','minutes','report','quotation','correspondence','other')),
	CONSTRAINT "case_documents_size" CHECK ("case_documents"."size_bytes" = octet_length("case_documents"."content") and "case_documents"."size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "case_funding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"funder" text NOT NULL,
	"bayh_dole" boolean DEFAULT false NOT NULL,
	"restricts_foreign_collaboration" boolean DEFAULT false NOT NULL,
	CONSTRAINT "case_funding_kind_valid" CHECK ("case_funding"."kind" in ('partner','government_commissioned','government_subsidy','competitive_grant','internal','other')),
	CONSTRAINT "case_funding_bayh_dole" CHECK ("case_funding"."kind" <> 'government_commissioned' or "case_funding"."bayh_dole")
);
--> statement-breakpoint
CREATE TABLE "case_monitoring_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"completed_on" date,
	"cancelled" boolean DEFAULT false NOT NULL,
	"visitor_name" text,
	"minutes" text DEFAULT '' NOT NULL,
	"plan_milestone_id" text,
	"alert_level" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_monitoring_kind_valid" CHECK ("case_monitoring_items"."kind" in ('meeting','milestone','progress_report','visit')),
	CONSTRAINT "case_monitoring_alert_valid" CHECK ("case_monitoring_items"."alert_level" is null or "case_monitoring_items"."alert_level" in ('due_soon','overdue','escalated'))
);
--> statement-breakpoint
CREATE TABLE "case_ndas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_ids" uuid[] NOT NULL,
	"signed_on" date,
	"expires_on" date,
	"terminated" boolean DEFAULT false NOT NULL,
	"document_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_ndas_period" CHECK ("case_ndas"."expires_on" is null or "case_ndas"."signed_on" is null or "case_ndas"."signed_on" <= "case_ndas"."expires_on")
);
--> statement-breakpoint
CREATE TABLE "case_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"person_id" uuid,
	"role_on_case" text DEFAULT '' NOT NULL,
	"informed_consent_on" date,
	"pledge_on" date,
	"employed_by_institution" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_participants_kind_valid" CHECK ("case_participants"."kind" in ('staff','student','visiting_researcher','partner_researcher')),
	CONSTRAINT "case_participants_one_link" CHECK (num_nonnulls("case_participants"."user_id", "case_participants"."person_id") = 1),
	CONSTRAINT "case_participants_student_consent" CHECK ("case_participants"."kind" <> 'student' or ("case_participants"."informed_consent_on" is not null and "case_participants"."pledge_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"competitor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"due_diligence" jsonb NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_quotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"input" jsonb NOT NULL,
	"rates" jsonb NOT NULL,
	"total_yen" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_red_flag_waivers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"flag" text NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_by_role" text NOT NULL,
	"justification" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_waivers_flag_valid" CHECK ("case_red_flag_waivers"."flag" in ('arbitration_not_third_country','confidentiality_no_end','publication_beyond_policy','foreign_national_exclusion','bayh_dole_transfer_without_approval')),
	CONSTRAINT "case_waivers_justified" CHECK (length(trim("case_red_flag_waivers"."justification")) > 0)
);
--> statement-breakpoint
CREATE TABLE "case_settings" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"cost_rates" jsonb,
	"policy" jsonb,
	"monitoring_policy" jsonb,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stage_records" (
	"case_id" uuid NOT NULL,
	"section" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_stage_records_case_id_section_pk" PRIMARY KEY("case_id","section"),
	CONSTRAINT "case_stage_records_section_valid" CHECK ("case_stage_records"."section" in ('core','partners','due_diligence','participants','funding','coi','internal_check','scheme','ndas','negotiation','research_plan','contract_terms','waivers','agreement_confirmation','export_licence','national_project','closing','monitoring','quotation','disclosures','collaboration'))
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"assignee_id" uuid,
	"due_on" date,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_tasks_title" CHECK (length(trim("case_tasks"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT 'intake' NOT NULL,
	"stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"pi_user_id" uuid,
	"department_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"field_area" text,
	"emerging_tech" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"coi_declared" boolean DEFAULT false NOT NULL,
	"coi_declared_on" date,
	"coi_valid_until" date,
	"high_risk_approved_by" uuid,
	"high_risk_approved_on" date,
	"high_risk_note" text,
	"bayh_dole_approval_obtained" boolean DEFAULT false NOT NULL,
	"contract_signed_on" date,
	"blocked" boolean DEFAULT false NOT NULL,
	"blocker_action" text,
	"blockers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"blockers_checked_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_kind_valid" CHECK ("cases"."kind" in ('joint_research','contract_research','licence','consulting','mou','researcher_exchange','national_project')),
	CONSTRAINT "cases_stage_valid" CHECK ("cases"."stage" in ('intake','internal_check','due_diligence','scheme_design','nda','negotiation','research_plan','contract_terms','agreement_confirmation','export_risk_review','active','closing','closed','declined','withdrawn')),
	CONSTRAINT "cases_field_valid" CHECK ("cases"."field_area" is null or "cases"."field_area" in ('life_science','ict','environment','nanotech_materials','energy','manufacturing','social_infrastructure','frontier','humanities_social','other')),
	CONSTRAINT "cases_emerging_tech_valid" CHECK ("cases"."emerging_tech" <@ array['biotechnology','ai_machine_learning','pnt','microprocessors','advanced_computing','data_analytics','quantum','logistics','additive_manufacturing','robotics','brain_computer_interfaces','hypersonics','advanced_materials','advanced_surveillance']::text[]),
	CONSTRAINT "cases_title_present" CHECK (length(trim("cases"."title")) > 0),
	CONSTRAINT "cases_signed_before_active" CHECK ("cases"."stage" not in ('active','closing','closed') or "cases"."contract_signed_on" is not null)
);
--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_disclosures" ADD CONSTRAINT "case_disclosures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_disclosures" ADD CONSTRAINT "case_disclosures_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_disclosures" ADD CONSTRAINT "case_disclosures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_funding" ADD CONSTRAINT "case_funding_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_monitoring_items" ADD CONSTRAINT "case_monitoring_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_monitoring_items" ADD CONSTRAINT "case_monitoring_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_ndas" ADD CONSTRAINT "case_ndas_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_ndas" ADD CONSTRAINT "case_ndas_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_participants" ADD CONSTRAINT "case_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_partners" ADD CONSTRAINT "case_partners_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_partners" ADD CONSTRAINT "case_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_quotations" ADD CONSTRAINT "case_quotations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_quotations" ADD CONSTRAINT "case_quotations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_red_flag_waivers" ADD CONSTRAINT "case_red_flag_waivers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_red_flag_waivers" ADD CONSTRAINT "case_red_flag_waivers_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_settings" ADD CONSTRAINT "case_settings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_settings" ADD CONSTRAINT "case_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_stage_records" ADD CONSTRAINT "case_stage_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_stage_records" ADD CONSTRAINT "case_stage_records_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_pi_user_id_users_id_fk" FOREIGN KEY ("pi_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_high_risk_approved_by_users_id_fk" FOREIGN KEY ("high_risk_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_comments_case" ON "case_comments" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_disclosures_case" ON "case_disclosures" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_documents_case" ON "case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_funding_case" ON "case_funding" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_monitoring_case" ON "case_monitoring_items" USING btree ("case_id","due_on");--> statement-breakpoint
CREATE INDEX "case_monitoring_open" ON "case_monitoring_items" USING btree ("institution_id","due_on") WHERE "case_monitoring_items"."completed_on" is null and not "case_monitoring_items"."cancelled";--> statement-breakpoint
CREATE INDEX "case_ndas_case" ON "case_ndas" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_participants_user" ON "case_participants" USING btree ("case_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_participants_person" ON "case_participants" USING btree ("case_id","person_id");--> statement-breakpoint
CREATE INDEX "case_participants_user_id" ON "case_participants" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_partners_unique" ON "case_partners" USING btree ("case_id","partner_id");--> statement-breakpoint
CREATE INDEX "case_partners_partner" ON "case_partners" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "case_quotations_case" ON "case_quotations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_waivers_case" ON "case_red_flag_waivers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_case" ON "case_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_tasks_open_assignee" ON "case_tasks" USING btree ("assignee_id") WHERE "case_tasks"."done_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_institution_ref" ON "cases" USING btree ("institution_id","ref");--> statement-breakpoint
CREATE INDEX "cases_board" ON "cases" USING btree ("institution_id","stage","updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_pi" ON "cases" USING btree ("pi_user_id");--> statement-breakpoint
CREATE INDEX "cases_departments" ON "cases" USING gin ("department_ids");