ALTER TABLE "coi_funding_applications" ADD COLUMN "pledged_by" uuid;--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD CONSTRAINT "coi_funding_applications_pledged_by_users_id_fk" FOREIGN KEY ("pledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD CONSTRAINT "coi_funding_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" DROP COLUMN "coi_declared";--> statement-breakpoint
ALTER TABLE "cases" DROP COLUMN "coi_declared_on";--> statement-breakpoint
ALTER TABLE "cases" DROP COLUMN "coi_valid_until";--> statement-breakpoint
ALTER TABLE "coi_funding_applications" ADD CONSTRAINT "coi_funding_pledge_self" CHECK (("coi_funding_applications"."pledged_on" is null and "coi_funding_applications"."pledged_by" is null) or ("coi_funding_applications"."pledged_on" is not null and "coi_funding_applications"."pledged_by" = "coi_funding_applications"."user_id"));