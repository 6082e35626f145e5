import {
  type ApprovedDeclarationSummary,
  type DeclarationState,
  type DeclarationTrigger,
  declarationEditable,
  declarationRequired,
  type Interest,
} from "@renkei/domain";
import { and, desc, eq, inArray, isNull, lte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  casePartners,
  cases,
  coiDeclarationRequirements,
  coiDeclarations,
  coiDeterminations,
} from "../../db/schema";
import type { AuditActor } from "../audit/audit.writer";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { currentProfile } from "./coi-store";

/**
 * Triggered declarations (issue 13 item 2; J3): joining a case as PI or member, a funding application
 * or a new outside activity asks `declarationRequired` whether the researcher must declare. When so, a
 * request is recorded (the case's COI gate shows it as waiting) and the researcher is told in the app
 * and by mail, in their language. Runs in the caller's transaction: a change that rolls back asks nobody.
 */

export interface TriggerEvent {
  institutionId: string;
  userId: string;
  trigger: Exclude<DeclarationTrigger, "cycle">;
  caseId?: string | null;
  fundingApplicationId?: string | null;
  actor: AuditActor;
  now: Date;
  today: string;
}

const TRIGGER_TEXT: Record<TriggerEvent["trigger"], { ja: string; en: string }> = {
  joined_case: { ja: "連携案件への参加", en: "joining a collaboration case" },
  funding_application: { ja: "競争的研究費の申請", en: "a funding application" },
  new_activity: { ja: "新しい学外活動の記録", en: "a new outside activity" },
};

async function approvedSummary(tx: DbOrTx, rows: (typeof coiDeclarations.$inferSelect)[]) {
  const approved = rows
    .filter((d) => d.status === "approved" && d.approvedOn && d.validUntil)
    .sort((a, b) => (b.approvedOn ?? "").localeCompare(a.approvedOn ?? ""))[0];
  if (!approved) {
    return null;
  }
  const dets = await tx
    .select({ caseId: coiDeterminations.caseId })
    .from(coiDeterminations)
    .where(eq(coiDeterminations.declarationId, approved.id));
  const summary: ApprovedDeclarationSummary = {
    approvedOn: approved.approvedOn!,
    validUntil: approved.validUntil!,
    interestPartnerIds: (approved.interests as Interest[])
      .map((i) => i.partnerId)
      .filter((p): p is string => Boolean(p)),
    determinedCaseIds: dets.map((d) => d.caseId).filter((c): c is string => c !== null),
  };
  return summary;
}

/** Records a request and notifies the researcher when the event needs a declaration; null otherwise. */
export async function raiseDeclarationTrigger(tx: DbOrTx, e: TriggerEvent): Promise<string | null> {
  const caseId = e.caseId ?? null;
  const fundingApplicationId = e.fundingApplicationId ?? null;
  const decls = await tx
    .select()
    .from(coiDeclarations)
    .where(
      and(eq(coiDeclarations.institutionId, e.institutionId), eq(coiDeclarations.declarantUserId, e.userId)),
    )
    .orderBy(desc(coiDeclarations.createdAt));
  const { profile } = await currentProfile(tx, e.userId);
  const partnerIds = caseId
    ? (
        await tx
          .select({ partnerId: casePartners.partnerId })
          .from(casePartners)
          .where(eq(casePartners.caseId, caseId))
      ).map((p) => p.partnerId)
    : [];
  const decision = declarationRequired({
    trigger: e.trigger,
    joinedCase: caseId ? { caseId, partnerIds } : null,
    approved: await approvedSummary(tx, decls),
    openDeclaration: decls.some(
      (d) => declarationEditable(d.status as DeclarationState) || d.status === "submitted",
    ),
    profile,
    today: e.today,
  });
  if (decision.outcome !== "required") {
    return null;
  }
  // One open request per researcher and event is enough (re-adding a member asks once).
  const open = await tx
    .select({ id: coiDeclarationRequirements.id, caseId: coiDeclarationRequirements.caseId })
    .from(coiDeclarationRequirements)
    .where(
      and(
        eq(coiDeclarationRequirements.userId, e.userId),
        eq(coiDeclarationRequirements.trigger, e.trigger),
        isNull(coiDeclarationRequirements.satisfiedAt),
      ),
    );
  const same = open.find((o) => o.caseId === caseId);
  if (same) {
    return same.id;
  }
  const [row] = await tx
    .insert(coiDeclarationRequirements)
    .values({
      institutionId: e.institutionId,
      userId: e.userId,
      trigger: e.trigger,
      caseId,
      fundingApplicationId,
      reasons: decision.reasons,
      requestedAt: e.now.toISOString(),
    })
    .returning();
  await appendAudit(tx, {
    institutionId: e.institutionId,
    actor: e.actor,
    action: "coi.declaration_requested",
    entityType: "coi_declaration_requirement",
    entityId: row!.id,
    after: { userId: e.userId, trigger: e.trigger, caseId, fundingApplicationId },
    at: e.now,
  });
  const [c] = caseId ? await tx.select({ title: cases.title }).from(cases).where(eq(cases.id, caseId)) : [];
  const what = TRIGGER_TEXT[e.trigger];
  await notify(
    tx,
    {
      institutionId: e.institutionId,
      recipients: { userIds: [e.userId] },
      kind: "coi.declaration_requested",
      title: {
        ja: "利益相反の申告をお願いします",
        en: "Please make a conflict-of-interest declaration",
      },
      body: {
        ja: `${what.ja}${c ? `（${c.title}）` : ""}に伴い、利益相反の申告が必要です。申告が委員会で承認されるまで、案件の利益相反確認は完了しません。`,
        en: `Because of ${what.en}${c ? ` (${c.title})` : ""}, a conflict-of-interest declaration is needed. The case's COI check stays open until the committee approves it.`,
      },
      link: "/coi",
    },
    e.now,
  );
  return row!.id;
}

/** The committee approved a declaration: every request made before it was submitted is answered. */
export async function satisfyRequests(
  tx: DbOrTx,
  d: { id: string; declarantUserId: string; submittedAt: string | null },
  now: Date,
) {
  if (!d.submittedAt) {
    return;
  }
  await tx
    .update(coiDeclarationRequirements)
    .set({ satisfiedByDeclarationId: d.id, satisfiedAt: now.toISOString() })
    .where(
      and(
        eq(coiDeclarationRequirements.userId, d.declarantUserId),
        isNull(coiDeclarationRequirements.satisfiedAt),
        lte(coiDeclarationRequirements.requestedAt, d.submittedAt),
      ),
    );
}

/** Open requests of these researchers (for the case gate and the researcher's home page). */
export async function openRequests(tx: DbOrTx, institutionId: string, userIds: string[]) {
  if (userIds.length === 0) {
    return [];
  }
  return tx
    .select()
    .from(coiDeclarationRequirements)
    .where(
      and(
        eq(coiDeclarationRequirements.institutionId, institutionId),
        inArray(coiDeclarationRequirements.userId, userIds),
        isNull(coiDeclarationRequirements.satisfiedAt),
      ),
    )
    .orderBy(coiDeclarationRequirements.requestedAt);
}

/** One line for the cases feature: a researcher joined a case as PI or staff member. */
export function caseJoined(
  tx: DbOrTx,
  actor: { institutionId: string; userId: string; displayName: string },
  caseId: string,
  userId: string,
  clock: { now(): Date; today(): string },
) {
  return raiseDeclarationTrigger(tx, {
    institutionId: actor.institutionId,
    userId,
    trigger: "joined_case",
    caseId,
    actor: { userId: actor.userId, label: actor.displayName },
    now: clock.now(),
    today: clock.today(),
  });
}
