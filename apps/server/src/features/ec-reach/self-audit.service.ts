import type {
  TSelfAudit,
  TSelfAuditYear,
  ZSelfAuditFindingClose,
  ZSelfAuditFindingInput,
  ZSelfAuditInput,
  ZSelfAuditItemInput,
} from "@renkei/contract";
import {
  DEFAULT_SELF_AUDIT_ITEMS,
  DomainError,
  readSelfAuditAnswers,
  selfAuditGaps,
  selfAuditItemBasis,
  selfAuditTally,
} from "@renkei/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { ecSelfAuditFindings, ecSelfAuditItems, ecSelfAudits, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

type ItemRow = typeof ecSelfAuditItems.$inferSelect;

/** The seeded headings as rows, for an institution that has not changed its checklist yet. */
function seededRows(institutionId: string): Omit<ItemRow, "id" | "createdAt" | "createdBy">[] {
  return DEFAULT_SELF_AUDIT_ITEMS.map((i, n) => ({
    institutionId,
    code: i.code,
    position: (n + 1) * 10,
    textJa: i.ja,
    textEn: i.en,
    sourceId: i.sourceId,
    basis: "",
    retiredAt: null,
  }));
}

/** The institution's checklist: its rows once it changed anything, the seeded headings until then. */
async function checklist(
  db: DbOrTx,
  institutionId: string,
): Promise<(ItemRow | ReturnType<typeof seededRows>[number])[]> {
  const rows = await db
    .select()
    .from(ecSelfAuditItems)
    .where(eq(ecSelfAuditItems.institutionId, institutionId))
    .orderBy(asc(ecSelfAuditItems.position));
  return rows.length > 0 ? rows : seededRows(institutionId);
}

/** Writes the seeded headings before the institution's first change to its checklist (idempotent). */
async function ensureSeeded(tx: DbOrTx, institutionId: string): Promise<ItemRow[]> {
  await tx.insert(ecSelfAuditItems).values(seededRows(institutionId)).onConflictDoNothing();
  return tx
    .select()
    .from(ecSelfAuditItems)
    .where(eq(ecSelfAuditItems.institutionId, institutionId))
    .orderBy(asc(ecSelfAuditItems.position));
}

const badItem = (path: string) =>
  new DomainError("VALIDATION_FAILED", "Unknown checklist item", {
    issues: [{ path, message: "validation.unknown_record" }],
  });

/**
 * The yearly self-audit (issue 15 item 7, C12; spec §6.1 基準2(6)): the institution's checklist, the
 * year's answers with evidence and dates, findings with follow-ups, and the history of years. Only the
 * office keeps it (`ec.records.manage`); every change is audited in its transaction.
 */
export function createSelfAuditService(deps: Deps) {
  const { db, clock } = deps;
  const who = (a: Actor) => ({ userId: a.userId, label: a.displayName });

  async function findingsOf(d: DbOrTx, institutionId: string, years?: number[]) {
    const rows = await d
      .select({ f: ecSelfAuditFindings, owner: users.displayName })
      .from(ecSelfAuditFindings)
      .leftJoin(users, eq(users.id, ecSelfAuditFindings.ownerUserId))
      .where(
        and(
          eq(ecSelfAuditFindings.institutionId, institutionId),
          years ? inArray(ecSelfAuditFindings.fiscalYear, years) : undefined,
        ),
      )
      .orderBy(asc(ecSelfAuditFindings.createdAt), asc(ecSelfAuditFindings.id));
    return rows.map(({ f, owner }) => ({
      id: f.id,
      fiscalYear: f.fiscalYear,
      itemCode: f.itemCode,
      finding: f.finding,
      followUp: f.followUp,
      owner: f.ownerUserId && owner ? { id: f.ownerUserId, displayName: owner } : null,
      dueDate: f.dueDate,
      status: f.status as "open" | "closed",
      closedAt: f.closedAt?.toISOString() ?? null,
      closedNote: f.closedNote,
      version: f.version,
    }));
  }

  async function yearRow(d: DbOrTx, institutionId: string, fiscalYear: number) {
    const [row] = await d
      .select()
      .from(ecSelfAudits)
      .where(and(eq(ecSelfAudits.institutionId, institutionId), eq(ecSelfAudits.fiscalYear, fiscalYear)));
    return row;
  }

  return {
    async get(actor: Actor, fiscalYear: number): Promise<TSelfAudit> {
      const row = await yearRow(db, actor.institutionId, fiscalYear);
      const answers = readSelfAuditAnswers(row?.answers);
      const all = await checklist(db, actor.institutionId);
      // A completed year shows what it answered (a retired item included, a later one not); an open
      // year the items in force and any it answered before one was retired.
      const completed = row?.status === "completed";
      const shown = all.filter((i) => answers[i.code] || (!completed && !i.retiredAt));
      const findings = await findingsOf(db, actor.institutionId, [fiscalYear]);
      const active = all.filter((i) => !i.retiredAt).map((i) => i.code);
      const completedBy = row?.completedBy
        ? ((await db.select({ n: users.displayName }).from(users).where(eq(users.id, row.completedBy)))[0]
            ?.n ?? null)
        : null;
      return {
        fiscalYear,
        items: shown.map((i) => ({
          id: "id" in i ? i.id : null,
          code: i.code,
          text: { ja: i.textJa, en: i.textEn },
          basis: selfAuditItemBasis(i),
          retired: i.retiredAt !== null,
        })),
        answers,
        status: (row?.status ?? "open") as "open" | "completed",
        completedBy,
        completedAt: row?.completedAt?.toISOString() ?? null,
        version: row?.version ?? 0,
        findings,
        gaps:
          row?.status === "completed"
            ? []
            : selfAuditGaps(active, answers, new Set(findings.map((f) => f.itemCode))),
      };
    },

    /** Every year that has a self-audit, newest first, with its tally and open findings. */
    async years(actor: Actor): Promise<TSelfAuditYear[]> {
      const rows = await db
        .select({ a: ecSelfAudits, by: users.displayName })
        .from(ecSelfAudits)
        .leftJoin(users, eq(users.id, ecSelfAudits.completedBy))
        .where(eq(ecSelfAudits.institutionId, actor.institutionId));
      const findings = await findingsOf(db, actor.institutionId);
      const years = new Set([...rows.map((r) => r.a.fiscalYear), ...findings.map((f) => f.fiscalYear)]);
      return [...years]
        .sort((a, b) => b - a)
        .map((y) => {
          const r = rows.find((x) => x.a.fiscalYear === y);
          return {
            fiscalYear: y,
            status: (r?.a.status ?? "open") as "open" | "completed",
            completedAt: r?.a.completedAt?.toISOString() ?? null,
            completedBy: r?.by ?? null,
            ...selfAuditTally(readSelfAuditAnswers(r?.a.answers)),
            openFindings: findings.filter((f) => f.fiscalYear === y && f.status === "open").length,
          };
        });
    },

    /**
     * Saves the answers; completing needs every item in force answered with its date, evidence for a
     * "yes", a note for "not applicable" and a finding for a "no". A completed year is kept as it was.
     */
    async save(actor: Actor, fiscalYear: number, input: z.output<typeof ZSelfAuditInput>) {
      await db.transaction(async (tx) => {
        const row = await yearRow(tx, actor.institutionId, fiscalYear);
        if ((row?.version ?? 0) !== input.version) {
          throw new DomainError("CONFLICT", "The self-audit changed since it was read");
        }
        if (row?.status === "completed") {
          throw new DomainError("RULE_VIOLATION", "A completed self-audit is kept as it was", {
            reasons: ["self_audit.completed"],
          });
        }
        const items = await checklist(tx, actor.institutionId);
        const active = items.filter((i) => !i.retiredAt).map((i) => i.code);
        // An answer given before its item was retired may be kept; no other retired or unknown item.
        const earlier = readSelfAuditAnswers(row?.answers);
        const unknown = Object.keys(input.answers).filter((k) => !active.includes(k) && !earlier[k]);
        if (unknown.length > 0) {
          throw badItem(`answers.${unknown[0]}`);
        }
        if (input.complete) {
          const withFindings = new Set(
            (await findingsOf(tx, actor.institutionId, [fiscalYear])).map((f) => f.itemCode),
          );
          const gaps = selfAuditGaps(active, input.answers, withFindings);
          if (gaps.length > 0) {
            throw new DomainError("VALIDATION_FAILED", "The checklist is incomplete", {
              issues: gaps.map((g) => ({
                path: `answers.${g.code}`,
                message: `validation.self_audit_${g.gap}`,
              })),
            });
          }
        }
        const now = clock.now();
        const values = {
          answers: input.answers,
          status: input.complete ? "completed" : "open",
          completedBy: input.complete ? actor.userId : null,
          completedAt: input.complete ? now : null,
          version: input.version + 1,
          updatedAt: now,
        };
        await tx
          .insert(ecSelfAudits)
          .values({ institutionId: actor.institutionId, fiscalYear, ...values })
          .onConflictDoUpdate({ target: [ecSelfAudits.institutionId, ecSelfAudits.fiscalYear], set: values });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: input.complete ? "self_audit.completed" : "self_audit.saved",
          entityType: "ec_self_audit",
          entityId: String(fiscalYear),
          before: row ? { answers: row.answers, status: row.status } : undefined,
          after: { fiscalYear, answers: input.answers },
          at: now,
        });
      });
    },

    /** The institution adds an item of its own (the seeded headings are written first). */
    async addItem(actor: Actor, input: z.output<typeof ZSelfAuditItemInput>): Promise<string> {
      return db.transaction(async (tx) => {
        const items = await ensureSeeded(tx, actor.institutionId);
        const own = items.filter((i) => i.code.startsWith("own-")).length;
        const [row] = await tx
          .insert(ecSelfAuditItems)
          .values({
            institutionId: actor.institutionId,
            code: `own-${own + 1}`,
            position: Math.max(0, ...items.map((i) => i.position)) + 10,
            textJa: input.textJa,
            textEn: input.textEn,
            basis: input.basis,
            createdBy: actor.userId,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: "self_audit.item_added",
          entityType: "ec_self_audit_item",
          entityId: row!.id,
          after: { code: row!.code, ...input },
          at: clock.now(),
        });
        return row!.id;
      });
    },

    /** Retires an item from the coming years' checklists; past answers keep it. */
    async retireItem(actor: Actor, code: string): Promise<void> {
      await db.transaction(async (tx) => {
        const items = await ensureSeeded(tx, actor.institutionId);
        const item = items.find((i) => i.code === code && !i.retiredAt);
        if (!item) {
          throw new DomainError("NOT_FOUND", "No such checklist item in force");
        }
        const now = clock.now();
        await tx.update(ecSelfAuditItems).set({ retiredAt: now }).where(eq(ecSelfAuditItems.id, item.id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: "self_audit.item_retired",
          entityType: "ec_self_audit_item",
          entityId: item.id,
          before: { code: item.code, text: item.textJa },
          at: now,
        });
      });
    },

    /** A finding of the year with its follow-up, its owner (of the institution) and due date. */
    async addFinding(
      actor: Actor,
      fiscalYear: number,
      input: z.output<typeof ZSelfAuditFindingInput>,
    ): Promise<string> {
      return db.transaction(async (tx) => {
        const items = await checklist(tx, actor.institutionId);
        if (!items.some((i) => i.code === input.itemCode)) {
          throw badItem("itemCode");
        }
        if (input.ownerUserId) {
          const [u] = await tx
            .select({ id: users.id })
            .from(users)
            .where(and(eq(users.id, input.ownerUserId), eq(users.institutionId, actor.institutionId)));
          if (!u) {
            throw new DomainError("VALIDATION_FAILED", "Unknown user", {
              issues: [{ path: "ownerUserId", message: "validation.unknown_record" }],
            });
          }
        }
        const [row] = await tx
          .insert(ecSelfAuditFindings)
          .values({ institutionId: actor.institutionId, fiscalYear, ...input, createdBy: actor.userId })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: "self_audit.finding_added",
          entityType: "ec_self_audit_finding",
          entityId: row!.id,
          after: { fiscalYear, ...input },
          at: clock.now(),
        });
        return row!.id;
      });
    },

    /** Closes a finding with what was done (its follow-up is then complete). */
    async closeFinding(actor: Actor, id: string, input: z.output<typeof ZSelfAuditFindingClose>) {
      await db.transaction(async (tx) => {
        const [f] = await tx
          .select()
          .from(ecSelfAuditFindings)
          .where(
            and(eq(ecSelfAuditFindings.id, id), eq(ecSelfAuditFindings.institutionId, actor.institutionId)),
          );
        if (!f) {
          throw new DomainError("NOT_FOUND", "No such finding");
        }
        if (f.version !== input.version) {
          throw new DomainError("CONFLICT", "The finding changed since it was read");
        }
        if (f.status === "closed") {
          throw new DomainError("RULE_VIOLATION", "The finding is already closed", {
            reasons: ["self_audit.finding_closed"],
          });
        }
        const now = clock.now();
        await tx
          .update(ecSelfAuditFindings)
          .set({
            status: "closed",
            closedAt: now,
            closedBy: actor.userId,
            closedNote: input.closedNote,
            version: f.version + 1,
          })
          .where(eq(ecSelfAuditFindings.id, f.id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: "self_audit.finding_closed",
          entityType: "ec_self_audit_finding",
          entityId: f.id,
          before: { status: f.status },
          after: { status: "closed", closedNote: input.closedNote },
          at: now,
        });
      });
    },
  };
}
