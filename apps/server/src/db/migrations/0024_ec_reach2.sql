CREATE TABLE "screening_list_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"list_name" text NOT NULL,
	"format" text NOT NULL,
	"locations" text[] NOT NULL,
	"interval_hours" integer DEFAULT 24 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_status" text DEFAULT 'never' NOT NULL,
	"last_error" text DEFAULT '' NOT NULL,
	"last_sha256" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "screening_list_sources_status" CHECK ("screening_list_sources"."last_status" in ('never','imported','unchanged','failed')),
	CONSTRAINT "screening_list_sources_interval" CHECK ("screening_list_sources"."interval_hours" between 1 and 8760)
);
--> statement-breakpoint
ALTER TABLE "ownership_edges" ADD COLUMN "owner_listed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "screening_list_sources" ADD CONSTRAINT "screening_list_sources_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_list_sources" ADD CONSTRAINT "screening_list_sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "screening_list_sources_list" ON "screening_list_sources" USING btree ("institution_id","list_name");