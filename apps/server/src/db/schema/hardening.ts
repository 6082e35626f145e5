import { bigserial, jsonb, pgTable, text } from "drizzle-orm/pg-core";

/**
 * Signed checkpoints of every institution's audit chain head (issue 10 item 4). Each row is signed with
 * an Ed25519 key kept outside the database and chained to the previous checkpoint, so someone who can
 * write the database cannot re-hash a tail, move a head back or delete a whole chain without
 * `renkei audit verify` noticing. Append-only like the events (triggers in the hardening custom migration).
 */
export const auditCheckpoints = pgTable("audit_checkpoints", {
  /** Checkpoint number: consecutive, so a deleted checkpoint leaves a gap. */
  seq: bigserial("seq", { mode: "number" }).primaryKey(),
  /** ISO-8601 instant, signed as written. */
  at: text("at").notNull(),
  /** First 16 hex digits of the sha256 of the public key (raw SPKI) that signed it. */
  keyId: text("key_id").notNull(),
  /** sha256 of the previous checkpoint's signed payload; 64 zeros for the first. */
  prevHash: text("prev_hash").notNull(),
  /** [{ institutionId, seq, hash }] for every institution, sorted by institution id. */
  heads: jsonb("heads").notNull(),
  /** base64 Ed25519 signature over the canonical payload. */
  signature: text("signature").notNull(),
});
