CREATE TABLE "hub_advice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_institution_id" uuid NOT NULL,
	"hub_institution_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"question" text NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "hub_advice_subject_kind" CHECK ("hub_advice"."subject_kind" in ('review','classification'))
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"institution_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"target" numeric NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_targets_institution_id_fiscal_year_indicator_id_pk" PRIMARY KEY("institution_id","fiscal_year","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "library_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"source_case_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"entry" jsonb NOT NULL,
	"prepared_by" uuid,
	"reviewed_by" uuid,
	"released_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_entries_status" CHECK ("library_entries"."status" in ('draft','released','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"agreement_id" uuid,
	"partner_id" uuid,
	"kind" text NOT NULL,
	"ip_income_kind" text,
	"partner_type" text NOT NULL,
	"partner_country" text,
	"direct" bigint NOT NULL,
	"indirect" bigint DEFAULT 0 NOT NULL,
	"received_on" date NOT NULL,
	"fiscal_year" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "receipts_amounts" CHECK ("receipts"."direct" >= 0 and "receipts"."indirect" >= 0),
	CONSTRAINT "receipts_ip_kind" CHECK (("receipts"."kind" = 'ip_income') = ("receipts"."ip_income_kind" is not null))
);
--> statement-breakpoint
CREATE TABLE "survey_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid,
	"partner_id" uuid,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"partner_type" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "survey_agreements_kind" CHECK ("survey_agreements"."kind" in ('joint_research','contract_research','clinical_trial','endowed_chair')),
	CONSTRAINT "survey_agreements_period" CHECK ("survey_agreements"."end_on" is null or "survey_agreements"."end_on" >= "survey_agreements"."start_on")
);
--> statement-breakpoint
ALTER TABLE "consulting_grants" ADD COLUMN "scopes" text[] DEFAULT '{registry}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "consulting_grants" ADD COLUMN "granted_by" uuid;--> statement-breakpoint
ALTER TABLE "consulting_grants" ADD COLUMN "revoked_by" uuid;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "size_class" text;--> statement-breakpoint
ALTER TABLE "hub_advice" ADD CONSTRAINT "hub_advice_member_institution_id_institutions_id_fk" FOREIGN KEY ("member_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_advice" ADD CONSTRAINT "hub_advice_hub_institution_id_institutions_id_fk" FOREIGN KEY ("hub_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_advice" ADD CONSTRAINT "hub_advice_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_advice" ADD CONSTRAINT "hub_advice_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_source_case_id_cases_id_fk" FOREIGN KEY ("source_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_prepared_by_users_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_agreement_id_survey_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."survey_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_agreements" ADD CONSTRAINT "survey_agreements_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_agreements" ADD CONSTRAINT "survey_agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_agreements" ADD CONSTRAINT "survey_agreements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_agreements" ADD CONSTRAINT "survey_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hub_advice_subject_idx" ON "hub_advice" USING btree ("member_institution_id","subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "library_entries_status_idx" ON "library_entries" USING btree ("status","released_at");--> statement-breakpoint
CREATE INDEX "receipts_inst_fy_idx" ON "receipts" USING btree ("institution_id","fiscal_year","kind");--> statement-breakpoint
CREATE INDEX "receipts_agreement_idx" ON "receipts" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "survey_agreements_inst_idx" ON "survey_agreements" USING btree ("institution_id","kind","start_on");--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_size_class_valid" CHECK ("partners"."size_class" is null or "partners"."size_class" in ('large','sme'));