CREATE TABLE "ec_self_audit_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"item_code" text NOT NULL,
	"finding" text NOT NULL,
	"follow_up" text NOT NULL,
	"owner_user_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ec_self_audit_findings_status" CHECK ("ec_self_audit_findings"."status" in ('open','closed'))
);
--> statement-breakpoint
CREATE TABLE "ec_self_audit_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"text_ja" text NOT NULL,
	"text_en" text NOT NULL,
	"source_id" text,
	"basis" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "ec_self_audit_findings" ADD CONSTRAINT "ec_self_audit_findings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_self_audit_findings" ADD CONSTRAINT "ec_self_audit_findings_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_self_audit_findings" ADD CONSTRAINT "ec_self_audit_findings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_self_audit_findings" ADD CONSTRAINT "ec_self_audit_findings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_self_audit_items" ADD CONSTRAINT "ec_self_audit_items_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ec_self_audit_items" ADD CONSTRAINT "ec_self_audit_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ec_self_audit_findings_year" ON "ec_self_audit_findings" USING btree ("institution_id","fiscal_year");--> statement-breakpoint
CREATE UNIQUE INDEX "ec_self_audit_items_code" ON "ec_self_audit_items" USING btree ("institution_id","code");