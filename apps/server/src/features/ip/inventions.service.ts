import type {
  ZInventionDecision,
  ZInventionInput,
  ZInventionUpdate,
  ZSecrecyCheckInput,
} from "@renkei/contract";
import {
  canSeeInvention,
  DomainError,
  decisionBlockers,
  disclosureStage,
  filingDeadlines,
  type InventionCategory,
  inventorProblems,
  ipReason,
  type SecrecyReviewStatus,
} from "@renkei/domain";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client";
import {
  inventionFunding,
  inventionInventors,
  inventions,
  ipFilings,
  ipSecrecyChecks,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { isoInstant } from "../../lib/iso";
import { notify } from "../notifications/notify";
import {
  assertOwnReferences,
  loadInventionRows,
  loadIpPolicy,
  loadVisibleInvention,
  userNames,
} from "./ip.repo";
import { filingDates, inventionDetail, inventorShares, namedUsers } from "./ip-facts";
import { assertVersion, auditIp, refused } from "./ip-write";

/**
 * Invention disclosures (E17): inventors with shares, funding (Bayh-Dole when government-commissioned),
 * each inventor's confirmation, the institution's decision (職務発明 / 自由発明) and the 非公開 check.
 */

type Input = z.output<typeof ZInventionInput>;

const toBp = (percent: number) => Math.round(percent * 100);

async function nextRef(tx: Tx, institutionId: string, year: number): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inventions:${institutionId}`}))`);
  // Language-neutral like case numbers (2026-0001): English readers never see a Japanese reference.
  const prefix = `INV-${year}-`;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(inventions)
    .where(and(eq(inventions.institutionId, institutionId), sql`${inventions.ref} like ${`${prefix}%`}`));
  return `${prefix}${String((row?.n ?? 0) + 1).padStart(3, "0")}`;
}

async function checkInput(tx: Tx, actor: Actor, input: Input) {
  await assertOwnReferences(
    tx,
    actor.institutionId,
    { userIds: input.inventors.map((i) => i.userId), caseIds: [input.caseId, ...input.backgroundCaseIds] },
    { userIds: "inventors", caseIds: "caseId" },
  );
  const problems = inventorProblems(
    input.inventors.map((i) => ({ userId: i.userId, name: i.name, shareBp: toBp(i.sharePercent) })),
  );
  if (problems.length > 0) {
    throw refused("Inventors are not acceptable", problems);
  }
}

/** Government-commissioned money falls under Japanese Bayh-Dole (産業技術力強化法第17条). */
function fundingRows(inventionId: string, input: Input) {
  return input.funding.map((f) => ({
    inventionId,
    ...f,
    bayhDole: f.bayhDole || f.kind === "government_commissioned",
  }));
}

async function writeChildren(
  tx: Tx,
  inventionId: string,
  input: Input,
  keepConfirmedFor: string | null,
  now: string,
) {
  await tx.delete(inventionInventors).where(eq(inventionInventors.inventionId, inventionId));
  await tx.delete(inventionFunding).where(eq(inventionFunding.inventionId, inventionId));
  await tx.insert(inventionInventors).values(
    input.inventors.map((i, position) => ({
      inventionId,
      userId: i.userId,
      name: i.name,
      affiliation: i.affiliation,
      shareBp: toBp(i.sharePercent),
      position,
      // The one who writes the disclosure confirms it by writing; every other inventor confirms in the app.
      confirmedAt: i.userId !== null && i.userId === keepConfirmedFor ? now : null,
    })),
  );
  const funding = fundingRows(inventionId, input);
  if (funding.length > 0) {
    await tx.insert(inventionFunding).values(funding);
  }
  return funding.some((f) => f.bayhDole);
}

export function createInventionsService(deps: Deps) {
  const { db, clock } = deps;

  async function detail(actor: Actor, id: string) {
    const rows = await loadVisibleInvention(db, actor, id);
    // One after the other, as everywhere a service's `db` may be handed a transaction.
    const names = await userNames(db, namedUsers(rows));
    const policy = await loadIpPolicy(db, actor.institutionId);
    return inventionDetail(rows, names, policy, clock.today());
  }

  return {
    detail,

    /** The inventions the actor may see (canSeeInvention), newest first, with the next deadline each. */
    async list(actor: Actor) {
      const rows = await db
        .select()
        .from(inventions)
        .where(eq(inventions.institutionId, actor.institutionId))
        .orderBy(desc(inventions.createdAt))
        .limit(500);
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) {
        return [];
      }
      const inv = await db
        .select()
        .from(inventionInventors)
        .where(inArray(inventionInventors.inventionId, ids));
      const checks = await db
        .select()
        .from(ipSecrecyChecks)
        .where(inArray(ipSecrecyChecks.inventionId, ids))
        .orderBy(desc(ipSecrecyChecks.recordedAt), desc(ipSecrecyChecks.checkedOn));
      const filings = await db.select().from(ipFilings).where(inArray(ipFilings.inventionId, ids));
      const today = clock.today();
      return rows.flatMap((r) => {
        const people = inv.filter((i) => i.inventionId === r.id).sort((a, b) => a.position - b.position);
        const review = (checks.find((c) => c.inventionId === r.id)?.reviewStatus ??
          "none") as SecrecyReviewStatus;
        const seen = canSeeInvention(
          { userId: actor.userId, role: actor.role },
          {
            inventorUserIds: people.map((p) => p.userId).filter((u): u is string => u !== null),
            createdBy: r.createdBy,
            reviewStatus: review,
          },
        );
        if (!seen) {
          return [];
        }
        const own = filings.filter((f) => f.inventionId === r.id);
        const next = own
          .filter((f) => f.status !== "abandoned" && f.status !== "expired")
          .flatMap((f) => filingDeadlines(filingDates(f)))
          .filter((d) => d.dueOn >= today)
          .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
        return [
          {
            id: r.id,
            ref: r.ref,
            title: r.title,
            stage: disclosureStage(
              people.map((p) => ({
                userId: p.userId,
                name: p.name,
                shareBp: p.shareBp,
                confirmedOn: p.confirmedAt,
              })),
              r.category as InventionCategory | null,
            ),
            category: r.category as InventionCategory | null,
            bayhDole: r.bayhDole,
            designated: review === "designated",
            inventors: people.map((p) => p.name),
            filings: own.length,
            nextDeadline: next ?? null,
            createdAt: isoInstant(r.createdAt),
          },
        ];
      });
    },

    async create(actor: Actor, input: Input) {
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        await checkInput(tx, actor, input);
        const ref = await nextRef(tx, actor.institutionId, Number(clock.today().slice(0, 4)));
        const [row] = await tx
          .insert(inventions)
          .values({
            institutionId: actor.institutionId,
            ref,
            title: input.title,
            summary: input.summary,
            field: input.field,
            caseId: input.caseId,
            backgroundCaseIds: [...new Set(input.backgroundCaseIds)],
            agreementRef: input.agreementRef,
            createdBy: actor.userId,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          })
          .returning();
        const bayhDole = await writeChildren(tx, row!.id, input, actor.userId, now.toISOString());
        if (bayhDole) {
          await tx.update(inventions).set({ bayhDole }).where(eq(inventions.id, row!.id));
        }
        const others = input.inventors
          .map((i) => i.userId)
          .filter((u): u is string => u !== null && u !== actor.userId);
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: { permission: "ip.manage", userIds: others },
            kind: "invention.disclosed",
            title: {
              ja: `発明届が提出されました: ${input.title}`,
              en: `Invention disclosed: ${input.title}`,
            },
            body: {
              ja: `発明者は内容を確認してください（${ref}）。`,
              en: `An invention was disclosed (${ref}); inventors, please confirm it.`,
            },
            link: `/ip/${row!.id}`,
          },
          now,
        );
        await auditIp(
          tx,
          actor,
          "invention.disclosed",
          { type: "invention", id: row!.id },
          { after: { ...input, ref, bayhDole } },
          now,
        );
        return row!.id;
      });
      return { id };
    },

    /** Revise before the decision: the creator or legal/IP. Other inventors confirm the new text again. */
    async update(actor: Actor, id: string, input: z.output<typeof ZInventionUpdate>) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const rows = await loadVisibleInvention(tx, actor, id);
        assertVersion(rows.row.version, input.version);
        if (rows.row.createdBy !== actor.userId && actor.role !== "legal_ip") {
          throw new DomainError("FORBIDDEN", "Only the discloser or legal/IP may revise the disclosure");
        }
        if (rows.row.category !== null) {
          throw refused("Decided", [
            ipReason(
              "IP-INV-DECIDED",
              "jp-patent-act§35",
              "認定済みの発明届は修正できない",
              "A decided invention disclosure cannot be changed",
            ),
          ]);
        }
        await checkInput(tx, actor, input);
        const bayhDole = await writeChildren(tx, id, input, actor.userId, now.toISOString());
        await tx
          .update(inventions)
          .set({
            title: input.title,
            summary: input.summary,
            field: input.field,
            caseId: input.caseId,
            backgroundCaseIds: [...new Set(input.backgroundCaseIds)],
            agreementRef: input.agreementRef,
            bayhDole,
            version: rows.row.version + 1,
            updatedAt: now.toISOString(),
          })
          .where(eq(inventions.id, id));
        await auditIp(
          tx,
          actor,
          "invention.updated",
          { type: "invention", id },
          { before: rows.row, after: input },
          now,
        );
      });
    },

    /** An inventor confirms the disclosure (contents and shares) in the app. */
    async confirm(actor: Actor, id: string) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const rows = await loadVisibleInvention(tx, actor, id);
        const mine = rows.inventors.find((i) => i.userId === actor.userId);
        if (!mine) {
          throw new DomainError("FORBIDDEN", "Only an inventor may confirm the disclosure");
        }
        if (mine.confirmedAt === null) {
          await tx
            .update(inventionInventors)
            .set({ confirmedAt: now.toISOString() })
            .where(eq(inventionInventors.id, mine.id));
          await auditIp(
            tx,
            actor,
            "invention.confirmed",
            { type: "invention", id },
            { after: { inventor: mine.name } },
            now,
          );
        }
      });
    },

    /** Legal/IP decides 職務発明 or 自由発明 and whether the institution takes the right (Patent Act Art. 35). */
    async decide(actor: Actor, id: string, input: z.output<typeof ZInventionDecision>) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const rows = await loadVisibleInvention(tx, actor, id);
        assertVersion(rows.row.version, input.version);
        const blockers = decisionBlockers(inventorShares(rows));
        if (blockers.length > 0) {
          throw refused("Inventors have not confirmed", blockers);
        }
        if (input.category === "free" && input.institutionTakes) {
          throw refused("A free invention is not taken over", [
            ipReason(
              "IP-INV-FREE-TAKE",
              "jp-patent-act§35",
              "自由発明は機関が承継しない（発明者に帰属）",
              "A free invention is not taken over by the institution (it belongs to the inventor)",
            ),
          ]);
        }
        const values = {
          category: input.category,
          institutionTakes: input.institutionTakes,
          decisionNote: input.note,
          decidedBy: actor.userId,
          decidedOn: clock.today(),
          version: rows.row.version + 1,
          updatedAt: now.toISOString(),
        };
        await tx.update(inventions).set(values).where(eq(inventions.id, id));
        const inventorIds = rows.inventors.map((i) => i.userId).filter((u): u is string => u !== null);
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: { userIds: inventorIds },
            kind: "invention.decided",
            title: { ja: `発明届の認定: ${rows.row.title}`, en: `Invention decided: ${rows.row.title}` },
            body: {
              ja: `${input.category === "employee" ? "職務発明" : "自由発明"}と認定されました。`,
              en: `The institution decided it is ${input.category === "employee" ? "an employee invention" : "a free invention"}.`,
            },
            link: `/ip/${id}`,
          },
          now,
        );
        await auditIp(
          tx,
          actor,
          "invention.decided",
          { type: "invention", id },
          { before: { category: rows.row.category }, after: values },
          now,
        );
      });
    },

    /** The 特許出願非公開 check (J6), by legal/IP with its evidence; the newest check is in force. */
    async recordSecrecyCheck(actor: Actor, id: string, input: z.output<typeof ZSecrecyCheckInput>) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await loadVisibleInvention(tx, actor, id);
        if (input.result === "not_listed" && input.reviewStatus !== "none") {
          throw refused("Inconsistent check", [
            ipReason(
              "IP-SEC-INCONSISTENT",
              "esa§66-78",
              "特定技術分野に該当しない発明に保全審査の状況は記録できない",
              "A security review status cannot be recorded for an invention outside the designated technology fields",
            ),
          ]);
        }
        const [row] = await tx
          .insert(ipSecrecyChecks)
          .values({
            institutionId: actor.institutionId,
            inventionId: id,
            ...input,
            recordedBy: actor.userId,
            recordedRole: actor.role,
            recordedAt: now.toISOString(),
          })
          .returning();
        await auditIp(tx, actor, "invention.secrecy_checked", { type: "invention", id }, { after: row }, now);
      });
    },

    /** Rows for other services (docket, agreements) after the access check. */
    loadRows: (tx: Tx, actor: Actor, id: string) => loadVisibleInvention(tx, actor, id),
    reload: (tx: Tx, row: Awaited<ReturnType<typeof loadVisibleInvention>>["row"]) =>
      loadInventionRows(tx, row),
  };
}
