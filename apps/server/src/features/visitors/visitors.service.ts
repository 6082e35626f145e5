import {
  assessVisitor,
  compareDates,
  currentPledgeText,
  DomainError,
  decideVisitor,
  deletionAllowed,
  type ExportControlResult,
  laterRetention,
  nextResidencyChange,
  type PledgeKind,
  type ProfileRecord,
  type RecipientFacts,
  type ReopenReason,
  retainUntil,
  type VisitorDecision,
  type VisitorKind,
  type VisitorStatus,
} from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { visitorDeclarations, visitorPledges, visitorReviews, visitors } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { retentionYears } from "../../lib/retention-years";
import { type AuditActor, appendAudit } from "../audit/audit.writer";
import { profileRecordByEmail } from "../coi/coi-profile-facts";
import { assertVisitorAcceptable, screenVisitor } from "../ec-reach/party-screening";
import { notify } from "../notifications/notify";
import { enqueueWebhook } from "../webhooks/webhook-outbox";
import { findVisitor, pledgesOnFile, type VisitorRow } from "./visitors.queries";

/** Residency in words for notices (外為法上の居住者・非居住者). */
const RESIDENCY_WORDS = {
  RESIDENT: { ja: "居住者", en: "resident" },
  NON_RESIDENT: { ja: "非居住者", en: "non-resident" },
} as const;

export interface VisitorValues {
  kind: VisitorKind;
  fullName: string;
  nameEn: string | null;
  email: string | null;
  homeOrganisation: string;
  homeCountry: string | null;
  hostUserId: string | null;
  purpose: string;
  stayFrom: string | null;
  stayUntil: string | null;
  declaration: RecipientFacts;
}

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

/** What the audit log keeps of an intake: the facts and the determination, not the whole engine trace. */
export function visitorSnapshot(r: VisitorRow) {
  return {
    kind: r.kind,
    fullName: r.fullName,
    status: r.status,
    declarationVersion: r.declarationVersion,
    declaration: r.declaration,
    assessedAsOf: r.assessedAsOf,
    residency: r.residency,
    tokutei: r.tokutei,
    tokuteiStatus: r.tokuteiStatus,
    outcome: (r.assessment as ExportControlResult).outcome,
    residencyChangeOn: r.residencyChangeOn,
    retainUntil: r.retainUntil,
  };
}

/**
 * The columns that follow from running the engine on the facts today (and the next change date). A
 * visitor who is a researcher of the institution with a COI profile has 特定類型② read from it (J4).
 */
export function assessmentColumns(declaration: RecipientFacts, asOf: string, profile?: ProfileRecord | null) {
  const assessment = assessVisitor(declaration, asOf, profile);
  return {
    assessment,
    assessedAsOf: asOf,
    residency: assessment.residency,
    tokutei: assessment.tokutei,
    tokuteiStatus: assessment.tokuteiStatus,
    residencyChangeOn: nextResidencyChange(declaration, asOf)?.on ?? null,
  };
}

/** Kept 7 years (configurable) after the later of today and the end of the stay (spec §6.5). */
function retentionFor(deps: Deps, today: string, stayUntil: string | null, current: string | null) {
  const end = stayUntil && compareDates(stayUntil, today) > 0 ? stayUntil : today;
  return laterRetention(current, retainUntil(end, retentionYears(deps.config)));
}

/**
 * Re-opens an intake in the caller's transaction: back to review, a review row, an audit event, the
 * export-control office notified, and a `visitor.reopened` webhook (reference only, no personal data).
 */
export async function reopenVisitor(
  tx: DbOrTx,
  input: { before: VisitorRow; after: VisitorRow; reason: ReopenReason; actor: AuditActor; now: Date },
) {
  const { before, after, reason, actor, now } = input;
  await tx.insert(visitorReviews).values({
    institutionId: after.institutionId,
    visitorId: after.id,
    action: "reopen",
    reason,
    actorId: actor.userId,
    at: now,
    assessedAsOf: after.assessedAsOf,
    residency: after.residency,
    tokutei: after.tokutei,
  });
  await appendAudit(tx, {
    institutionId: after.institutionId,
    actor,
    action: "visitor.reopened",
    entityType: "visitor",
    entityId: after.id,
    before: visitorSnapshot(before),
    after: { ...visitorSnapshot(after), reopenReason: reason },
    at: now,
  });
  const why = {
    facts_changed: { ja: "申告内容が変更されました。", en: "The declared facts changed." },
    six_month_mark: {
      ja: "入国から6か月が経過し、居住性が変わりました。",
      en: "Six months have passed since entry: the residency changed.",
    },
    residency_changed: { ja: "居住性の判定が変わりました。", en: "The residency determination changed." },
  }[reason];
  const residency = after.residency ? RESIDENCY_WORDS[after.residency as keyof typeof RESIDENCY_WORDS] : null;
  const tokutei = { ja: after.tokutei.join("、"), en: after.tokutei.join(", ") };
  await notify(
    tx,
    {
      institutionId: after.institutionId,
      recipients: {
        permission: "visitor.review",
        userIds: [after.filedBy, ...(after.hostUserId ? [after.hostUserId] : [])],
      },
      kind: "visitor.reopened",
      title: { ja: `受入審査の再開: ${after.fullName}`, en: `Visitor review reopened: ${after.fullName}` },
      body: {
        ja: `${why.ja}\n居住性: ${residency?.ja ?? "—"}、特定類型: ${tokutei.ja || "—"}（${after.assessedAsOf} 時点）`,
        en: `${why.en}\nResidency: ${residency?.en ?? "—"}; specific categories (tokutei): ${tokutei.en || "—"} (as of ${after.assessedAsOf})`,
      },
      link: `/visitors/${after.id}`,
    },
    now,
  );
  await enqueueWebhook(
    tx,
    {
      institutionId: after.institutionId,
      event: "visitor.reopened",
      payload: { visitorId: after.id, reason, assessedAsOf: after.assessedAsOf, status: after.status },
    },
    now,
  );
}

export function createVisitorsService(deps: Deps) {
  const { db, clock } = deps;

  async function requireUpdatable(tx: DbOrTx, actor: Actor, id: string) {
    const row = await findVisitor(tx, actor, id);
    const own = row.filedBy === actor.userId || row.hostUserId === actor.userId;
    if (!own && !actor.can("visitor.review")) {
      throw new DomainError("NOT_FOUND", "Visitor not found");
    }
    return row;
  }

  return {
    async create(actor: Actor, values: VisitorValues): Promise<string> {
      const now = clock.now();
      const today = clock.today();
      return db.transaction(async (tx) => {
        await assertInInstitution(tx, actor.institutionId, { users: { hostUserId: values.hostUserId } });
        const [row] = await tx
          .insert(visitors)
          .values({
            ...values,
            hostUserId: values.hostUserId ?? actor.userId,
            institutionId: actor.institutionId,
            filedBy: actor.userId,
            departmentId: actor.departmentId,
            status: "pending_review",
            declarationVersion: 1,
            ...assessmentColumns(
              values.declaration,
              today,
              await profileRecordByEmail(tx, actor.institutionId, values.email),
            ),
            screening: await screenVisitor(tx, actor.institutionId, values, null, today),
            retainUntil: retentionFor(deps, today, values.stayUntil, null),
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const r = row!;
        await tx.insert(visitorDeclarations).values({
          institutionId: r.institutionId,
          visitorId: r.id,
          version: 1,
          facts: values.declaration,
          declaredBy: actor.userId,
          declaredAt: now,
        });
        await tx.insert(visitorReviews).values({
          institutionId: r.institutionId,
          visitorId: r.id,
          action: "filed",
          actorId: actor.userId,
          at: now,
          assessedAsOf: r.assessedAsOf,
          residency: r.residency,
          tokutei: r.tokutei,
        });
        await appendAudit(tx, {
          institutionId: r.institutionId,
          actor: auditActor(actor),
          action: "visitor.filed",
          entityType: "visitor",
          entityId: r.id,
          after: visitorSnapshot(r),
          at: now,
        });
        await notify(
          tx,
          {
            institutionId: r.institutionId,
            recipients: { permission: "visitor.review" },
            kind: "visitor.filed",
            title: { ja: `受入申告: ${r.fullName}`, en: `Visitor intake: ${r.fullName}` },
            body: {
              ja: `${actor.displayName} さんが受入申告を登録しました。`,
              en: `${actor.displayName} filed a visitor intake.`,
            },
            link: `/visitors/${r.id}`,
          },
          now,
        );
        return r.id;
      });
    },

    /** A change of facts: a new declaration version, a fresh determination, and the review re-opened. */
    async updateFacts(
      actor: Actor,
      id: string,
      input: { version: number; declaration: RecipientFacts; note: string },
    ): Promise<void> {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        const before = await requireUpdatable(tx, actor, id);
        if (before.version !== input.version) {
          throw new DomainError("CONFLICT", "The intake changed since it was read");
        }
        const declarationVersion = before.declarationVersion + 1;
        const [after] = await tx
          .update(visitors)
          .set({
            declaration: input.declaration,
            declarationVersion,
            ...assessmentColumns(
              input.declaration,
              today,
              await profileRecordByEmail(tx, actor.institutionId, before.email),
            ),
            // Changed facts are screened again against the lists in force, keeping decided matches (B4).
            screening: await screenVisitor(tx, actor.institutionId, before, before.screening, today),
            status: "pending_review",
            reopenReason: "facts_changed",
            reopenedAt: now,
            version: before.version + 1,
            updatedAt: now,
          })
          .where(and(eq(visitors.id, id), eq(visitors.version, before.version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "The intake changed since it was read");
        }
        await tx.insert(visitorDeclarations).values({
          institutionId: after.institutionId,
          visitorId: id,
          version: declarationVersion,
          facts: input.declaration,
          note: input.note,
          declaredBy: actor.userId,
          declaredAt: now,
        });
        await appendAudit(tx, {
          institutionId: after.institutionId,
          actor: auditActor(actor),
          action: "visitor.facts_changed",
          entityType: "visitor",
          entityId: id,
          before: visitorSnapshot(before),
          after: visitorSnapshot(after),
          at: now,
        });
        await reopenVisitor(tx, {
          before,
          after,
          reason: "facts_changed",
          actor: auditActor(actor),
          now,
        });
      });
    },

    /** Records a signed pledge against the current declaration and the text version in force that day. */
    async recordPledge(
      actor: Actor,
      id: string,
      input: { kind: PledgeKind; tokuteiAnswer: string | null; signedName: string; signedOn: string | null },
    ): Promise<void> {
      const now = clock.now();
      const today = clock.today();
      const signedOn = input.signedOn ?? today;
      if (compareDates(signedOn, today) > 0) {
        throw new DomainError("VALIDATION_FAILED", "A pledge cannot be signed in the future", {
          issues: [{ path: ["signedOn"], message: "validation.date_in_future" }],
        });
      }
      if (input.kind === "tokutei_declaration" && !input.tokuteiAnswer) {
        throw new DomainError("VALIDATION_FAILED", "The 特定類型 answer is required", {
          issues: [{ path: ["tokuteiAnswer"], message: "validation.required" }],
        });
      }
      const text = currentPledgeText(input.kind, signedOn);
      if (!text) {
        throw new DomainError("VALIDATION_FAILED", "No pledge text was in force on that date", {
          issues: [{ path: ["signedOn"], message: "validation.pledge_not_in_force" }],
        });
      }
      await db.transaction(async (tx) => {
        const row = await requireUpdatable(tx, actor, id);
        const [pledge] = await tx
          .insert(visitorPledges)
          .values({
            institutionId: row.institutionId,
            visitorId: id,
            kind: input.kind,
            textVersion: text.version,
            declarationVersion: row.declarationVersion,
            tokuteiAnswer: input.kind === "tokutei_declaration" ? input.tokuteiAnswer : null,
            signedName: input.signedName,
            signedOn,
            recordedBy: actor.userId,
            recordedAt: now,
          })
          .returning();
        await tx.update(visitors).set({ updatedAt: now }).where(eq(visitors.id, id));
        await appendAudit(tx, {
          institutionId: row.institutionId,
          actor: auditActor(actor),
          action: "visitor.pledge_recorded",
          entityType: "visitor",
          entityId: id,
          after: {
            pledgeId: pledge!.id,
            kind: input.kind,
            textVersion: text.version,
            declarationVersion: row.declarationVersion,
            tokuteiAnswer: pledge!.tokuteiAnswer,
            signedName: input.signedName,
            signedOn,
          },
          at: now,
        });
      });
    },

    /** The officer's decision, on a determination re-run as of today. */
    async decide(
      actor: Actor,
      id: string,
      input: { decision: VisitorDecision; reason: string; comment: string },
    ): Promise<VisitorStatus> {
      const now = clock.now();
      const today = clock.today();
      return db.transaction(async (tx) => {
        const before = await findVisitor(tx, actor, id);
        const fresh = assessmentColumns(
          before.declaration as RecipientFacts,
          today,
          await profileRecordByEmail(tx, actor.institutionId, before.email),
        );
        if (input.decision === "accept") {
          assertVisitorAcceptable(before.screening);
        }
        const status = decideVisitor({
          status: before.status as VisitorStatus,
          kind: before.kind as VisitorKind,
          decision: input.decision,
          // The required reason (issue 11 item 6) is the explanation a refusal must give.
          comment: input.reason,
          declarationVersion: before.declarationVersion,
          pledges: await pledgesOnFile(tx, id),
          assessment: fresh.assessment,
          today,
        });
        const [after] = await tx
          .update(visitors)
          .set({
            ...fresh,
            status,
            decidedAt: now,
            decidedBy: actor.userId,
            decisionComment: input.comment,
            decisionReason: input.reason,
            reopenReason: null,
            retainUntil: retentionFor(deps, today, before.stayUntil, before.retainUntil),
            version: before.version + 1,
            updatedAt: now,
          })
          .where(eq(visitors.id, id))
          .returning();
        await tx.insert(visitorReviews).values({
          institutionId: before.institutionId,
          visitorId: id,
          action: input.decision,
          // The history keeps the reason first, then any further comment.
          comment: [input.reason, input.comment].filter(Boolean).join("\n"),
          actorId: actor.userId,
          at: now,
          assessedAsOf: today,
          residency: fresh.residency,
          tokutei: fresh.tokutei,
        });
        await appendAudit(tx, {
          institutionId: before.institutionId,
          actor: auditActor(actor),
          action: "visitor.decided",
          entityType: "visitor",
          entityId: id,
          before: visitorSnapshot(before),
          after: {
            ...visitorSnapshot(after!),
            decision: input.decision,
            reason: input.reason,
            comment: input.comment,
          },
          at: now,
        });
        const label = {
          accepted: { ja: "受入可", en: "accepted" },
          refused: { ja: "受入不可", en: "refused" },
          more_info_requested: { ja: "追加情報の依頼", en: "more information requested" },
          pending_review: { ja: "", en: "" },
        }[status];
        await notify(
          tx,
          {
            institutionId: before.institutionId,
            recipients: { userIds: [before.filedBy, ...(before.hostUserId ? [before.hostUserId] : [])] },
            kind: "visitor.decided",
            title: {
              ja: `受入審査の結果: ${before.fullName}`,
              en: `Visitor review decided: ${before.fullName}`,
            },
            body: {
              ja: [label.ja, input.reason, input.comment].filter(Boolean).join("\n"),
              en: [label.en, input.reason, input.comment].filter(Boolean).join("\n"),
            },
            link: `/visitors/${id}`,
          },
          now,
        );
        return status;
      });
    },

    /** Deletion only after the retention date (spec §6.5); the database refuses it too. */
    async remove(actor: Actor, id: string): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await findVisitor(tx, actor, id);
        if (!deletionAllowed(row.retainUntil, clock.today())) {
          throw new DomainError("RULE_VIOLATION", `Retained until ${row.retainUntil}`, {
            reasons: ["retention.retained"],
            retainUntil: row.retainUntil,
          });
        }
        await tx.delete(visitors).where(eq(visitors.id, id));
        await appendAudit(tx, {
          institutionId: row.institutionId,
          actor: auditActor(actor),
          action: "visitor.deleted",
          entityType: "visitor",
          entityId: id,
          before: visitorSnapshot(row),
          at: now,
        });
      });
    },
  };
}
