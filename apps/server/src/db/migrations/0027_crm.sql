CREATE TABLE "crm_entry_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"requested_by" uuid NOT NULL,
	"department_id" uuid,
	"organisation_name" text NOT NULL,
	"country" text,
	"person_name" text,
	"partner_id" uuid,
	"details" text DEFAULT '' NOT NULL,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_partner_id" uuid,
	"created_person_id" uuid,
	"resolution_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crm_entry_requests_kind_valid" CHECK ("crm_entry_requests"."kind" in ('partner','contact')),
	CONSTRAINT "crm_entry_requests_status_valid" CHECK ("crm_entry_requests"."status" in ('open','in_progress','done','declined')),
	CONSTRAINT "crm_entry_requests_done_linked" CHECK ("crm_entry_requests"."status" <> 'done' or num_nonnulls("crm_entry_requests"."created_partner_id", "crm_entry_requests"."created_person_id") > 0)
);
--> statement-breakpoint
CREATE TABLE "crm_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"seed_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crm_matches_status_valid" CHECK ("crm_matches"."status" in ('proposed','introduced','agreed','declined'))
);
--> statement-breakpoint
CREATE TABLE "crm_mobility_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"from_partner_id" uuid,
	"to_partner_id" uuid NOT NULL,
	"moved_on" date NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crm_mobility_alerts_status_valid" CHECK ("crm_mobility_alerts"."status" in ('open','acknowledged'))
);
--> statement-breakpoint
CREATE TABLE "crm_reactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"event_kind" text NOT NULL,
	"event_name" text NOT NULL,
	"occurred_on" date NOT NULL,
	"partner_id" uuid,
	"person_id" uuid,
	"seed_id" uuid,
	"interest" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crm_reactions_kind_valid" CHECK ("crm_reactions"."event_kind" in ('talk','exhibition','seminar','other')),
	CONSTRAINT "crm_reactions_interest_valid" CHECK ("crm_reactions"."interest" in ('high','some','none'))
);
--> statement-breakpoint
CREATE TABLE "crm_register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_user_id" uuid,
	"partner_id" uuid,
	"closed" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crm_register_kind_valid" CHECK ("crm_register_entries"."kind" in ('seed','need')),
	CONSTRAINT "crm_register_need_has_partner" CHECK ("crm_register_entries"."kind" <> 'need' or "crm_register_entries"."partner_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "membership_renewals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"tier_id" uuid NOT NULL,
	"previous_expires_on" date NOT NULL,
	"new_expires_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text NOT NULL,
	"annual_fee_yen" bigint NOT NULL,
	"benefits" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_tiers_fee" CHECK ("membership_tiers"."annual_fee_yen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"tier_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"reminded_for" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_status_valid" CHECK ("memberships"."status" in ('active','ended')),
	CONSTRAINT "memberships_term" CHECK ("memberships"."expires_on" > "memberships"."started_on")
);
--> statement-breakpoint
CREATE TABLE "quotation_secrecy_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"quotation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"agreed_on" date NOT NULL,
	"partner_signatory" text NOT NULL,
	"evidence" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "japan_employs" boolean;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "japan_pays_tax" boolean;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "operating_countries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "applicable_laws" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "origin_university" text;--> statement-breakpoint
ALTER TABLE "crm_entry_requests" ADD CONSTRAINT "crm_entry_requests_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_entry_requests" ADD CONSTRAINT "crm_entry_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_entry_requests" ADD CONSTRAINT "crm_entry_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_entry_requests" ADD CONSTRAINT "crm_entry_requests_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_entry_requests" ADD CONSTRAINT "crm_entry_requests_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_entry_requests" ADD CONSTRAINT "crm_entry_requests_created_partner_id_partners_id_fk" FOREIGN KEY ("created_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_entry_requests" ADD CONSTRAINT "crm_entry_requests_created_person_id_people_id_fk" FOREIGN KEY ("created_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_matches" ADD CONSTRAINT "crm_matches_seed_id_crm_register_entries_id_fk" FOREIGN KEY ("seed_id") REFERENCES "public"."crm_register_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_matches" ADD CONSTRAINT "crm_matches_need_id_crm_register_entries_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."crm_register_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_matches" ADD CONSTRAINT "crm_matches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_mobility_alerts" ADD CONSTRAINT "crm_mobility_alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_mobility_alerts" ADD CONSTRAINT "crm_mobility_alerts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_mobility_alerts" ADD CONSTRAINT "crm_mobility_alerts_from_partner_id_partners_id_fk" FOREIGN KEY ("from_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_mobility_alerts" ADD CONSTRAINT "crm_mobility_alerts_to_partner_id_partners_id_fk" FOREIGN KEY ("to_partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_mobility_alerts" ADD CONSTRAINT "crm_mobility_alerts_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_reactions" ADD CONSTRAINT "crm_reactions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_reactions" ADD CONSTRAINT "crm_reactions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_reactions" ADD CONSTRAINT "crm_reactions_seed_id_crm_register_entries_id_fk" FOREIGN KEY ("seed_id") REFERENCES "public"."crm_register_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_reactions" ADD CONSTRAINT "crm_reactions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_register_entries" ADD CONSTRAINT "crm_register_entries_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_register_entries" ADD CONSTRAINT "crm_register_entries_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_register_entries" ADD CONSTRAINT "crm_register_entries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crm_register_entries" ADD CONSTRAINT "crm_register_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_renewals" ADD CONSTRAINT "membership_renewals_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_renewals" ADD CONSTRAINT "membership_renewals_tier_id_membership_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."membership_tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_renewals" ADD CONSTRAINT "membership_renewals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_tiers" ADD CONSTRAINT "membership_tiers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tier_id_membership_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."membership_tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_secrecy_agreements" ADD CONSTRAINT "quotation_secrecy_agreements_quotation_id_case_quotations_id_fk" FOREIGN KEY ("quotation_id") REFERENCES "public"."case_quotations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_secrecy_agreements" ADD CONSTRAINT "quotation_secrecy_agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_secrecy_agreements" ADD CONSTRAINT "quotation_secrecy_agreements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crm_entry_requests_queue" ON "crm_entry_requests" USING btree ("institution_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_matches_pair" ON "crm_matches" USING btree ("seed_id","need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crm_mobility_alerts_once" ON "crm_mobility_alerts" USING btree ("case_id","person_id","to_partner_id","moved_on");--> statement-breakpoint
CREATE INDEX "crm_mobility_alerts_case" ON "crm_mobility_alerts" USING btree ("case_id","status");--> statement-breakpoint
CREATE INDEX "crm_reactions_list" ON "crm_reactions" USING btree ("institution_id","occurred_on");--> statement-breakpoint
CREATE INDEX "crm_register_list" ON "crm_register_entries" USING btree ("institution_id","kind","created_at");--> statement-breakpoint
CREATE INDEX "membership_renewals_membership" ON "membership_renewals" USING btree ("membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_tiers_name" ON "membership_tiers" USING btree ("institution_id","name_ja");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_active_partner" ON "memberships" USING btree ("partner_id") WHERE "memberships"."status" = 'active';--> statement-breakpoint
CREATE INDEX "memberships_expiry" ON "memberships" USING btree ("institution_id","status","expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "quotation_secrecy_agreements_one" ON "quotation_secrecy_agreements" USING btree ("quotation_id");