CREATE TABLE "ec_classifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"ref_no" text NOT NULL,
	"item_kind" text NOT NULL,
	"name" text NOT NULL,
	"model" text,
	"manufacturer" text,
	"description" text DEFAULT '' NOT NULL,
	"list_item" text,
	"list_clause" text,
	"determination" text NOT NULL,
	"parameters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"assessed_on" date NOT NULL,
	"list_version" text NOT NULL,
	"prepared_by" uuid NOT NULL,
	"review_status" text DEFAULT 'draft' NOT NULL,
	"reviewer_id" uuid,
	"review_comment" text,
	"reviewed_at" timestamp with time zone,
	"retention_until" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ec_classifications_kind" CHECK ("ec_classifications"."item_kind" in ('technology','goods','software','sample')),
	CONSTRAINT "ec_classifications_determination" CHECK ("ec_classifications"."determination" in ('applicable','not_applicable','out_of_scope')),
	CONSTRAINT "ec_classifications_review_status" CHECK ("ec_classifications"."review_status" in ('draft','submitted','approved','returned')),
	CONSTRAINT "ec_classifications_applicable_item" CHECK ("ec_classifications"."determination" <> 'applicable' or ("ec_classifications"."list_item" is not null and "ec_classifications"."list_item" <> '16'))
);
--> statement-breakpoint
CREATE TABLE "ec_evidence_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"classification_id" uuid,
	"review_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ec_evidence_one_owner" CHECK (("ec_evidence_files"."classification_id" is null) <> ("ec_evidence_files"."review_id" is null)),
	CONSTRAINT "ec_evidence_size" CHECK ("ec_evidence_files"."size_bytes" = octet_length("ec_evidence_files"."data"))
);
--> statement-breakpoint
CREATE TABLE "ec_review_classifications" (
	"review_id" uuid NOT NULL,
	"classification_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	CONSTRAINT "ec_review_classifications_review_id_classification_id_pk" PRIMARY KEY("review_id","classification_id")
);
--> statement-breakpoint
CREATE TABLE "ec_review_determinations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"purpose" text NOT NULL,
	"as_of" date NOT NULL,
	"outcome" text NOT NULL,
	"exemption" text,
	"rules_fired" text[] NOT NULL,
	"facts" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"assessed_by" uuid,
	"assessed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ec_determinations_purpose" CHECK ("ec_review_determinations"."purpose" in ('submission','rerun'))
);
--> statement-breakpoint
CREATE TABLE "ec_review_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "ec_transaction_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"ref_no" text NOT NULL,
	"case_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"applicant_id" uuid NOT NULL,
	"entered_by" uuid NOT NULL,
	"department_id" uuid,
	"counterparty_name" text,
	"counterparty_country" text,
	"planned_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"self_check" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"determination_id" uuid,
	"outcome" text,
	"submitted_at" timestamp with time zone,
	"dept_approved_by" uuid,
	"dept_approved_at" timestamp with time zone,
	"decision" text,
	"decision_body" text,
	"decision_note" text,
	"conditions" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"retention_until" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ec_reviews_status" CHECK ("ec_transaction_reviews"."status" in ('draft','dept_review','officer_review','returned','decided')),
	CONSTRAINT "ec_reviews_decision" CHECK ("ec_transaction_reviews"."decision" is null or "ec_transaction_reviews"."decision" in ('approved','licence_required','rejected')),
	CONSTRAINT "ec_reviews_decision_body" CHECK ("ec_transaction_reviews"."decision_body" is null or "ec_transaction_reviews"."decision_body" in ('officer','committee')),
	CONSTRAINT "ec_reviews_decided" CHECK (("ec_transaction_reviews"."status" = 'decided') = ("ec_transaction_reviews"."decision" is not null)),
	CONSTRAINT "ec_reviews_outcome" CHECK ("ec_transaction_reviews"."outcome" is null or "ec_transaction_reviews"."outcome" in ('NO_LICENCE','NO_LICENCE_EXEMPT','LICENCE_REQUIRED','MANUAL_REVIEW','PROHIBITED'))
);
--> statement-breakpoint
ALTER TABLE "ec_classifications" ADD CONSTRAINT "ec_classifications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_classifications" ADD CONSTRAINT "ec_classifications_prepared_by_users_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_classifications" ADD CONSTRAINT "ec_classifications_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_evidence_files" ADD CONSTRAINT "ec_evidence_files_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_evidence_files" ADD CONSTRAINT "ec_evidence_files_classification_id_ec_classifications_id_fk" FOREIGN KEY ("classification_id") REFERENCES "public"."ec_classifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_evidence_files" ADD CONSTRAINT "ec_evidence_files_review_id_ec_transaction_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."ec_transaction_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_evidence_files" ADD CONSTRAINT "ec_evidence_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_classifications" ADD CONSTRAINT "ec_review_classifications_review_id_ec_transaction_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."ec_transaction_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_classifications" ADD CONSTRAINT "ec_review_classifications_classification_id_ec_classifications_id_fk" FOREIGN KEY ("classification_id") REFERENCES "public"."ec_classifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_classifications" ADD CONSTRAINT "ec_review_classifications_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_determinations" ADD CONSTRAINT "ec_review_determinations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_determinations" ADD CONSTRAINT "ec_review_determinations_review_id_ec_transaction_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."ec_transaction_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_determinations" ADD CONSTRAINT "ec_review_determinations_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_events" ADD CONSTRAINT "ec_review_events_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_events" ADD CONSTRAINT "ec_review_events_review_id_ec_transaction_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."ec_transaction_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_review_events" ADD CONSTRAINT "ec_review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_transaction_reviews" ADD CONSTRAINT "ec_transaction_reviews_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_transaction_reviews" ADD CONSTRAINT "ec_transaction_reviews_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_transaction_reviews" ADD CONSTRAINT "ec_transaction_reviews_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_transaction_reviews" ADD CONSTRAINT "ec_transaction_reviews_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_transaction_reviews" ADD CONSTRAINT "ec_transaction_reviews_dept_approved_by_users_id_fk" FOREIGN KEY ("dept_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_transaction_reviews" ADD CONSTRAINT "ec_transaction_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ec_classifications_ref" ON "ec_classifications" USING btree ("institution_id","ref_no");--> statement-breakpoint
CREATE INDEX "ec_classifications_institution" ON "ec_classifications" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE INDEX "ec_evidence_classification" ON "ec_evidence_files" USING btree ("classification_id");--> statement-breakpoint
CREATE INDEX "ec_evidence_review" ON "ec_evidence_files" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "ec_review_classifications_cl" ON "ec_review_classifications" USING btree ("classification_id");--> statement-breakpoint
CREATE INDEX "ec_determinations_review" ON "ec_review_determinations" USING btree ("review_id","seq");--> statement-breakpoint
CREATE INDEX "ec_review_events_review" ON "ec_review_events" USING btree ("review_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "ec_reviews_ref" ON "ec_transaction_reviews" USING btree ("institution_id","ref_no");--> statement-breakpoint
CREATE INDEX "ec_reviews_institution" ON "ec_transaction_reviews" USING btree ("institution_id","created_at");--> statement-breakpoint
CREATE INDEX "ec_reviews_case" ON "ec_transaction_reviews" USING btree ("institution_id","case_id","created_at");