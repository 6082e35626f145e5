import { afterEach, describe, expect, it } from "vitest";
import { institutions } from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import { appendAudit } from "../../src/features/audit/audit.writer";
import {
  checkpointLogFile,
  createCheckpoint,
  readCheckpointLog,
} from "../../src/features/audit/audit-checkpoint";
import { loadOrCreateSigningKey } from "../../src/features/audit/audit-key";
import { verifyAudit } from "../../src/features/audit/audit-verify";
import { createTestDeps } from "../harness";

/**
 * The four attacks on the audit log of issue 10, each made the way someone with the database owner's
 * rights would (guards disabled, rows rewritten, guards restored), and each reported by `audit verify`.
 */
let current: { deps: Deps; drop(): Promise<void> } | null = null;
afterEach(async () => {
  await current?.drop();
  current = null;
});

async function twoInstitutionsWithEvents() {
  current = await createTestDeps();
  const { deps } = current;
  const rows = await deps.db
    .insert(institutions)
    .values([
      { code: "a", nameJa: "甲大学", nameEn: "A University" },
      { code: "b", nameJa: "乙大学", nameEn: "B University" },
    ])
    .returning();
  for (const inst of rows) {
    for (let i = 0; i < 5; i++) {
      await deps.db.transaction((tx) =>
        appendAudit(tx, {
          institutionId: inst.id,
          actor: { userId: null, label: "test" },
          action: i === 0 ? "institution.created" : "partner.created",
          entityType: "partner",
          entityId: `p${i}`,
          after: { n: i },
          at: deps.clock.now(),
        }),
      );
    }
  }
  await createCheckpoint(deps);
  const key = loadOrCreateSigningKey(deps.config.auditKeyFile);
  const verify = () =>
    verifyAudit(deps.db, {
      publicKey: key.publicKey,
      checkpointLog: readCheckpointLog(checkpointLogFile(deps.config.auditKeyFile)),
    });
  const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const exec = (sql: string) => deps.handle.exec(sql);
  /** What an owner can do: switch the guards off, rewrite, switch them on again. */
  const asOwner = async (sql: string) => {
    await exec(
      "alter table audit_events disable trigger user; alter table audit_heads disable trigger user; alter table audit_checkpoints disable trigger user",
    );
    await exec(sql);
    await exec(
      "alter table audit_events enable trigger user; alter table audit_heads enable trigger user; alter table audit_checkpoints enable trigger user",
    );
  };
  return { deps, a, b, verify, exec, asOwner };
}

interface EventRow {
  seq: number;
  institution_id: string;
  at: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
}

const problems = (r: Awaited<ReturnType<typeof verifyAudit>>) => r.problems.map((p) => p.problem);

describe("audit verify against someone who can write the database", () => {
  it("is intact before any attack, with the checkpoint signed by the key outside the database", async () => {
    const { verify } = await twoInstitutionsWithEvents();
    const report = await verify();
    expect(report).toMatchObject({
      ok: true,
      events: 10,
      institutions: 2,
      checkpoints: 1,
      signaturesChecked: true,
    });
  });

  it("guards the heads and checkpoints like the events", async () => {
    const { exec, a } = await twoInstitutionsWithEvents();
    await expect(
      exec(`update audit_heads set last_seq = last_seq - 1 where institution_id = '${a.id}'`),
    ).rejects.toThrow(/only moves forward/);
    await expect(exec(`delete from audit_heads where institution_id = '${a.id}'`)).rejects.toThrow(
      /only moves forward/,
    );
    await expect(exec("truncate audit_heads")).rejects.toThrow(/only moves forward/);
    await expect(exec("delete from audit_checkpoints")).rejects.toThrow(/append-only/);
    await expect(exec("update audit_checkpoints set at = 'x'")).rejects.toThrow(/append-only/);
  });

  it("attack 1: the newest event deleted and its head moved back", async () => {
    const { verify, asOwner, a } = await twoInstitutionsWithEvents();
    await asOwner(`
      delete from audit_events where seq = (select max(seq) from audit_events where institution_id = '${a.id}');
      update audit_heads h set last_seq = e.seq, last_hash = e.hash
        from (select seq, hash from audit_events where institution_id = '${a.id}' order by seq desc limit 1) e
       where h.institution_id = '${a.id}';`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(problems(report)).toEqual(["checkpoint_mismatch"]);
    expect(report.problems[0]?.institutionId).toBe(a.id);
  });

  it("attack 2: an institution's whole chain and head deleted", async () => {
    const { verify, asOwner, b } = await twoInstitutionsWithEvents();
    await asOwner(`delete from audit_events where institution_id = '${b.id}';
      delete from audit_heads where institution_id = '${b.id}';`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(problems(report)).toContain("chain_missing");
    expect(problems(report)).toContain("checkpoint_mismatch");
    expect(report.problems.every((p) => p.institutionId === b.id)).toBe(true);
  });

  it("attack 3: an event rewritten and the rest of the chain re-hashed (and even the checkpoints deleted)", async () => {
    const { deps, verify, asOwner, a } = await twoInstitutionsWithEvents();
    // Re-hash a's chain from the second event on, exactly as the writer would, with one event's content changed.
    const { eventHash, GENESIS_HASH } = await import("../../src/features/audit/audit.writer");
    const rows = await deps.handle.query<EventRow>(
      `select seq, institution_id, at, actor_id, actor_label, action, entity_type, entity_id, before, after
         from audit_events where institution_id = $1 order by seq`,
      [a.id],
    );
    let prev = GENESIS_HASH;
    const updates: string[] = [];
    for (const [i, r] of rows.entries()) {
      const after = i === 1 ? { n: 999 } : r.after;
      const hash = eventHash(prev, {
        institutionId: r.institution_id,
        at: r.at,
        actorId: r.actor_id,
        actorLabel: r.actor_label,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: r.before,
        after,
      });
      updates.push(
        `update audit_events set after = '${JSON.stringify(after)}', prev_hash = '${prev}', hash = '${hash}' where seq = ${r.seq};`,
      );
      prev = hash;
    }
    updates.push(`update audit_heads set last_hash = '${prev}' where institution_id = '${a.id}';`);
    await asOwner(updates.join("\n"));
    let report = await verify();
    // The chain itself is consistent again; only the signed checkpoint tells.
    expect(problems(report)).toEqual(["checkpoint_mismatch"]);

    // Deleting the checkpoints too is caught by the copy kept beside the key, outside the database.
    await asOwner("delete from audit_checkpoints");
    report = await verify();
    expect(problems(report)).toEqual(["checkpoint_missing"]);

    // A checkpoint forged without the key fails its signature.
    await asOwner(
      `insert into audit_checkpoints (at, key_id, prev_hash, heads, signature)
       select '2026-01-01T00:00:00.000Z', 'forged', '${GENESIS_HASH}', '[]'::jsonb, 'AAAA'`,
    );
    report = await verify();
    expect(problems(report)).toContain("checkpoint_signature_invalid");
  });

  it("attack 4: the append-only triggers dropped by the table owner", async () => {
    const { verify, exec } = await twoInstitutionsWithEvents();
    await exec("drop trigger audit_events_no_update on audit_events");
    await exec("alter table audit_heads disable trigger audit_heads_forward_only");
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.detail).sort()).toEqual([
      "audit_events_no_update",
      "audit_heads_forward_only",
    ]);
    expect(new Set(problems(report))).toEqual(new Set(["guard_missing"]));
  });
});
