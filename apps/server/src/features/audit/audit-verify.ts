import type { KeyObject } from "node:crypto";
import { asc, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditCheckpoints, auditEvents, auditHeads, institutions } from "../../db/schema";
import { eventHash, GENESIS_HASH } from "./audit.writer";
import {
  type CheckpointHead,
  type CheckpointRow,
  checkpointHash,
  checkpointSignatureValid,
} from "./audit-checkpoint";
import { keyIdOf } from "./audit-key";

export interface VerifyProblem {
  /** null for problems of the whole log (a guard trigger, a checkpoint). */
  institutionId: string | null;
  seq: number | null;
  problem:
    | "hash_mismatch"
    | "chain_broken"
    | "head_mismatch"
    /** An institution has no chain at all (every institution's creation is audited). */
    | "chain_missing"
    /** A signed checkpoint names an event that is no longer there with that hash. */
    | "checkpoint_mismatch"
    | "checkpoint_signature_invalid"
    | "checkpoint_chain_broken"
    /** A checkpoint in the log outside the database is missing from the database or differs. */
    | "checkpoint_missing"
    /** An append-only trigger was dropped or disabled. */
    | "guard_missing";
  /** The checkpoint or trigger concerned, when there is one. */
  detail?: string;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  institutions: number;
  checkpoints: number;
  /** False when no public key was given: checkpoints were chained but their signatures not checked. */
  signaturesChecked: boolean;
  problems: VerifyProblem[];
}

export interface VerifyOptions {
  /** The checkpoint signing key's public half; without it signatures are not checked. */
  publicKey?: KeyObject | undefined;
  /** Checkpoints from the log kept outside the database. */
  checkpointLog?: CheckpointRow[];
}

/** The triggers that make the log append-only (migrations 0001 and the hardening custom migration). */
const GUARDS = [
  "audit_events_no_update",
  "audit_events_no_truncate",
  "audit_heads_forward_only",
  "audit_heads_no_truncate",
  "audit_checkpoints_no_update",
  "audit_checkpoints_no_truncate",
];

/**
 * Recomputes every institution's chain (issue 10 item 4). An edited row fails its own hash; a deleted
 * row breaks the next row's link; deleting the newest rows leaves the head pointing past the end; a
 * head moved back, a re-hashed tail or a whole deleted chain no longer matches the signed checkpoints;
 * an institution without a chain, and a dropped guard trigger, are reported too.
 */
export async function verifyAudit(db: Db, options: VerifyOptions = {}): Promise<VerifyReport> {
  const last = new Map<string, { seq: number; hash: string }>();
  const problems: VerifyProblem[] = [];
  const checkpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq));
  const expected = checkCheckpoints(checkpoints, options, problems);
  let events = 0;
  // Paged by seq so a log of millions of events is verified in constant memory.
  for (let after = 0; ; ) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, after))
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE);
    if (rows.length === 0) {
      break;
    }
    events += rows.length;
    after = rows[rows.length - 1]!.seq;
    checkPage(rows, last, problems, expected);
  }
  for (const [seq, want] of expected) {
    problems.push({
      institutionId: want.head.institutionId,
      seq,
      problem: "checkpoint_mismatch",
      detail: `checkpoint ${want.checkpoint}`,
    });
  }
  const heads = await db.select().from(auditHeads);
  for (const head of heads) {
    const tail = last.get(head.institutionId);
    if (!tail || tail.seq !== head.lastSeq || tail.hash !== head.lastHash) {
      problems.push({ institutionId: head.institutionId, seq: tail?.seq ?? null, problem: "head_mismatch" });
    }
  }
  const withHead = new Set(heads.map((h) => h.institutionId));
  for (const inst of await db.select({ id: institutions.id }).from(institutions)) {
    if (!withHead.has(inst.id) && !last.has(inst.id)) {
      problems.push({ institutionId: inst.id, seq: null, problem: "chain_missing" });
    }
  }
  for (const guard of await missingGuards(db)) {
    problems.push({ institutionId: null, seq: null, problem: "guard_missing", detail: guard });
  }
  return {
    ok: problems.length === 0,
    events,
    institutions: last.size,
    checkpoints: checkpoints.length,
    signaturesChecked: options.publicKey !== undefined,
    problems,
  };
}

const PAGE = 5000;

type Expected = Map<number, { head: CheckpointHead; checkpoint: number }>;

/** Checks the checkpoints' own chain and signatures; returns the events they vouch for, by seq. */
function checkCheckpoints(
  rows: CheckpointRow[],
  options: VerifyOptions,
  problems: VerifyProblem[],
): Expected {
  const expected: Expected = new Map();
  const keyId = options.publicKey ? keyIdOf(options.publicKey) : null;
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const where = { institutionId: null, seq: null, detail: `checkpoint ${row.seq}` };
    if (row.prevHash !== prev) {
      problems.push({ ...where, problem: "checkpoint_chain_broken" });
    }
    if (options.publicKey && (row.keyId !== keyId || !checkpointSignatureValid(row, options.publicKey))) {
      problems.push({ ...where, problem: "checkpoint_signature_invalid" });
    }
    prev = checkpointHash(row);
    for (const head of row.heads as CheckpointHead[]) {
      expected.set(head.seq, { head, checkpoint: row.seq });
    }
  }
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  for (const logged of options.checkpointLog ?? []) {
    const inDb = bySeq.get(logged.seq);
    if (!inDb || inDb.signature !== logged.signature) {
      problems.push({
        institutionId: null,
        seq: null,
        problem: "checkpoint_missing",
        detail: `checkpoint ${logged.seq}`,
      });
    } else if (options.publicKey && !checkpointSignatureValid(logged, options.publicKey)) {
      problems.push({
        institutionId: null,
        seq: null,
        problem: "checkpoint_signature_invalid",
        detail: `log ${logged.seq}`,
      });
    }
  }
  return expected;
}

async function missingGuards(db: Db): Promise<string[]> {
  // tgenabled 'D' = disabled (ALTER TABLE … DISABLE TRIGGER): as good as dropped.
  const result = await db.execute(
    sql`select tgname as name from pg_trigger where not tgisinternal and tgenabled <> 'D'`,
  );
  const rows = (result as unknown as { rows: { name: string }[] }).rows;
  const present = new Set(rows.map((r) => r.name));
  return GUARDS.filter((g) => !present.has(g));
}

function checkPage(
  rows: (typeof auditEvents.$inferSelect)[],
  last: Map<string, { seq: number; hash: string }>,
  problems: VerifyProblem[],
  expected: Expected,
): void {
  for (const row of rows) {
    const prev = last.get(row.institutionId)?.hash ?? GENESIS_HASH;
    if (row.prevHash !== prev) {
      problems.push({ institutionId: row.institutionId, seq: row.seq, problem: "chain_broken" });
    }
    const recomputed = eventHash(row.prevHash, {
      institutionId: row.institutionId,
      at: row.at,
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    });
    if (recomputed !== row.hash) {
      problems.push({ institutionId: row.institutionId, seq: row.seq, problem: "hash_mismatch" });
    }
    const vouched = expected.get(row.seq);
    if (vouched && vouched.head.institutionId === row.institutionId && vouched.head.hash === row.hash) {
      expected.delete(row.seq);
    }
    last.set(row.institutionId, { seq: row.seq, hash: row.hash });
  }
}
