import { createHash, type KeyObject, sign, verify } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { asc, desc, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { auditCheckpoints, auditHeads } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Job } from "../../jobs/job";
import { canonicalJson } from "../../lib/canonical-json";
import { GENESIS_HASH } from "./audit.writer";
import { loadOrCreateSigningKey } from "./audit-key";

export interface CheckpointHead {
  institutionId: string;
  seq: number;
  hash: string;
}

export type CheckpointRow = typeof auditCheckpoints.$inferSelect;

/** Serialises checkpoint writers across processes sharing one PostgreSQL. */
const CHECKPOINT_LOCK = 727_100_010;

/** The bytes that are signed: everything in the row but its number and its signature. */
export function checkpointPayload(row: Pick<CheckpointRow, "at" | "keyId" | "prevHash" | "heads">): string {
  return canonicalJson({ at: row.at, keyId: row.keyId, prevHash: row.prevHash, heads: row.heads });
}

export function checkpointHash(row: Pick<CheckpointRow, "at" | "keyId" | "prevHash" | "heads">): string {
  return createHash("sha256").update(checkpointPayload(row)).digest("hex");
}

export function checkpointSignatureValid(row: CheckpointRow, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(checkpointPayload(row)), publicKey, Buffer.from(row.signature, "base64"));
  } catch {
    return false;
  }
}

/**
 * The checkpoint log beside the key file: a copy outside the database, so deleting the newest
 * checkpoints from the table is detected too.
 */
export function checkpointLogFile(keyFile: string): string {
  return path.join(path.dirname(keyFile), "audit-checkpoints.jsonl");
}

export function readCheckpointLog(file: string): CheckpointRow[] {
  if (!existsSync(file)) {
    return [];
  }
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CheckpointRow);
}

/**
 * Signs the current head of every institution's chain, chained to the previous checkpoint. Does nothing
 * when no chain moved since the last checkpoint.
 */
export async function createCheckpoint(deps: Deps): Promise<CheckpointRow | null> {
  const key = loadOrCreateSigningKey(deps.config.auditKeyFile);
  const row = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHECKPOINT_LOCK})`);
    const heads = await currentHeads(tx);
    const [last] = await tx.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
    if (heads.length === 0 || (last && canonicalJson(last.heads) === canonicalJson(heads))) {
      return null;
    }
    const unsigned = {
      at: deps.clock.now().toISOString(),
      keyId: key.keyId,
      prevHash: last ? checkpointHash(last) : GENESIS_HASH,
      heads,
    };
    const signature = sign(null, Buffer.from(checkpointPayload(unsigned)), key.privateKey).toString("base64");
    const [inserted] = await tx
      .insert(auditCheckpoints)
      .values({ ...unsigned, signature })
      .returning();
    return inserted!;
  });
  if (row) {
    appendFileSync(checkpointLogFile(deps.config.auditKeyFile), `${JSON.stringify(row)}\n`, { mode: 0o600 });
  }
  return row;
}

async function currentHeads(tx: DbOrTx): Promise<CheckpointHead[]> {
  const rows = await tx.select().from(auditHeads).orderBy(asc(auditHeads.institutionId));
  return rows.map((h) => ({ institutionId: h.institutionId, seq: h.lastSeq, hash: h.lastHash }));
}

export const auditCheckpointJob: Job = {
  name: "audit.checkpoint",
  description: "Sign the head of every audit chain (key outside the database)",
  everyMinutes: 60,
  async run(deps) {
    const row = await createCheckpoint(deps);
    return row ? `checkpoint ${row.seq} over ${(row.heads as unknown[]).length} chain(s)` : "no change";
  },
};
