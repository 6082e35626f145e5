import type { TReviewValues } from "@renkei/contract";
import {
  checkConversion,
  DESK_CONVERSION_PERMISSION,
  type DeskConversionKind,
  DomainError,
  type LabProfileFacts,
  labPrefill,
} from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { deskConversions, labProfiles, users, visitors } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { createCasesService } from "../cases/cases.service";
import { createClassificationsService } from "../export-control/classifications.service";
import { createTransactionReviewsService } from "../export-control/transaction-reviews.service";
import { deskActor, findQuestion, type QuestionRow, stateOf } from "./desk.queries";
import { auditActor, questionSnapshot, updateQuestion } from "./desk.service";
import { profileFacts } from "./lab-profiles.service";

async function askerLab(tx: DbOrTx, q: QuestionRow): Promise<LabProfileFacts | null> {
  if (!q.askerId) {
    return null;
  }
  const [p] = await tx
    .select()
    .from(labProfiles)
    .where(and(eq(labProfiles.institutionId, q.institutionId), eq(labProfiles.headUserId, q.askerId)));
  return p ? profileFacts(p) : null;
}

/** A visit the question was asked from names the counterparty of the 取引審査. */
async function visitorParty(tx: DbOrTx, q: QuestionRow) {
  if (q.aboutKind !== "visitor" || !q.aboutId) {
    return {};
  }
  const [v] = await tx
    .select({ name: visitors.fullName, country: visitors.homeCountry, org: visitors.homeOrganisation })
    .from(visitors)
    .where(and(eq(visitors.id, q.aboutId), eq(visitors.institutionId, q.institutionId)));
  return v
    ? { counterpartyName: v.org ? `${v.name}（${v.org}）` : v.name, counterpartyCountry: v.country }
    : {};
}

/** The lab's pre-fill for one technology: the same mapping the new forms read (`/lab-profiles/prefill`). */
function prefillOf(lab: LabProfileFacts, technologyIndex: number) {
  const entry = labPrefill(lab).technologies[technologyIndex];
  if (!entry) {
    throw new DomainError("VALIDATION_FAILED", "No such technology in the lab profile", {
      issues: [{ path: "technologyIndex", message: "validation.unknown_record" }],
    });
  }
  return entry;
}

/**
 * The question the record was opened from, as its description starts. These records keep one text for
 * every reader, so the line we generate carries both languages; subject and body are the asker's words.
 */
function questionText(q: QuestionRow) {
  return `相談 / Desk question ${q.ref}: ${q.subject}\n${q.body}`;
}

/**
 * Opens a 該非判定, 取引審査 or case from a question (issue 17 item 2), pre-filled from the question, the
 * record it was asked from and the asker's lab profile. The record is created by its own service inside
 * this transaction (a savepoint), so its validation and audit apply unchanged and a refusal leaves no
 * link behind.
 */
export async function convertQuestion(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { kind: DeskConversionKind; version: number; technologyIndex: number },
): Promise<{ kind: DeskConversionKind; recordId: string }> {
  const { db, clock } = deps;
  return db.transaction(async (tx) => {
    const inTx = { ...deps, db: tx as unknown as Db };
    const before = await findQuestion(tx, actor, id);
    checkConversion(stateOf(before), input.kind, deskActor(actor));
    if (!actor.can(DESK_CONVERSION_PERMISSION[input.kind])) {
      throw new DomainError(
        "FORBIDDEN",
        `Opening this record needs ${DESK_CONVERSION_PERMISSION[input.kind]}`,
      );
    }
    const [done] = await tx
      .select({ id: deskConversions.id })
      .from(deskConversions)
      .where(and(eq(deskConversions.questionId, id), eq(deskConversions.kind, input.kind)));
    if (done) {
      throw new DomainError("CONFLICT", "This record was already opened from the question");
    }
    const lab = await askerLab(tx, before);
    let recordId: string;
    if (input.kind === "classification") {
      const pre = lab ? prefillOf(lab, input.technologyIndex).classification : null;
      recordId = await createClassificationsService(inTx).create(actor, {
        itemKind: "technology",
        name: (pre?.name || before.subject).slice(0, 300),
        model: null,
        manufacturer: null,
        description: [questionText(before), pre?.description ?? ""].filter(Boolean).join("\n\n"),
        listItem: (pre?.listItem ?? null) as never,
        listClause: pre?.listClause ?? null,
        // Conservative until the preparer decides: an "applicable" draft without its list clause cannot
        // be submitted, so nothing is waved through by the conversion.
        determination: "applicable",
        parameters: [],
        basis: "",
        assessedOn: null,
      });
    } else if (input.kind === "review") {
      const pre = lab ? prefillOf(lab, input.technologyIndex).review : null;
      const values: TReviewValues = {
        title: before.subject,
        description: [questionText(before), pre?.description ?? ""].filter(Boolean).join("\n\n"),
        // The asker is the applicant; the officer enters it for them (代理入力, checked by the service).
        applicantId: before.askerId,
        caseId: before.aboutKind === "case" ? before.aboutId : null,
        caseSubject: null,
        counterpartyName: null,
        counterpartyCountry: null,
        ...(await visitorParty(tx, before)),
        plannedOn: null,
        facts: pre?.facts ?? {},
        selfCheck: { confirmedAccurate: false, notes: "" },
        classificationIds: [],
      };
      recordId = await createTransactionReviewsService(inTx).create(actor, values);
    } else {
      const [asker] = before.askerId
        ? await tx
            .select({ id: users.id, role: users.role, departmentId: users.departmentId })
            .from(users)
            .where(eq(users.id, before.askerId))
        : [];
      recordId = await createCasesService(inTx).create(actor, {
        kind: "joint_research",
        title: before.subject,
        summary: questionText(before),
        piUserId: asker?.role === "researcher" ? asker.id : null,
        departmentIds: asker?.departmentId ? [asker.departmentId] : [],
        field: { area: null, emergingTech: [], keywords: lab?.fields.slice(0, 30) ?? [] },
        partnerIds: before.aboutKind === "partner" && before.aboutId ? [before.aboutId] : [],
      });
    }
    const now = clock.now().toISOString();
    await tx.insert(deskConversions).values({
      institutionId: actor.institutionId,
      questionId: id,
      kind: input.kind,
      recordId,
      createdBy: actor.userId,
      createdAt: now,
    });
    const after = await updateQuestion(tx, before, input.version, {}, now);
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action: "desk.converted",
      entityType: "desk_question",
      entityId: id,
      before: questionSnapshot(before),
      after: { ...questionSnapshot(after), converted: { kind: input.kind, recordId } },
      at: clock.now(),
    });
    return { kind: input.kind, recordId };
  });
}
