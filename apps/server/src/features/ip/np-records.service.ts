import type {
  ZNpDataPlanInput,
  ZNpResultDecisionInput,
  ZNpResultInput,
  ZNpStandardInput,
  ZNpSubcontractorInput,
  ZNpTechTagsInput,
} from "@renkei/contract";
import {
  checkDataPlan,
  type DataSetPlan,
  DomainError,
  type NpResultDecision,
  resultDecisionRefusals,
  type StandardActivityKind,
  type StandardActivityStatus,
  type TechListItem,
  techTagRefusals,
} from "@renkei/domain";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx, Tx } from "../../db/client";
import {
  inventions,
  ipTechLists,
  npProjectRecords,
  npResults,
  npStandardActivities,
  npSubcontractors,
  partners,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { findCaseRow } from "../cases/cases.repo";
import { assertCaseAccess, type CaseAccess } from "../cases/cases.scope";
import { screeningStatusOf } from "../screening/screening-status";
import { assertOwnReferences, loadVisibleInvention, userNames } from "./ip.repo";
import { secrecyFacts } from "./ip-facts";
import { techListView } from "./ip-library.service";
import { assertVersion, auditIp, refused } from "./ip-write";

/**
 * A national project's IP records (seed 004 §4; G4, G9–G12, issue 17 item 6). They belong to the case:
 * every read and write asks the case's own access decision (`assertCaseAccess`), so whoever may not
 * see the case sees none of them. Only national-project cases have them.
 */

async function projectCase(db: DbOrTx, actor: Actor, caseId: string, need: CaseAccess) {
  const row = await findCaseRow(db, actor.institutionId, caseId);
  await assertCaseAccess(db, actor, row, need);
  if (row!.kind !== "national_project") {
    throw new DomainError("VALIDATION_FAILED", "Not a national project", {
      issues: [{ path: "caseId", message: "validation.not_national_project" }],
    });
  }
  return row!;
}

async function recordOf(db: DbOrTx, caseId: string) {
  const [row] = await db.select().from(npProjectRecords).where(eq(npProjectRecords.caseId, caseId));
  return row ?? null;
}

/** Upserts the one-per-case record under optimistic concurrency (version 0 = not yet written). */
async function saveRecord(
  tx: Tx,
  actor: Actor,
  caseId: string,
  sent: number,
  values: Partial<typeof npProjectRecords.$inferInsert>,
  now: string,
) {
  const current = await recordOf(tx, caseId);
  assertVersion(current?.version ?? 0, sent);
  if (current) {
    await tx
      .update(npProjectRecords)
      .set({ ...values, version: current.version + 1, updatedBy: actor.userId, updatedAt: now })
      .where(eq(npProjectRecords.caseId, caseId));
  } else {
    await tx
      .insert(npProjectRecords)
      .values({ caseId, institutionId: actor.institutionId, ...values, updatedBy: actor.userId });
  }
  return current;
}

export function createNpRecordsService(deps: Deps) {
  const { db, clock } = deps;
  const today = () => clock.today();

  async function techListOf(institutionId: string, id: string | null, on: DbOrTx = db) {
    if (!id) {
      return null;
    }
    const [row] = await on
      .select()
      .from(ipTechLists)
      .where(and(eq(ipTechLists.id, id), eq(ipTechLists.institutionId, institutionId)));
    return row ?? null;
  }

  return {
    async get(actor: Actor, caseId: string) {
      const c = await projectCase(db, actor, caseId, "read");
      // One after the other, as everywhere a service's `db` may be handed a transaction.
      const rec = await recordOf(db, caseId);
      const results = await db
        .select()
        .from(npResults)
        .where(eq(npResults.caseId, caseId))
        .orderBy(asc(npResults.createdAt));
      const subs = await db
        .select({ s: npSubcontractors, name: partners.legalName, country: partners.country })
        .from(npSubcontractors)
        .innerJoin(partners, eq(partners.id, npSubcontractors.partnerId))
        .where(eq(npSubcontractors.caseId, caseId))
        .orderBy(asc(npSubcontractors.createdAt));
      const standards = await db
        .select()
        .from(npStandardActivities)
        .where(eq(npStandardActivities.caseId, caseId))
        .orderBy(asc(npStandardActivities.createdAt));
      const [latest] = await db
        .select({ version: ipTechLists.version })
        .from(ipTechLists)
        .where(eq(ipTechLists.institutionId, actor.institutionId))
        .orderBy(desc(ipTechLists.version))
        .limit(1);
      const invIds = results.map((r) => r.inventionId).filter((i): i is string => i !== null);
      const refs =
        invIds.length === 0
          ? []
          : await db
              .select({ id: inventions.id, ref: inventions.ref })
              .from(inventions)
              .where(inArray(inventions.id, invIds));
      const names = await userNames(
        db,
        results.map((r) => r.decidedBy),
      );
      const screening = await screeningStatusOf(
        db,
        actor.institutionId,
        subs.map((s) => ({ kind: "partner" as const, id: s.s.partnerId })),
      );
      const list = await techListOf(actor.institutionId, rec?.techListId ?? null);
      const datasets = (rec?.datasets ?? []) as DataSetPlan[];
      const codes = rec?.techCodes ?? [];
      const edit =
        actor.can("case.edit") &&
        (await assertCaseAccess(db, actor, c, "edit").then(
          () => true,
          () => false,
        ));
      return {
        caseId,
        caseRef: c.ref,
        caseTitle: c.title,
        version: rec?.version ?? 0,
        canEdit: edit,
        canDecide: actor.can("ip.manage"),
        results: results.map((r) => ({
          id: r.id,
          title: r.title,
          description: r.description,
          inventionId: r.inventionId,
          inventionRef: refs.find((x) => x.id === r.inventionId)?.ref ?? null,
          decision: r.decision as NpResultDecision | null,
          decisionReason: r.decisionReason,
          decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
          decidedOn: r.decidedOn,
          version: r.version,
        })),
        datasets,
        dataNote: rec?.dataPolicyNote ?? "",
        dataWarnings: checkDataPlan(datasets, codes.length > 0).warnings,
        techList: list ? techListView(list) : null,
        techCodes: codes,
        latestTechListVersion: latest?.version ?? null,
        subcontractors: subs.map(({ s, name, country }) => ({
          id: s.id,
          partnerId: s.partnerId,
          partnerName: name,
          partnerCountry: country,
          screeningStatus: screening.get(`partner:${s.partnerId}`) ?? null,
          workScope: s.workScope,
          amount: s.amount,
          startsOn: s.startsOn,
          endsOn: s.endsOn,
        })),
        standards: standards.map((s) => ({
          id: s.id,
          kind: s.kind as StandardActivityKind,
          body: s.body,
          title: s.title,
          status: s.status as StandardActivityStatus,
          startsOn: s.startsOn,
          note: s.note,
        })),
      };
    },

    /** A result of the project (by the PI or the office); the decision on it comes from legal/IP. */
    async addResult(actor: Actor, caseId: string, input: z.output<typeof ZNpResultInput>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await projectCase(tx, actor, caseId, "edit");
        if (input.inventionId) {
          await loadVisibleInvention(tx, actor, input.inventionId).catch(() => {
            throw new DomainError("VALIDATION_FAILED", "Unknown invention", {
              issues: [{ path: "inventionId", message: "validation.unknown_invention" }],
            });
          });
        }
        const [row] = await tx
          .insert(npResults)
          .values({ ...input, caseId, institutionId: actor.institutionId, createdBy: actor.userId })
          .returning({ id: npResults.id });
        await auditIp(tx, actor, "np_result.created", { type: "case", id: caseId }, { after: input }, now);
        return { id: row!.id };
      });
    },

    /** Seed 004 §4(1): publish / patent / keep secret, recorded by legal/IP with its reason. */
    async decideResult(
      actor: Actor,
      caseId: string,
      resultId: string,
      input: z.output<typeof ZNpResultDecisionInput>,
    ) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await projectCase(tx, actor, caseId, "read");
        const [r] = await tx
          .select()
          .from(npResults)
          .where(and(eq(npResults.id, resultId), eq(npResults.caseId, caseId)));
        if (!r) {
          throw new DomainError("NOT_FOUND", "Result not found");
        }
        assertVersion(r.version, input.version);
        const invention = r.inventionId
          ? secrecyFacts(await loadVisibleInvention(tx, actor, r.inventionId))
          : null;
        const reasons = resultDecisionRefusals({
          decision: input.decision,
          reason: input.reason,
          role: actor.role,
          invention,
          today: today(),
        });
        if (reasons.length > 0) {
          throw refused("Decision refused", reasons);
        }
        await tx
          .update(npResults)
          .set({
            decision: input.decision,
            decisionReason: input.reason,
            decidedBy: actor.userId,
            decidedRole: actor.role,
            decidedOn: input.decidedOn,
            version: r.version + 1,
          })
          .where(eq(npResults.id, resultId));
        await auditIp(
          tx,
          actor,
          "np_result.decided",
          { type: "case", id: caseId },
          {
            before: { result: r.title, decision: r.decision, reason: r.decisionReason },
            after: { result: r.title, decision: input.decision, reason: input.reason },
          },
          now,
        );
      });
    },

    /** The data-management plan: refused with reasons when a dataset lacks its reason or manager. */
    async saveDataPlan(actor: Actor, caseId: string, input: z.output<typeof ZNpDataPlanInput>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await projectCase(tx, actor, caseId, "edit");
        const tagged = ((await recordOf(tx, caseId))?.techCodes ?? []).length > 0;
        const check = checkDataPlan(input.datasets, tagged);
        if (check.refusals.length > 0) {
          throw refused("Data-management plan refused", check.refusals);
        }
        const before = await saveRecord(
          tx,
          actor,
          caseId,
          input.version,
          {
            datasets: input.datasets,
            dataPolicyNote: input.note,
          },
          now.toISOString(),
        );
        await auditIp(
          tx,
          actor,
          "np_data_plan.updated",
          { type: "case", id: caseId },
          { before: before ? { datasets: before.datasets } : undefined, after: { datasets: input.datasets } },
          now,
        );
      });
    },

    /** Tags the project's technologies against one version of the institution's list (G11). */
    async saveTechTags(actor: Actor, caseId: string, input: z.output<typeof ZNpTechTagsInput>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await projectCase(tx, actor, caseId, "edit");
        const list = await techListOf(actor.institutionId, input.listId, tx);
        if (!list) {
          throw new DomainError("VALIDATION_FAILED", "Unknown list", {
            issues: [{ path: "listId", message: "validation.unknown_reference" }],
          });
        }
        const codes = [...new Set(input.codes)];
        const reasons = techTagRefusals(codes, list.items as TechListItem[]);
        if (reasons.length > 0) {
          throw refused("Unknown technologies", reasons);
        }
        const before = await saveRecord(
          tx,
          actor,
          caseId,
          input.version,
          {
            techListId: list.id,
            techCodes: codes,
          },
          now.toISOString(),
        );
        await auditIp(
          tx,
          actor,
          "np_tech_tags.updated",
          { type: "case", id: caseId },
          {
            before: before ? { codes: before.techCodes } : undefined,
            after: { listVersion: list.version, codes },
          },
          now,
        );
      });
    },

    /** A subcontractor is a partner record, so it is screened like every other party (seed 004 §4(4)). */
    async addSubcontractor(actor: Actor, caseId: string, input: z.output<typeof ZNpSubcontractorInput>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await projectCase(tx, actor, caseId, "edit");
        await assertOwnReferences(
          tx,
          actor.institutionId,
          { partnerIds: [input.partnerId] },
          { partnerIds: "partnerId" },
        );
        const [row] = await tx
          .insert(npSubcontractors)
          .values({ ...input, caseId, institutionId: actor.institutionId, createdBy: actor.userId })
          .onConflictDoNothing()
          .returning({ id: npSubcontractors.id });
        if (!row) {
          throw new DomainError("CONFLICT", "This partner is already a subcontractor of the project");
        }
        await auditIp(
          tx,
          actor,
          "np_subcontractor.added",
          { type: "case", id: caseId },
          { after: input },
          now,
        );
        return { id: row.id };
      });
    },

    async removeSubcontractor(actor: Actor, caseId: string, id: string) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await projectCase(tx, actor, caseId, "edit");
        const [row] = await tx
          .delete(npSubcontractors)
          .where(and(eq(npSubcontractors.id, id), eq(npSubcontractors.caseId, caseId)))
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "Subcontractor not found");
        }
        await auditIp(
          tx,
          actor,
          "np_subcontractor.removed",
          { type: "case", id: caseId },
          { before: row },
          now,
        );
      });
    },

    async addStandard(actor: Actor, caseId: string, input: z.output<typeof ZNpStandardInput>) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        await projectCase(tx, actor, caseId, "edit");
        const [row] = await tx
          .insert(npStandardActivities)
          .values({ ...input, caseId, institutionId: actor.institutionId, createdBy: actor.userId })
          .returning({ id: npStandardActivities.id });
        await auditIp(tx, actor, "np_standard.added", { type: "case", id: caseId }, { after: input }, now);
        return { id: row!.id };
      });
    },
  };
}
