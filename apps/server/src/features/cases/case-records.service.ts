import {
  CASE_RECORD_SCHEMAS,
  type CaseRecordSection,
  type TCaseSettings,
  type ZInternalCheckInput,
} from "@renkei/contract";
import {
  type CaseSection,
  type CaseStage,
  type CollaborationRef,
  checkInternal,
  DomainError,
  type EmergingTechCategory,
  type ResearchArea,
  type Scheme,
} from "@renkei/domain";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client";
import { caseStageRecords, cases } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { validationError } from "../../http/errors";
import { classificationsByIds } from "../export-control/case-export-review";
import { type CaseBundle, loadCaseBundle } from "./case-facts";
import { writeCase } from "./case-write";
import { type CaseRows, loadCaseRows, openCasesForConflicts } from "./cases.repo";

/**
 * Stage records (seed 001 §IV.2-2…8, seed 004): each is a JSON document validated by the domain's stage
 * schema before it is stored. The internal check is computed: the server gathers the collaborations to
 * compare with and the domain's `checkInternal` decides.
 */

function collaborationRef(rows: CaseRows): CollaborationRef {
  const c = rows.row;
  return {
    caseId: c.id,
    title: c.title,
    stage: c.stage as CaseStage,
    piUserId: c.piUserId,
    participantUserIds: rows.participants.map((p) => p.userId).filter((u): u is string => u !== null),
    field: {
      area: c.fieldArea as ResearchArea | null,
      emergingTech: c.emergingTech as EmergingTechCategory[],
    },
    partners: rows.partners.map((p) => ({
      partnerId: p.partnerId,
      name: p.legalName,
      country: p.country,
      sectors: p.sectors,
      competitorIds: p.competitorIds,
    })),
  };
}

async function runInternalCheck(
  tx: Tx,
  institutionId: string,
  bundle: CaseBundle,
  input: z.output<typeof ZInternalCheckInput>,
  settings: TCaseSettings,
  today: string,
) {
  const c = bundle.row;
  const existingRows = await openCasesForConflicts(
    tx,
    institutionId,
    c.id,
    c.piUserId,
    c.fieldArea,
    c.emergingTech,
  );
  const existing = [...(await loadCaseRows(tx, existingRows)).values()].map(collaborationRef);
  const [open] = c.piUserId
    ? await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(cases)
        .where(
          and(
            eq(cases.institutionId, institutionId),
            eq(cases.piUserId, c.piUserId),
            sql`${cases.id} <> ${c.id}`,
            sql`${cases.stage} not in ('closed','declined','withdrawn')`,
          ),
        )
    : [{ n: 0 }];
  const result = checkInternal({
    candidate: collaborationRef(bundle),
    existing,
    researcher: { ...input.researcher, openCaseCount: open?.n ?? 0 },
    basicPatents: input.basicPatents,
    otherFunding: bundle.facts.funding,
    institutionCountry: settings.policy.institutionCountry,
    maxOpenCasesPerPi: settings.maxOpenCasesPerPi,
  });
  return { input, result, recordedOn: today };
}

export function parseRecord(section: CaseRecordSection, data: unknown): unknown {
  const parsed = CASE_RECORD_SCHEMAS[section].safeParse(data);
  if (!parsed.success) {
    throw validationError(parsed.error.issues.map((i) => ({ ...i, path: ["data", ...i.path] })));
  }
  return parsed.data;
}

/**
 * A disclosure item rests on a 該非判定 of the institution (issue 15, C9): an id of another institution's
 * record, or of no record, is a 400 naming the item, and nothing is written.
 */
async function checkCitedClassifications(tx: Tx, institutionId: string, scheme: Scheme): Promise<void> {
  const cited = scheme.disclosurePlan.flatMap((item, i) =>
    item.classificationId ? [{ i, id: item.classificationId }] : [],
  );
  if (cited.length === 0) {
    return;
  }
  const known = new Set(
    (
      await classificationsByIds(
        tx,
        institutionId,
        cited.map((c) => c.id),
      )
    ).map((c) => c.classificationId),
  );
  const unknown = cited.filter((c) => !known.has(c.id));
  if (unknown.length > 0) {
    throw new DomainError("VALIDATION_FAILED", "Unknown classification", {
      issues: unknown.map((c) => ({
        path: `data.disclosurePlan.${c.i}.classificationId`,
        message: "validation.unknown_record",
      })),
    });
  }
}

export function createCaseRecordsService(deps: Deps) {
  return {
    async save(actor: Actor, caseId: string, section: CaseRecordSection, data: unknown) {
      const parsed = parseRecord(section, data);
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "edit", section: section as CaseSection },
        async ({ tx, row, settings, today, now }) => {
          const [old] = await tx
            .select({ data: caseStageRecords.data })
            .from(caseStageRecords)
            .where(and(eq(caseStageRecords.caseId, caseId), eq(caseStageRecords.section, section)));
          let stored = parsed;
          if (section === "scheme") {
            await checkCitedClassifications(tx, actor.institutionId, parsed as Scheme);
          }
          if (section === "internal_check") {
            const bundle = await loadCaseBundle(tx, actor.institutionId, row, settings.policy, today);
            stored = await runInternalCheck(
              tx,
              actor.institutionId,
              bundle,
              parsed as z.output<typeof ZInternalCheckInput>,
              settings,
              today,
            );
          }
          const values = { data: stored, updatedBy: actor.userId, updatedAt: now.toISOString() };
          await tx
            .insert(caseStageRecords)
            .values({ caseId, section, institutionId: actor.institutionId, ...values })
            .onConflictDoUpdate({ target: [caseStageRecords.caseId, caseStageRecords.section], set: values });
          return {
            result: stored,
            changes: [
              {
                action:
                  section === "internal_check" ? "case.internal_check_recorded" : "case.stage_data_saved",
                before: old ? { section, data: old.data } : undefined,
                after: { section, data: stored },
              },
            ],
          };
        },
      );
    },
  };
}
