import { bigint, bigserial, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only audit log (architecture §8.7). Each row's `hash` covers its content and the previous row's
 * hash in the same institution, so an edited or deleted row breaks the chain (`renkei audit verify`).
 * UPDATE, DELETE and TRUNCATE are refused by triggers in migration 0001.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    institutionId: uuid("institution_id").notNull(),
    /** ISO-8601 instant as text: hashed exactly as written, whatever the driver's date formatting. */
    at: text("at").notNull(),
    actorId: uuid("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_institution_seq").on(t.institutionId, t.seq),
    index("audit_entity").on(t.entityType, t.entityId),
  ],
);

/**
 * The newest hash of each institution's chain. Deleting the last events (even with triggers disabled)
 * leaves this head pointing past the end, which `audit verify` reports.
 */
export const auditHeads = pgTable("audit_heads", {
  institutionId: uuid("institution_id").primaryKey(),
  lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
  lastHash: text("last_hash").notNull(),
});
