ALTER TABLE "ec_classifications" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "ec_transaction_reviews" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "trips" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "visitors" ADD COLUMN "decision_reason" text;