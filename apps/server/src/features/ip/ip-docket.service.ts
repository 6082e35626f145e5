import type { TDocketEntry, ZFilingInput, ZFilingUpdate } from "@renkei/contract";
import {
  canSeeInvention,
  DomainError,
  dueReminder,
  type FilingKind,
  ipReason,
  isForeignFiling,
  japanDate,
  type SecrecyReviewStatus,
  secrecyGate,
} from "@renkei/domain";
import { and, desc, eq, notInArray } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client";
import { inventionInventors, inventions, ipFilings, ipSecrecyChecks } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { assertOwnReferences, type InventionRows, loadInventionRows, loadVisibleInvention } from "./ip.repo";
import { openDeadlines, secrecyFacts } from "./ip-facts";
import { assertVersion, auditIp, refused } from "./ip-write";

/**
 * The patent docket: applications with co-owners and cost bearers (E16), deadlines from the domain's
 * calculator, and the 非公開 gate before any foreign filing (J6). Reminders go out from a daily job.
 */

type Input = z.output<typeof ZFilingInput>;

function checkCoOwners(input: Input) {
  const share = input.coOwners.reduce((s, o) => s + Math.round(o.sharePercent * 100), 0);
  const cost = input.coOwners.reduce((s, o) => s + Math.round(o.costSharePercent * 100), 0);
  const issues = [
    ...(share > 10_000 ? [{ path: "coOwners", message: "validation.shares_over_100" }] : []),
    ...(cost > 10_000 ? [{ path: "coOwners", message: "validation.cost_shares_over_100" }] : []),
  ];
  if (issues.length > 0) {
    throw new DomainError("VALIDATION_FAILED", "Shares over 100 %", { issues });
  }
}

/** The institution files only what it took over, and files abroad only after the 非公開 check (J6). */
function filingGate(rows: InventionRows, kind: FilingKind, country: string, today: string) {
  if (rows.row.category === null || rows.row.institutionTakes !== true) {
    throw refused("Not taken over", [
      ipReason(
        "IP-FILE-NOT-TAKEN",
        "jp-patent-act§35",
        "機関が承継を決定していない発明は出願できない",
        "An invention the institution has not decided to take over cannot be filed",
      ),
    ]);
  }
  if (isForeignFiling(kind, country)) {
    const gate = secrecyGate("foreign_filing", secrecyFacts(rows), today);
    if (gate.outcome === "denied") {
      return gate.reasons;
    }
  }
  return [];
}

export function createDocketService(deps: Deps) {
  const { db, clock } = deps;

  /** Refusals of a foreign filing are audited too: the attempt is part of the record (J6). */
  async function refuse(
    actor: Actor,
    inventionId: string,
    input: Input,
    reasons: { ruleId: string }[],
  ): Promise<never> {
    const now = clock.now();
    await db.transaction((tx) =>
      auditIp(
        tx,
        actor,
        "ip_filing.refused",
        { type: "invention", id: inventionId },
        { after: { ...input, reasons } },
        now,
      ),
    );
    throw refused("Foreign filing not allowed yet", reasons as never);
  }

  return {
    async add(actor: Actor, inventionId: string, input: Input) {
      checkCoOwners(input);
      const rows = await loadVisibleInvention(db, actor, inventionId);
      const blocked = filingGate(rows, input.kind, input.country, clock.today());
      if (blocked.length > 0) {
        return refuse(actor, inventionId, input, blocked);
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        await assertOwnReferences(
          tx,
          actor.institutionId,
          { partnerIds: input.coOwners.map((o) => o.partnerId) },
          { partnerIds: "coOwners" },
        );
        const [row] = await tx
          .insert(ipFilings)
          .values({
            institutionId: actor.institutionId,
            inventionId,
            ...input,
            createdBy: actor.userId,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          })
          .returning();
        await auditIp(
          tx,
          actor,
          "ip_filing.created",
          { type: "ip_filing", id: row!.id },
          { after: row },
          now,
        );
        return { id: row!.id };
      });
    },

    async update(actor: Actor, inventionId: string, filingId: string, input: z.output<typeof ZFilingUpdate>) {
      checkCoOwners(input);
      const rows = await loadVisibleInvention(db, actor, inventionId);
      const before = rows.filings.find((f) => f.id === filingId);
      if (!before) {
        throw new DomainError("NOT_FOUND", "Filing not found");
      }
      const { version, ...values } = input;
      assertVersion(before.version, version);
      const movesAbroad =
        !isForeignFiling(before.kind as FilingKind, before.country) &&
        isForeignFiling(values.kind, values.country);
      const blocked = movesAbroad ? filingGate(rows, values.kind, values.country, clock.today()) : [];
      if (blocked.length > 0) {
        return refuse(actor, inventionId, values, blocked);
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        await assertOwnReferences(
          tx,
          actor.institutionId,
          { partnerIds: values.coOwners.map((o) => o.partnerId) },
          { partnerIds: "coOwners" },
        );
        const [after] = await tx
          .update(ipFilings)
          .set({ ...values, version: before.version + 1, updatedAt: now.toISOString() })
          .where(and(eq(ipFilings.id, filingId), eq(ipFilings.version, version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "The record changed since you read it");
        }
        await auditIp(
          tx,
          actor,
          "ip_filing.updated",
          { type: "ip_filing", id: filingId },
          { before, after },
          now,
        );
      });
    },

    /** Open deadlines of every application the actor may see, soonest first, within `days`. */
    async docket(actor: Actor, days: number): Promise<TDocketEntry[]> {
      const today = clock.today();
      const invs = await db
        .select()
        .from(inventions)
        .where(eq(inventions.institutionId, actor.institutionId));
      const out: TDocketEntry[] = [];
      const limit = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      for (const inv of invs) {
        const rows = await loadInventionRows(db, inv);
        const review = (rows.secrecy[0]?.reviewStatus ?? "none") as SecrecyReviewStatus;
        const seen = canSeeInvention(
          { userId: actor.userId, role: actor.role },
          {
            inventorUserIds: rows.inventors.map((i) => i.userId).filter((u): u is string => u !== null),
            createdBy: inv.createdBy,
            reviewStatus: review,
          },
        );
        if (!seen) {
          continue;
        }
        for (const f of rows.filings) {
          for (const d of openDeadlines(f).filter((x) => x.dueOn >= today && x.dueOn <= limit)) {
            out.push({
              inventionId: inv.id,
              inventionRef: inv.ref,
              inventionTitle: inv.title,
              filingId: f.id,
              filingKind: f.kind as FilingKind,
              country: f.country,
              applicationNo: f.applicationNo,
              deadline: d,
            });
          }
        }
      }
      return out.sort((a, b) => a.deadline.dueOn.localeCompare(b.deadline.dueOn));
    },
  };
}

const SYSTEM = { userId: null, label: "job:ip.docket" };

/**
 * Daily: each open deadline is reminded 90, 30 and 7 days before it falls due (legal/IP and the
 * inventors). What was sent is kept on the filing per deadline, so a second run sends nothing twice.
 */
export async function remindDocket(deps: Deps, now: Date): Promise<{ reminded: number }> {
  const today = japanDate(now);
  const filings = await deps.db
    .select()
    .from(ipFilings)
    .where(notInArray(ipFilings.status, ["abandoned", "expired"]));
  let reminded = 0;
  for (const f of filings) {
    const sent = { ...(f.remindersSent as Record<string, number[]>) };
    const due = openDeadlines(f).flatMap((d) => {
      const key = `${d.kind}:${d.year ?? ""}:${d.dueOn}`;
      const days = dueReminder(d.dueOn, today, sent[key] ?? []);
      return days === null ? [] : [{ d, key, days }];
    });
    if (due.length === 0) {
      continue;
    }
    await deps.db.transaction(async (tx: Tx) => {
      const [inv] = await tx.select().from(inventions).where(eq(inventions.id, f.inventionId));
      const inventors = await tx
        .select({ userId: inventionInventors.userId })
        .from(inventionInventors)
        .where(eq(inventionInventors.inventionId, f.inventionId));
      // A designated (保全指定) invention's title is not put in mail.
      const [check] = await tx
        .select({ review: ipSecrecyChecks.reviewStatus })
        .from(ipSecrecyChecks)
        .where(eq(ipSecrecyChecks.inventionId, f.inventionId))
        .orderBy(desc(ipSecrecyChecks.recordedAt), desc(ipSecrecyChecks.checkedOn))
        .limit(1);
      const title = check?.review === "designated" ? inv!.ref : `${inv!.ref} ${inv!.title}`;
      for (const { d, key, days } of due) {
        sent[key] = [...(sent[key] ?? []), days];
        await notify(
          tx,
          {
            institutionId: f.institutionId,
            recipients: {
              permission: "ip.manage",
              userIds: inventors.map((i) => i.userId).filter((u): u is string => u !== null),
            },
            kind: "ip.deadline",
            title: {
              ja: `${d.label.ja}まで${days}日: ${title}`,
              en: `${d.label.en} in ${days} ${days === 1 ? "day" : "days"}: ${title}`,
            },
            body: { ja: `期限 ${d.dueOn}（${d.label.ja}）。`, en: `${d.label.en} due on ${d.dueOn}.` },
            link: `/ip/${f.inventionId}`,
          },
          now,
        );
        reminded++;
      }
      await tx.update(ipFilings).set({ remindersSent: sent }).where(eq(ipFilings.id, f.id));
      await appendAudit(tx, {
        institutionId: f.institutionId,
        actor: SYSTEM,
        action: "ip_filing.reminder_sent",
        entityType: "ip_filing",
        entityId: f.id,
        after: { reminders: due.map((x) => ({ key: x.key, days: x.days })) },
        at: now,
      });
    });
  }
  return { reminded };
}
