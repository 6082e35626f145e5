import type {
  TCostComponentsView,
  TQuotationView,
  TSecrecyAgreementInput,
  TSecrecyWithdrawInput,
} from "@renkei/contract";
import { type CostComponents, DomainError, reason } from "@renkei/domain";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx, Tx } from "../../db/client";
import {
  caseQuotations,
  costComponentSettings,
  quotationSecrecyAgreements,
  quotationSecrecyWithdrawals,
  users,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { createCaseDetailService } from "../cases/case-detail.service";
import { auditActor, writeCase } from "../cases/case-write";
import { activeAgreement, loadCostComponents, rebuildQuotation } from "./cost-components";

/**
 * The quotation's cost components (issue 17 item 4): the institution's settings, the quotation with its
 * split and secrecy line, and the partner's agreement to the secrecy cost, recorded or withdrawn by the
 * office (route permission `quotation.secrecy_agree`) in the case's transaction with its audit event.
 */
export function createCostService(deps: Deps) {
  const detail = createCaseDetailService(deps);

  async function quotationRow(db: DbOrTx, actor: Actor, caseId: string, quotationId: string) {
    const [row] = await db
      .select()
      .from(caseQuotations)
      .where(
        and(
          eq(caseQuotations.id, quotationId),
          eq(caseQuotations.caseId, caseId),
          eq(caseQuotations.institutionId, actor.institutionId),
        ),
      );
    if (!row) {
      throw new DomainError("NOT_FOUND", "Quotation not found");
    }
    return row;
  }

  /** Rebuilds the quotation with the agreement state `agreed` and keeps the stored total in step. */
  async function retotal(tx: Tx, row: typeof caseQuotations.$inferSelect, ref: string, agreed: boolean) {
    const q = await rebuildQuotation(tx, row, ref, agreed);
    await tx.update(caseQuotations).set({ totalYen: q.totalYen }).where(eq(caseQuotations.id, row.id));
    return q;
  }

  return {
    async settings(actor: Actor): Promise<TCostComponentsView> {
      return loadCostComponents(deps.db, actor.institutionId);
    },

    async saveSettings(actor: Actor, settings: CostComponents): Promise<TCostComponentsView> {
      const now = deps.clock.now();
      await deps.db.transaction(async (tx) => {
        const before = await loadCostComponents(tx, actor.institutionId);
        const values = {
          indirectShares: settings.indirectShares,
          secrecyMonthlyYen: settings.secrecyMonthlyYen,
          updatedBy: actor.userId,
          updatedAt: now.toISOString(),
        };
        await tx
          .insert(costComponentSettings)
          .values({ institutionId: actor.institutionId, ...values })
          .onConflictDoUpdate({ target: costComponentSettings.institutionId, set: values });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "cost.components_saved",
          entityType: "institution",
          entityId: actor.institutionId,
          before: before.settings,
          after: settings,
          at: now,
        });
      });
      return loadCostComponents(deps.db, actor.institutionId);
    },

    /** The quotation with its lines and agreement state, for anyone who sees the case. */
    async view(actor: Actor, caseId: string, quotationId: string): Promise<TQuotationView> {
      const { row: caseRow } = await detail.loadVisible(actor, caseId);
      const row = await quotationRow(deps.db, actor, caseId, quotationId);
      const recorder = alias(users, "recorder");
      const [agreement] = await deps.db
        .select({ a: quotationSecrecyAgreements, by: recorder.displayName })
        .from(quotationSecrecyAgreements)
        .innerJoin(recorder, eq(recorder.id, quotationSecrecyAgreements.recordedBy))
        .where(eq(quotationSecrecyAgreements.quotationId, row.id));
      // The agreement just read decides the secrecy line; no second read of it.
      const q = await rebuildQuotation(deps.db, row, caseRow.ref, agreement !== undefined);
      const withdrawer = alias(users, "withdrawer");
      const withdrawn = await deps.db
        .select({ w: quotationSecrecyWithdrawals, by: recorder.displayName, wby: withdrawer.displayName })
        .from(quotationSecrecyWithdrawals)
        .innerJoin(recorder, eq(recorder.id, quotationSecrecyWithdrawals.recordedBy))
        .innerJoin(withdrawer, eq(withdrawer.id, quotationSecrecyWithdrawals.withdrawnBy))
        .where(eq(quotationSecrecyWithdrawals.quotationId, row.id))
        .orderBy(asc(quotationSecrecyWithdrawals.withdrawnAt));
      return {
        id: row.id,
        partnerName: q.partnerName,
        issuedOn: q.issuedOn,
        validUntil: q.validUntil,
        totalYen: q.totalYen,
        indirectRatePercent: q.indirectRatePercent,
        lines: q.lines.map((l) => ({
          code: l.code,
          label: l.label,
          detail: l.detail,
          amountYen: l.amountYen,
          counted: l.counted,
          ...(l.part ? { part: l.part } : {}),
          ...(l.reason ? { reason: l.reason } : {}),
        })),
        reasons: q.reasons,
        notes: q.notes,
        secrecy: q.secrecy,
        agreement: agreement
          ? {
              agreedOn: agreement.a.agreedOn,
              partnerSignatory: agreement.a.partnerSignatory,
              evidence: agreement.a.evidence,
              recordedByLabel: agreement.by,
              recordedAt: agreement.a.createdAt,
            }
          : null,
        withdrawals: withdrawn.map(({ w, by, wby }) => ({
          agreedOn: w.agreedOn,
          partnerSignatory: w.partnerSignatory,
          evidence: w.evidence,
          recordedByLabel: by,
          recordedAt: w.recordedAt,
          reason: w.reason,
          withdrawnByLabel: wby,
          withdrawnAt: w.withdrawnAt,
        })),
        canAgree: actor.can("quotation.secrecy_agree"),
      };
    },

    /** Records the partner's agreement (seed 000 §3-2(1): 企業側の理解を得て); one active per quotation. */
    async agree(actor: Actor, caseId: string, quotationId: string, input: TSecrecyAgreementInput) {
      return writeCase(deps, actor, caseId, { access: "read", section: null }, async ({ tx, row, today }) => {
        const q = await quotationRow(tx, actor, caseId, quotationId);
        if (input.agreedOn > today) {
          throw new DomainError("VALIDATION_FAILED", "The agreement date cannot be in the future", {
            issues: [{ path: "agreedOn", message: "validation.date_future" }],
          });
        }
        if (await activeAgreement(tx, q.id)) {
          throw new DomainError(
            "CONFLICT",
            "The partner's agreement to this quotation's secrecy cost is already recorded; withdraw it first to correct it",
            {
              reasons: [
                reason(
                  "COST-SECRECY-AGREED-ONCE",
                  "seed000§3-2(1)",
                  "この見積の秘密管理費用には相手方の合意が記録済みです。訂正するには、先に理由を付けて取り消してください",
                  "The partner's agreement to this quotation's secrecy cost is already recorded. To correct it, withdraw it first with a reason",
                ),
              ],
            },
          );
        }
        const before = await rebuildQuotation(tx, q, row.ref, false);
        if (!before.secrecy) {
          throw new DomainError(
            "VALIDATION_FAILED",
            "This quotation has no secrecy-management cost to agree to",
          );
        }
        await tx.insert(quotationSecrecyAgreements).values({
          institutionId: actor.institutionId,
          quotationId: q.id,
          caseId,
          agreedOn: input.agreedOn,
          partnerSignatory: input.partnerSignatory,
          evidence: input.evidence,
          recordedBy: actor.userId,
        });
        const after = await retotal(tx, q, row.ref, true);
        return {
          result: { totalYen: after.totalYen },
          changes: [
            {
              action: "quotation.secrecy_agreed",
              before: { quotationId: q.id, totalYen: before.totalYen },
              after: {
                quotationId: q.id,
                agreedOn: input.agreedOn,
                partnerSignatory: input.partnerSignatory,
                evidence: input.evidence,
                secrecyYen: before.secrecy.amountYen,
                totalYen: after.totalYen,
              },
            },
          ],
        };
      });
    },

    /** Withdraws a recorded agreement with a reason (a correction); the record moves to the history. */
    async withdraw(actor: Actor, caseId: string, quotationId: string, input: TSecrecyWithdrawInput) {
      return writeCase(deps, actor, caseId, { access: "read", section: null }, async ({ tx, row }) => {
        const q = await quotationRow(tx, actor, caseId, quotationId);
        const agreement = await activeAgreement(tx, q.id);
        if (!agreement) {
          throw new DomainError("NOT_FOUND", "No agreement is recorded for this quotation");
        }
        await tx.insert(quotationSecrecyWithdrawals).values({
          institutionId: actor.institutionId,
          quotationId: q.id,
          caseId,
          agreedOn: agreement.agreedOn,
          partnerSignatory: agreement.partnerSignatory,
          evidence: agreement.evidence,
          recordedBy: agreement.recordedBy,
          recordedAt: agreement.createdAt,
          reason: input.reason,
          withdrawnBy: actor.userId,
        });
        await tx.delete(quotationSecrecyAgreements).where(eq(quotationSecrecyAgreements.id, agreement.id));
        const after = await retotal(tx, q, row.ref, false);
        return {
          result: { totalYen: after.totalYen },
          changes: [
            {
              action: "quotation.secrecy_withdrawn",
              before: {
                quotationId: q.id,
                agreedOn: agreement.agreedOn,
                partnerSignatory: agreement.partnerSignatory,
                totalYen: Number(q.totalYen),
              },
              after: { quotationId: q.id, reason: input.reason, totalYen: after.totalYen },
            },
          ],
        };
      });
    },
  };
}
