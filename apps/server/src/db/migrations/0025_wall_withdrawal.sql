DROP INDEX "secret_wall_approvals_unique";--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD COLUMN "withdrawn_by" uuid;--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD CONSTRAINT "secret_wall_approvals_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "secret_wall_approvals_unique" ON "secret_wall_approvals" USING btree ("user_id","partner_id") WHERE "secret_wall_approvals"."withdrawn_at" is null;--> statement-breakpoint
ALTER TABLE "secret_wall_approvals" ADD CONSTRAINT "secret_wall_approvals_withdrawal" CHECK (("secret_wall_approvals"."withdrawn_at" is null) = ("secret_wall_approvals"."withdrawal_reason" is null) and ("secret_wall_approvals"."withdrawn_at" is null) = ("secret_wall_approvals"."withdrawn_by" is null));