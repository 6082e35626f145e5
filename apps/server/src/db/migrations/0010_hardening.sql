CREATE TABLE "audit_checkpoints" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"key_id" text NOT NULL,
	"prev_hash" text NOT NULL,
	"heads" jsonb NOT NULL,
	"signature" text NOT NULL
);
