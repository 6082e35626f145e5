CREATE TABLE "cost_component_settings" (
	"institution_id" uuid PRIMARY KEY NOT NULL,
	"indirect_shares" jsonb NOT NULL,
	"secrecy_monthly_yen" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotation_secrecy_withdrawals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"quotation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"agreed_on" date NOT NULL,
	"partner_signatory" text NOT NULL,
	"evidence" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"withdrawn_by" uuid NOT NULL,
	"withdrawn_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotation_secrecy_withdrawals_reason" CHECK (length(trim("quotation_secrecy_withdrawals"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "cost_component_settings" ADD CONSTRAINT "cost_component_settings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_component_settings" ADD CONSTRAINT "cost_component_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_secrecy_withdrawals" ADD CONSTRAINT "quotation_secrecy_withdrawals_quotation_id_case_quotations_id_fk" FOREIGN KEY ("quotation_id") REFERENCES "public"."case_quotations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_secrecy_withdrawals" ADD CONSTRAINT "quotation_secrecy_withdrawals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_secrecy_withdrawals" ADD CONSTRAINT "quotation_secrecy_withdrawals_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotation_secrecy_withdrawals" ADD CONSTRAINT "quotation_secrecy_withdrawals_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quotation_secrecy_withdrawals_quotation" ON "quotation_secrecy_withdrawals" USING btree ("quotation_id");