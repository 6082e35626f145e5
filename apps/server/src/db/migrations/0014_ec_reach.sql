CREATE TABLE "case_review_subjects" (
	"review_id" uuid PRIMARY KEY NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"subject_kind" text,
	"subject_id" uuid,
	"decided_scope" jsonb,
	"decided_scope_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_review_subjects_kind" CHECK (("case_review_subjects"."subject_kind" is null and "case_review_subjects"."subject_id" is null) or ("case_review_subjects"."subject_kind" in ('partner','participant') and "case_review_subjects"."subject_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "ec_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"post" text NOT NULL,
	"user_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"until_date" date,
	"note" text DEFAULT '' NOT NULL,
	"appointed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ec_appointments_post" CHECK ("ec_appointments"."post" in ('chief_officer','classification_officer')),
	CONSTRAINT "ec_appointments_dates" CHECK ("ec_appointments"."until_date" is null or "ec_appointments"."until_date" >= "ec_appointments"."from_date")
);
--> statement-breakpoint
CREATE TABLE "ec_self_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ec_self_audits_status" CHECK ("ec_self_audits"."status" in ('open','completed'))
);
--> statement-breakpoint
CREATE TABLE "ownership_edges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"origin" text NOT NULL,
	"list_id" uuid,
	"list_version_id" uuid,
	"owner_name" text NOT NULL,
	"owner_country" text,
	"owner_kind" text DEFAULT 'organisation' NOT NULL,
	"owner_entry_key" text,
	"owner_partner_id" uuid,
	"owned_partner_id" uuid,
	"owned_entry_key" text,
	"owned_name" text NOT NULL,
	"share" numeric(5, 2),
	"start_date" date,
	"end_date" date,
	"source" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "ownership_edges_relation" CHECK ("ownership_edges"."relation" in ('ownership','directorship')),
	CONSTRAINT "ownership_edges_origin" CHECK ("ownership_edges"."origin" in ('list','manual')),
	CONSTRAINT "ownership_edges_owner_kind" CHECK ("ownership_edges"."owner_kind" in ('organisation','person','government')),
	CONSTRAINT "ownership_edges_share" CHECK ("ownership_edges"."share" is null or ("ownership_edges"."share" >= 0 and "ownership_edges"."share" <= 100))
);
--> statement-breakpoint
CREATE TABLE "travel_payment_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"row_count" integer NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "travel_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"payment_ref" text NOT NULL,
	"traveller_email" text NOT NULL,
	"traveller_name" text DEFAULT '' NOT NULL,
	"destination_country" text NOT NULL,
	"depart_on" date NOT NULL,
	"return_on" date NOT NULL,
	"trip_ref" text,
	"amount_yen" integer NOT NULL,
	"paid_on" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_participants" ADD COLUMN "visitor_id" uuid;--> statement-breakpoint
ALTER TABLE "case_participants" ADD COLUMN "receives_controlled_tech" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "screening_lists" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "trips" ADD COLUMN "counterpart_screening" jsonb;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "screening" jsonb;--> statement-breakpoint
ALTER TABLE "case_review_subjects" ADD CONSTRAINT "case_review_subjects_review_id_ec_transaction_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."ec_transaction_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_review_subjects" ADD CONSTRAINT "case_review_subjects_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_review_subjects" ADD CONSTRAINT "case_review_subjects_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_appointments" ADD CONSTRAINT "ec_appointments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_appointments" ADD CONSTRAINT "ec_appointments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_appointments" ADD CONSTRAINT "ec_appointments_appointed_by_users_id_fk" FOREIGN KEY ("appointed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_self_audits" ADD CONSTRAINT "ec_self_audits_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_self_audits" ADD CONSTRAINT "ec_self_audits_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership_edges" ADD CONSTRAINT "ownership_edges_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership_edges" ADD CONSTRAINT "ownership_edges_list_id_screening_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."screening_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership_edges" ADD CONSTRAINT "ownership_edges_list_version_id_screening_list_versions_id_fk" FOREIGN KEY ("list_version_id") REFERENCES "public"."screening_list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership_edges" ADD CONSTRAINT "ownership_edges_owner_partner_id_partners_id_fk" FOREIGN KEY ("owner_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership_edges" ADD CONSTRAINT "ownership_edges_owned_partner_id_partners_id_fk" FOREIGN KEY ("owned_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ownership_edges" ADD CONSTRAINT "ownership_edges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_payment_imports" ADD CONSTRAINT "travel_payment_imports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_payment_imports" ADD CONSTRAINT "travel_payment_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_payments" ADD CONSTRAINT "travel_payments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "travel_payments" ADD CONSTRAINT "travel_payments_import_id_travel_payment_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."travel_payment_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_review_subjects_case" ON "case_review_subjects" USING btree ("institution_id","case_id");--> statement-breakpoint
CREATE INDEX "ec_appointments_post" ON "ec_appointments" USING btree ("institution_id","post","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "ec_self_audits_year" ON "ec_self_audits" USING btree ("institution_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "ownership_edges_partner" ON "ownership_edges" USING btree ("institution_id","owned_partner_id");--> statement-breakpoint
CREATE INDEX "ownership_edges_version" ON "ownership_edges" USING btree ("list_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "travel_payments_ref" ON "travel_payments" USING btree ("institution_id","payment_ref");--> statement-breakpoint
CREATE INDEX "travel_payments_import" ON "travel_payments" USING btree ("import_id");--> statement-breakpoint
ALTER TABLE "screening_lists" ADD CONSTRAINT "screening_lists_kind_valid" CHECK ("screening_lists"."kind" is null or "screening_lists"."kind" in ('sanctions','eul','us','own','other'));