CREATE TABLE "coi_declaration_requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"case_id" uuid,
	"funding_application_id" uuid,
	"reasons" jsonb NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"satisfied_by_declaration_id" uuid,
	"satisfied_at" timestamp with time zone,
	CONSTRAINT "coi_requirements_trigger" CHECK ("coi_declaration_requirements"."trigger" in ('cycle','joined_case','funding_application','new_activity'))
);
--> statement-breakpoint
CREATE TABLE "security_programme_cases" (
	"programme_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_programme_cases_programme_id_case_id_pk" PRIMARY KEY("programme_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "security_clearance_officers" (
	"institution_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"designated_by" uuid,
	"designated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_clearance_officers_institution_id_user_id_pk" PRIMARY KEY("institution_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "security_clearances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"subject_user_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"purpose" text NOT NULL,
	"assessed_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"assessing_body" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_clearances_scheme" CHECK (scheme in ('economic_security','specially_designated_secrets')),
	CONSTRAINT "security_clearances_status" CHECK ("security_clearances"."status" in ('valid','revoked')),
	CONSTRAINT "security_clearances_dates" CHECK ("security_clearances"."valid_until" >= "security_clearances"."assessed_on")
);
--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
ALTER TABLE "security_programmes" ADD COLUMN "funder" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "security_programmes" ADD COLUMN "notes" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "security_programmes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "security_programmes" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "security_programmes" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "security_reviews" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "security_reviews" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "coi_declaration_requirements" ADD CONSTRAINT "coi_declaration_requirements_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declaration_requirements" ADD CONSTRAINT "coi_declaration_requirements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declaration_requirements" ADD CONSTRAINT "coi_declaration_requirements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declaration_requirements" ADD CONSTRAINT "coi_declaration_requirements_funding_application_id_coi_funding_applications_id_fk" FOREIGN KEY ("funding_application_id") REFERENCES "public"."coi_funding_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_declaration_requirements" ADD CONSTRAINT "coi_declaration_requirements_satisfied_by_declaration_id_coi_declarations_id_fk" FOREIGN KEY ("satisfied_by_declaration_id") REFERENCES "public"."coi_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_programme_cases" ADD CONSTRAINT "security_programme_cases_programme_id_security_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."security_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_programme_cases" ADD CONSTRAINT "security_programme_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_programme_cases" ADD CONSTRAINT "security_programme_cases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_programme_cases" ADD CONSTRAINT "security_programme_cases_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_clearance_officers" ADD CONSTRAINT "security_clearance_officers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_clearance_officers" ADD CONSTRAINT "security_clearance_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_clearance_officers" ADD CONSTRAINT "security_clearance_officers_designated_by_users_id_fk" FOREIGN KEY ("designated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_clearances" ADD CONSTRAINT "security_clearances_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_clearances" ADD CONSTRAINT "security_clearances_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_clearances" ADD CONSTRAINT "security_clearances_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coi_requirements_user" ON "coi_declaration_requirements" USING btree ("user_id","satisfied_at");--> statement-breakpoint
CREATE INDEX "security_programme_cases_case" ON "security_programme_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "security_clearances_institution" ON "security_clearances" USING btree ("institution_id");--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD CONSTRAINT "coi_funding_applications_programme_id_security_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."security_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_programmes" ADD CONSTRAINT "security_programmes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "security_programmes_name" ON "security_programmes" USING btree ("institution_id","name");