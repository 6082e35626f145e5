CREATE TABLE "invention_funding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invention_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"funder" text NOT NULL,
	"programme" text DEFAULT '' NOT NULL,
	"bayh_dole" boolean DEFAULT false NOT NULL,
	CONSTRAINT "invention_funding_kind" CHECK ("invention_funding"."kind" in ('partner','government_commissioned','government_subsidy','competitive_grant','internal','other'))
);
--> statement-breakpoint
CREATE TABLE "invention_inventors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invention_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"share_bp" integer NOT NULL,
	"position" integer NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "invention_inventors_share" CHECK ("invention_inventors"."share_bp" > 0 and "invention_inventors"."share_bp" <= 10000)
);
--> statement-breakpoint
CREATE TABLE "inventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"field" text DEFAULT '' NOT NULL,
	"case_id" uuid,
	"background_case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"agreement_ref" text,
	"category" text,
	"institution_takes" boolean,
	"decided_by" uuid,
	"decided_on" date,
	"decision_note" text DEFAULT '' NOT NULL,
	"bayh_dole" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inventions_category_valid" CHECK ("inventions"."category" is null or "inventions"."category" in ('employee','free')),
	CONSTRAINT "inventions_title_present" CHECK (length(trim("inventions"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "ip_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"invention_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"partner_id" uuid,
	"counterparty_name" text NOT NULL,
	"counterparty_country" text NOT NULL,
	"counterparty_is_co_owner" boolean DEFAULT false NOT NULL,
	"option_grants_exclusive" boolean DEFAULT false NOT NULL,
	"territory" text DEFAULT '' NOT NULL,
	"field_of_use" text DEFAULT '' NOT NULL,
	"exception_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"exception_reason" text DEFAULT '' NOT NULL,
	"exception_approved_by" uuid,
	"exception_approved_role" text,
	"exception_approved_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_on" date,
	"starts_on" date,
	"ends_on" date,
	"terms" jsonb NOT NULL,
	"forecast" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"case_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_agreements_kind" CHECK ("ip_agreements"."kind" in ('non_exclusive_licence','exclusive_licence','option','assignment')),
	CONSTRAINT "ip_agreements_status" CHECK ("ip_agreements"."status" in ('draft','signed','terminated')),
	CONSTRAINT "ip_agreements_signed" CHECK ("ip_agreements"."status" = 'draft' or "ip_agreements"."signed_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "ip_bayh_dole_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"invention_id" uuid,
	"agreement_id" uuid,
	"case_id" uuid,
	"kind" text NOT NULL,
	"acted_on" date NOT NULL,
	"evidence" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_role" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "ip_bd_kind" CHECK ("ip_bayh_dole_records"."kind" in ('results_report','prior_approval','licensee_notice','state_licence_request','free_licence_to_state','unused_licence_request','unused_licence_granted')),
	CONSTRAINT "ip_bd_subject" CHECK ("ip_bayh_dole_records"."invention_id" is not null or "ip_bayh_dole_records"."case_id" is not null),
	CONSTRAINT "ip_bd_evidence" CHECK (length(trim("ip_bayh_dole_records"."evidence")) > 0),
	CONSTRAINT "ip_bd_role" CHECK ("ip_bayh_dole_records"."recorded_role" = 'legal_ip')
);
--> statement-breakpoint
CREATE TABLE "ip_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"invention_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"country" text NOT NULL,
	"application_no" text DEFAULT '' NOT NULL,
	"filed_on" date NOT NULL,
	"priority_date" date,
	"examination_requested_on" date,
	"registered_on" date,
	"patent_no" text,
	"paid_through_year" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'filed' NOT NULL,
	"reminders_sent" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"co_owners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cost_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_filings_kind" CHECK ("ip_filings"."kind" in ('jp','pct','national_phase','foreign')),
	CONSTRAINT "ip_filings_status" CHECK ("ip_filings"."status" in ('filed','examination_requested','granted','abandoned','expired')),
	CONSTRAINT "ip_filings_priority" CHECK ("ip_filings"."priority_date" is null or "ip_filings"."priority_date" <= "ip_filings"."filed_on")
);
--> statement-breakpoint
CREATE TABLE "ip_income" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"received_on" date NOT NULL,
	"period_from" date,
	"period_to" date,
	"net_sales" bigint,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_income_kind" CHECK ("ip_income"."kind" in ('upfront','running_royalty','milestone','minimum_royalty','other')),
	CONSTRAINT "ip_income_amount" CHECK ("ip_income"."amount" >= 0),
	CONSTRAINT "ip_income_period" CHECK ("ip_income"."period_from" is null or "ip_income"."period_to" is null or "ip_income"."period_from" <= "ip_income"."period_to")
);
--> statement-breakpoint
CREATE TABLE "ip_secrecy_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"invention_id" uuid NOT NULL,
	"result" text NOT NULL,
	"review_status" text DEFAULT 'none' NOT NULL,
	"checked_on" date NOT NULL,
	"evidence" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_role" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_secrecy_result" CHECK ("ip_secrecy_checks"."result" in ('not_listed','listed')),
	CONSTRAINT "ip_secrecy_review" CHECK ("ip_secrecy_checks"."review_status" in ('none','under_review','not_designated','designated','lifted')),
	CONSTRAINT "ip_secrecy_evidence" CHECK (length(trim("ip_secrecy_checks"."evidence")) > 0)
);
--> statement-breakpoint
CREATE TABLE "ip_settings" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"licence_policy" jsonb,
	"bayh_dole_policy" jsonb,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_ndas" ADD COLUMN "scope" jsonb;--> statement-breakpoint
ALTER TABLE "invention_funding" ADD CONSTRAINT "invention_funding_invention_id_inventions_id_fk" FOREIGN KEY ("invention_id") REFERENCES "public"."inventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invention_inventors" ADD CONSTRAINT "invention_inventors_invention_id_inventions_id_fk" FOREIGN KEY ("invention_id") REFERENCES "public"."inventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invention_inventors" ADD CONSTRAINT "invention_inventors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventions" ADD CONSTRAINT "inventions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventions" ADD CONSTRAINT "inventions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventions" ADD CONSTRAINT "inventions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventions" ADD CONSTRAINT "inventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_agreements" ADD CONSTRAINT "ip_agreements_invention_id_inventions_id_fk" FOREIGN KEY ("invention_id") REFERENCES "public"."inventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_agreements" ADD CONSTRAINT "ip_agreements_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_agreements" ADD CONSTRAINT "ip_agreements_exception_approved_by_users_id_fk" FOREIGN KEY ("exception_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_agreements" ADD CONSTRAINT "ip_agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_agreements" ADD CONSTRAINT "ip_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_bayh_dole_records" ADD CONSTRAINT "ip_bayh_dole_records_invention_id_inventions_id_fk" FOREIGN KEY ("invention_id") REFERENCES "public"."inventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_bayh_dole_records" ADD CONSTRAINT "ip_bayh_dole_records_agreement_id_ip_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."ip_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_bayh_dole_records" ADD CONSTRAINT "ip_bayh_dole_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_bayh_dole_records" ADD CONSTRAINT "ip_bayh_dole_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_bayh_dole_records" ADD CONSTRAINT "ip_bayh_dole_records_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_filings" ADD CONSTRAINT "ip_filings_invention_id_inventions_id_fk" FOREIGN KEY ("invention_id") REFERENCES "public"."inventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_filings" ADD CONSTRAINT "ip_filings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_income" ADD CONSTRAINT "ip_income_agreement_id_ip_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."ip_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_income" ADD CONSTRAINT "ip_income_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_secrecy_checks" ADD CONSTRAINT "ip_secrecy_checks_invention_id_inventions_id_fk" FOREIGN KEY ("invention_id") REFERENCES "public"."inventions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_secrecy_checks" ADD CONSTRAINT "ip_secrecy_checks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_settings" ADD CONSTRAINT "ip_settings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ip_settings" ADD CONSTRAINT "ip_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invention_funding_inv" ON "invention_funding" USING btree ("invention_id");--> statement-breakpoint
CREATE INDEX "invention_inventors_invention" ON "invention_inventors" USING btree ("invention_id");--> statement-breakpoint
CREATE INDEX "invention_inventors_user" ON "invention_inventors" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inventions_institution_ref" ON "inventions" USING btree ("institution_id","ref");--> statement-breakpoint
CREATE INDEX "inventions_list" ON "inventions" USING btree ("institution_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ip_agreements_invention" ON "ip_agreements" USING btree ("invention_id");--> statement-breakpoint
CREATE INDEX "ip_bd_invention" ON "ip_bayh_dole_records" USING btree ("invention_id");--> statement-breakpoint
CREATE INDEX "ip_bd_case" ON "ip_bayh_dole_records" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "ip_filings_invention" ON "ip_filings" USING btree ("invention_id");--> statement-breakpoint
CREATE INDEX "ip_filings_institution" ON "ip_filings" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "ip_income_agreement" ON "ip_income" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "ip_income_institution" ON "ip_income" USING btree ("institution_id","received_on");--> statement-breakpoint
CREATE INDEX "ip_secrecy_invention" ON "ip_secrecy_checks" USING btree ("invention_id","recorded_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "cases" DROP COLUMN "bayh_dole_approval_obtained";