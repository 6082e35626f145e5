CREATE TABLE "secret_access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"can_download" boolean DEFAULT false NOT NULL,
	"granted_by" uuid NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoke_reason" text,
	CONSTRAINT "secret_grants_revoke_reason" CHECK ("secret_access_grants"."revoke_reason" is null or "secret_access_grants"."revoke_reason" in ('manual','left_case','left_institution','item_ended'))
);
--> statement-breakpoint
CREATE TABLE "secret_access_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"item_id" uuid,
	"case_id" uuid,
	"partner_id" uuid,
	"level" integer NOT NULL,
	"action" text NOT NULL,
	"path" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secret_log_action_valid" CHECK ("secret_access_log"."action" in ('view','download','refused')),
	CONSTRAINT "secret_log_path_valid" CHECK ("secret_access_log"."path" in ('register','case_page','document','history_pdf','search','export','api'))
);
--> statement-breakpoint
CREATE TABLE "secret_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"user_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"event_ids" uuid[] NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "secret_alerts_rule_valid" CHECK ("secret_alerts"."rule" in ('bulk_download','off_hours','after_leaving','before_end','across_wall','repeated_refusals')),
	CONSTRAINT "secret_alerts_status_valid" CHECK ("secret_alerts"."status" in ('open','resolved','escalated'))
);
--> statement-breakpoint
CREATE TABLE "secret_competitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"partner_a" uuid NOT NULL,
	"partner_b" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"marked_by" uuid NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secret_competitors_ordered" CHECK ("secret_competitors"."partner_a" < "secret_competitors"."partner_b")
);
--> statement-breakpoint
CREATE TABLE "secret_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"level" integer NOT NULL,
	"origin" text NOT NULL,
	"direction" text NOT NULL,
	"partner_id" uuid,
	"case_id" uuid,
	"nda_id" uuid,
	"contract_note" text DEFAULT '' NOT NULL,
	"responsible_user_id" uuid NOT NULL,
	"department_id" uuid,
	"storage_kind" text NOT NULL,
	"storage_location" text DEFAULT '' NOT NULL,
	"document_id" uuid,
	"disclosure_id" uuid,
	"received_on" date,
	"contract_ends_on" date,
	"survival_years" integer,
	"secrecy_until" date,
	"partner_requires_pledge" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"ended_on" date,
	"end_note" text DEFAULT '' NOT NULL,
	"end_certificate_name" text,
	"end_certificate_sha256" text,
	"end_certificate" "bytea",
	"end_confirmed_by" uuid,
	"reminders_sent" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secret_items_level_valid" CHECK ("secret_items"."level" in (0,1,2,3)),
	CONSTRAINT "secret_items_origin_valid" CHECK ("secret_items"."origin" in ('own','received','joint','transferred_staff')),
	CONSTRAINT "secret_items_direction_valid" CHECK ("secret_items"."direction" in ('received','created','provided')),
	CONSTRAINT "secret_items_storage_valid" CHECK ("secret_items"."storage_kind" in ('renkei','system','paper')),
	CONSTRAINT "secret_items_status_valid" CHECK ("secret_items"."status" in ('active','returned','destroyed')),
	CONSTRAINT "secret_items_title_present" CHECK (length(trim("secret_items"."title")) > 0),
	CONSTRAINT "secret_items_end_recorded" CHECK ("secret_items"."status" = 'active' or ("secret_items"."ended_on" is not null and "secret_items"."end_confirmed_by" is not null)),
	CONSTRAINT "secret_items_end_kind" CHECK ("secret_items"."status" = 'active' or "secret_items"."status" in ('returned','destroyed')),
	CONSTRAINT "secret_items_survival" CHECK ("secret_items"."survival_years" is null or "secret_items"."survival_years" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "secret_pledge_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"body_ja" text NOT NULL,
	"body_en" text NOT NULL,
	"requirement" text NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secret_pledge_texts_body" CHECK (length(trim("secret_pledge_texts"."body_ja")) > 0 and length(trim("secret_pledge_texts"."body_en")) > 0),
	CONSTRAINT "secret_pledge_texts_requirement" CHECK ("secret_pledge_texts"."requirement" in ('always','when_partner_asks','not_for_employed'))
);
--> statement-breakpoint
CREATE TABLE "secret_pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"pledge_text_id" uuid NOT NULL,
	"consented" boolean NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secret_pledges_consented" CHECK ("secret_pledges"."consented")
);
--> statement-breakpoint
CREATE TABLE "secret_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"responsible_user_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"due_on" date NOT NULL,
	"item_count" integer NOT NULL,
	"completed_on" date,
	"completed_by" uuid,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secret_settings" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"scheme" jsonb,
	"leakage_policy" jsonb,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secret_student_permissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"student_user_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"granted_by" uuid NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "secret_wall_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"justification" text NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secret_wall_approvals_justified" CHECK (length(trim("secret_wall_approvals"."justification")) > 0)
);
--> statement-breakpoint
ALTER TABLE "case_participants" DROP CONSTRAINT "case_participants_student_consent";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_valid";--> statement-breakpoint
ALTER TABLE "case_participants" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "secret_access_grants" ADD CONSTRAINT "secret_access_grants_item_id_secret_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."secret_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_access_grants" ADD CONSTRAINT "secret_access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_access_grants" ADD CONSTRAINT "secret_access_grants_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_access_grants" ADD CONSTRAINT "secret_access_grants_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_access_log" ADD CONSTRAINT "secret_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_access_log" ADD CONSTRAINT "secret_access_log_item_id_secret_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."secret_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_alerts" ADD CONSTRAINT "secret_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_alerts" ADD CONSTRAINT "secret_alerts_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_competitors" ADD CONSTRAINT "secret_competitors_partner_a_partners_id_fk" FOREIGN KEY ("partner_a") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_competitors" ADD CONSTRAINT "secret_competitors_partner_b_partners_id_fk" FOREIGN KEY ("partner_b") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_competitors" ADD CONSTRAINT "secret_competitors_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_nda_id_case_ndas_id_fk" FOREIGN KEY ("nda_id") REFERENCES "public"."case_ndas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_document_id_case_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_disclosure_id_case_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."case_disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_end_confirmed_by_users_id_fk" FOREIGN KEY ("end_confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_items" ADD CONSTRAINT "secret_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_pledge_texts" ADD CONSTRAINT "secret_pledge_texts_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_pledges" ADD CONSTRAINT "secret_pledges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_pledges" ADD CONSTRAINT "secret_pledges_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_pledges" ADD CONSTRAINT "secret_pledges_pledge_text_id_secret_pledge_texts_id_fk" FOREIGN KEY ("pledge_text_id") REFERENCES "public"."secret_pledge_texts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_reviews" ADD CONSTRAINT "secret_reviews_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_reviews" ADD CONSTRAINT "secret_reviews_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_settings" ADD CONSTRAINT "secret_settings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_settings" ADD CONSTRAINT "secret_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_student_permissions" ADD CONSTRAINT "secret_student_permissions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_student_permissions" ADD CONSTRAINT "secret_student_permissions_student_user_id_users_id_fk" FOREIGN KEY ("student_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_student_permissions" ADD CONSTRAINT "secret_student_permissions_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD CONSTRAINT "secret_wall_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD CONSTRAINT "secret_wall_approvals_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD CONSTRAINT "secret_wall_approvals_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "secret_grants_active" ON "secret_access_grants" USING btree ("item_id","user_id") WHERE "secret_access_grants"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "secret_grants_user" ON "secret_access_grants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "secret_log_time" ON "secret_access_log" USING btree ("institution_id","at");--> statement-breakpoint
CREATE INDEX "secret_log_user" ON "secret_access_log" USING btree ("user_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_alerts_dedupe" ON "secret_alerts" USING btree ("institution_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "secret_alerts_queue" ON "secret_alerts" USING btree ("institution_id","status","raised_at");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_competitors_pair" ON "secret_competitors" USING btree ("institution_id","partner_a","partner_b");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_items_document" ON "secret_items" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_items_disclosure" ON "secret_items" USING btree ("disclosure_id");--> statement-breakpoint
CREATE INDEX "secret_items_case" ON "secret_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "secret_items_inventory" ON "secret_items" USING btree ("institution_id","status","level");--> statement-breakpoint
CREATE INDEX "secret_items_partner" ON "secret_items" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "secret_items_responsible" ON "secret_items" USING btree ("responsible_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_pledge_texts_version" ON "secret_pledge_texts" USING btree ("institution_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_pledges_unique" ON "secret_pledges" USING btree ("user_id","case_id","pledge_text_id");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_reviews_unique" ON "secret_reviews" USING btree ("institution_id","responsible_user_id","year");--> statement-breakpoint
CREATE INDEX "secret_reviews_open" ON "secret_reviews" USING btree ("institution_id","completed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_student_permissions_unique" ON "secret_student_permissions" USING btree ("case_id","student_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "secret_wall_approvals_unique" ON "secret_wall_approvals" USING btree ("user_id","partner_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("users"."role" in ('researcher','student','coordinator','export_control_officer','department_head','coi_reviewer','coi_external_member','legal_ip','executive','auditor','admin','confidentiality_officer'));