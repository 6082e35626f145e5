CREATE TABLE "coi_assignments" (
	"declaration_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coi_assignments_declaration_id_user_id_pk" PRIMARY KEY("declaration_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "coi_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"due_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"opened_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coi_cycles_dates" CHECK ("coi_cycles"."due_on" >= "coi_cycles"."opens_on" and "coi_cycles"."valid_until" >= "coi_cycles"."due_on")
);
--> statement-breakpoint
CREATE TABLE "coi_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"declarant_user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"trigger" text NOT NULL,
	"cycle_id" uuid,
	"case_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"self_check" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"interests" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"profile_version" integer,
	"attested_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"return_comment" text,
	"returned_at" timestamp with time zone,
	"approved_on" date,
	"approved_by" uuid,
	"valid_until" date,
	"content_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coi_declarations_kind" CHECK ("coi_declarations"."kind" in ('periodic','triggered')),
	CONSTRAINT "coi_declarations_trigger" CHECK ("coi_declarations"."trigger" in ('cycle','joined_case','funding_application','new_activity')),
	CONSTRAINT "coi_declarations_status" CHECK ("coi_declarations"."status" in ('draft','submitted','returned','approved','expired')),
	CONSTRAINT "coi_declarations_approved_valid" CHECK ("coi_declarations"."status" not in ('approved','expired') or ("coi_declarations"."valid_until" is not null and "coi_declarations"."approved_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "coi_determinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"interest_id" text NOT NULL,
	"case_id" uuid,
	"outcome" text NOT NULL,
	"plan_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coi_determinations_outcome" CHECK ("coi_determinations"."outcome" in ('no_conflict','manageable','not_permitted')),
	CONSTRAINT "coi_determinations_plan" CHECK ("coi_determinations"."outcome" <> 'manageable' or "coi_determinations"."plan_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "coi_funding_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"pledged_on" date,
	"profile_version" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coi_institutional_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coi_inst_outcome" CHECK ("coi_institutional_decisions"."outcome" in ('no_conflict','manageable','not_permitted'))
);
--> statement-breakpoint
CREATE TABLE "coi_management_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"declaration_id" uuid NOT NULL,
	"declarant_user_id" uuid NOT NULL,
	"conditions" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"monitoring_on" date NOT NULL,
	"monitor_user_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"last_monitored_on" date,
	"monitoring_notes" text DEFAULT '' NOT NULL,
	"reminders_sent" integer[] DEFAULT '{}'::int[] NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coi_plans_status" CHECK ("coi_management_plans"."status" in ('active','closed'))
);
--> statement-breakpoint
CREATE TABLE "coi_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"delegate_user_id" uuid,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coi_register" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"entity_name" text NOT NULL,
	"partner_id" uuid,
	"amount_band" text DEFAULT 'none' NOT NULL,
	"from_on" date NOT NULL,
	"until_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coi_register_kind" CHECK ("coi_register"."kind" in ('equity','licence_income','donation','comprehensive_agreement','executive_interest')),
	CONSTRAINT "coi_register_band" CHECK ("coi_register"."amount_band" in ('none','lt_1m','1m_5m','5m_10m','gte_10m'))
);
--> statement-breakpoint
CREATE TABLE "coi_settings" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"outside_effort_limit" integer DEFAULT 20 NOT NULL,
	"reminder_days_before" integer[] DEFAULT '{14,0}'::int[] NOT NULL,
	"training_requirements" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name" text NOT NULL,
	"flagged" boolean DEFAULT true NOT NULL,
	"technology_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "security_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"subject_role" text NOT NULL,
	"subject_name" text NOT NULL,
	"subject_user_id" uuid,
	"subject_person_id" uuid,
	"input" jsonb NOT NULL,
	"tier" text,
	"reasons" jsonb NOT NULL,
	"mitigations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_reviews_role" CHECK ("security_reviews"."subject_role" in ('pi','student','partner_senior_researcher')),
	CONSTRAINT "security_reviews_tier" CHECK ("security_reviews"."tier" is null or "security_reviews"."tier" in ('low','elevated','high'))
);
--> statement-breakpoint
CREATE TABLE "training_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"completed_on" date NOT NULL,
	"expires_on" date,
	"source" text DEFAULT 'manual' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_completions_source" CHECK ("training_completions"."source" in ('manual','csv'))
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"topic" text NOT NULL,
	"validity_months" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_courses_topic" CHECK ("training_courses"."topic" in ('export_control','trade_secrets','coi','research_security'))
);
--> statement-breakpoint
ALTER TABLE "case_stage_records" DROP CONSTRAINT "case_stage_records_section_valid";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_valid";--> statement-breakpoint
ALTER TABLE "coi_assignments" ADD CONSTRAINT "coi_assignments_declaration_id_coi_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."coi_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_assignments" ADD CONSTRAINT "coi_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_assignments" ADD CONSTRAINT "coi_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_cycles" ADD CONSTRAINT "coi_cycles_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_cycles" ADD CONSTRAINT "coi_cycles_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declarations" ADD CONSTRAINT "coi_declarations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declarations" ADD CONSTRAINT "coi_declarations_declarant_user_id_users_id_fk" FOREIGN KEY ("declarant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declarations" ADD CONSTRAINT "coi_declarations_cycle_id_coi_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."coi_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declarations" ADD CONSTRAINT "coi_declarations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declarations" ADD CONSTRAINT "coi_declarations_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_determinations" ADD CONSTRAINT "coi_determinations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_determinations" ADD CONSTRAINT "coi_determinations_declaration_id_coi_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."coi_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_determinations" ADD CONSTRAINT "coi_determinations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_determinations" ADD CONSTRAINT "coi_determinations_plan_id_coi_management_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."coi_management_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_determinations" ADD CONSTRAINT "coi_determinations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD CONSTRAINT "coi_funding_applications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD CONSTRAINT "coi_funding_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_institutional_decisions" ADD CONSTRAINT "coi_institutional_decisions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_institutional_decisions" ADD CONSTRAINT "coi_institutional_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_institutional_decisions" ADD CONSTRAINT "coi_institutional_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_management_plans" ADD CONSTRAINT "coi_management_plans_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_management_plans" ADD CONSTRAINT "coi_management_plans_declaration_id_coi_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."coi_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_management_plans" ADD CONSTRAINT "coi_management_plans_declarant_user_id_users_id_fk" FOREIGN KEY ("declarant_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_management_plans" ADD CONSTRAINT "coi_management_plans_monitor_user_id_users_id_fk" FOREIGN KEY ("monitor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_management_plans" ADD CONSTRAINT "coi_management_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_profiles" ADD CONSTRAINT "coi_profiles_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_profiles" ADD CONSTRAINT "coi_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_profiles" ADD CONSTRAINT "coi_profiles_delegate_user_id_users_id_fk" FOREIGN KEY ("delegate_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_profiles" ADD CONSTRAINT "coi_profiles_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_register" ADD CONSTRAINT "coi_register_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_register" ADD CONSTRAINT "coi_register_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_register" ADD CONSTRAINT "coi_register_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_settings" ADD CONSTRAINT "coi_settings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_programmes" ADD CONSTRAINT "security_programmes_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_reviews" ADD CONSTRAINT "security_reviews_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_reviews" ADD CONSTRAINT "security_reviews_programme_id_security_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."security_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_reviews" ADD CONSTRAINT "security_reviews_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_reviews" ADD CONSTRAINT "security_reviews_subject_person_id_people_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_reviews" ADD CONSTRAINT "security_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coi_assignments_user" ON "coi_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "coi_cycles_institution" ON "coi_cycles" USING btree ("institution_id","opens_on");--> statement-breakpoint
CREATE INDEX "coi_declarations_declarant" ON "coi_declarations" USING btree ("declarant_user_id","created_at");--> statement-breakpoint
CREATE INDEX "coi_declarations_queue" ON "coi_declarations" USING btree ("institution_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "coi_determinations_pair" ON "coi_determinations" USING btree ("declaration_id","interest_id",coalesce("case_id"::text, ''));--> statement-breakpoint
CREATE INDEX "coi_determinations_case" ON "coi_determinations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "coi_funding_user" ON "coi_funding_applications" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "coi_inst_case" ON "coi_institutional_decisions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "coi_plans_monitoring" ON "coi_management_plans" USING btree ("status","monitoring_on");--> statement-breakpoint
CREATE UNIQUE INDEX "coi_profiles_user_version" ON "coi_profiles" USING btree ("user_id","version");--> statement-breakpoint
CREATE INDEX "coi_register_institution" ON "coi_register" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "security_reviews_programme" ON "security_reviews" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_completions_once" ON "training_completions" USING btree ("user_id","course_id","completed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_courses_code" ON "training_courses" USING btree ("institution_id","code");--> statement-breakpoint
-- The PI-ticked COI flag is gone (issue 13, seed-coverage X2): its stage records leave with it; the
-- audit log keeps their history.
DELETE FROM "case_stage_records" WHERE "section" NOT IN ('core','partners','due_diligence','participants','funding','internal_check','scheme','ndas','negotiation','research_plan','contract_terms','waivers','agreement_confirmation','export_licence','national_project','closing','monitoring','quotation','disclosures','collaboration');--> statement-breakpoint
ALTER TABLE "case_stage_records" ADD CONSTRAINT "case_stage_records_section_valid" CHECK ("case_stage_records"."section" in ('core','partners','due_diligence','participants','funding','internal_check','scheme','ndas','negotiation','research_plan','contract_terms','waivers','agreement_confirmation','export_licence','national_project','closing','monitoring','quotation','disclosures','collaboration'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("users"."role" in ('researcher','student','coordinator','export_control_officer','department_head','coi_reviewer','coi_external_member','legal_ip','executive','auditor','admin'));