import type {
  ZAgreementInput,
  ZAgreementSign,
  ZBayhDoleInput,
  ZExceptionApproval,
  ZIncomeInput,
} from "@renkei/contract";
import {
  BAYH_DOLE_RECORDER,
  bayhDoleBlockers,
  bayhDoleObligations,
  DomainError,
  determineLicence,
  type IncomeKind,
  incomeByFiscalYear,
  ipReason,
  termsProblems,
} from "@renkei/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client";
import { inventions, ipAgreements, ipBayhDoleRecords, ipIncome } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { notify } from "../notifications/notify";
import { assertOwnReferences, loadIpPolicy, loadVisibleInvention } from "./ip.repo";
import { bayhDoleFacts, licenceProposal } from "./ip-facts";
import { assertVersion, auditIp, refused } from "./ip-write";

/**
 * Licences, options and assignments under the institution's licence policy (seed 001 cases 3–5), the
 * Bayh-Dole records only legal/IP makes (産業技術力強化法第17条), and the income received.
 */

type AgreementRow = typeof ipAgreements.$inferSelect;

async function agreementOf(tx: Tx, actor: Actor, inventionId: string, agreementId: string) {
  const rows = await loadVisibleInvention(tx, actor, inventionId);
  const a = rows.agreements.find((x) => x.id === agreementId);
  if (!a) {
    throw new DomainError("NOT_FOUND", "Agreement not found");
  }
  return { rows, a };
}

export function createAgreementsService(deps: Deps) {
  const { db, clock } = deps;

  return {
    /** Registers a draft; a proposal the policy refuses (e.g. a foreign exclusive licence without an exception) writes nothing. */
    async create(actor: Actor, inventionId: string, input: z.output<typeof ZAgreementInput>) {
      const problems = termsProblems(input.terms);
      if (problems.length > 0) {
        throw new DomainError("VALIDATION_FAILED", "Financial terms", {
          issues: problems.map((message) => ({ path: "terms", message })),
        });
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        const rows = await loadVisibleInvention(tx, actor, inventionId);
        await assertOwnReferences(tx, actor.institutionId, {
          partnerIds: [input.partnerId],
          caseIds: [input.caseId],
        });
        if (rows.row.institutionTakes !== true) {
          throw refused("Not the institution's", [
            ipReason(
              "IP-AG-NOT-TAKEN",
              "jp-patent-act§35",
              "機関が承継していない発明は許諾できない",
              "An invention the institution has not taken over cannot be licensed",
            ),
          ]);
        }
        const values = { ...input, exceptionApprovedRole: null, exceptionApprovedOn: null };
        const policy = await loadIpPolicy(tx, actor.institutionId);
        const determination = determineLicence(licenceProposal(values), policy.licence);
        if (determination.outcome === "refused") {
          throw refused("The licence policy refuses this agreement", determination.reasons);
        }
        const [row] = await tx
          .insert(ipAgreements)
          .values({
            institutionId: actor.institutionId,
            inventionId,
            ...input,
            createdBy: actor.userId,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
          })
          .returning();
        if (determination.outcome === "needs_approval") {
          await notify(
            tx,
            {
              institutionId: actor.institutionId,
              recipients: { permission: "ip.approve_exception" },
              kind: "ip.exception_requested",
              title: {
                ja: `ライセンス方針の例外の承認依頼: ${rows.row.title}`,
                en: `Licence policy exception to approve: ${rows.row.title}`,
              },
              body: {
                ja: `${input.counterpartyName} への許諾は方針の例外です。承認してください。`,
                en: `The licence to ${input.counterpartyName} is an exception to the licence policy and needs approval.`,
              },
              link: `/ip/${inventionId}`,
            },
            now,
          );
        }
        await auditIp(
          tx,
          actor,
          "ip_agreement.created",
          { type: "ip_agreement", id: row!.id },
          { after: { ...row, determination } },
          now,
        );
        return { id: row!.id };
      });
    },

    /** The approver the policy names (executive by default) approves an exception. */
    async approveException(
      actor: Actor,
      inventionId: string,
      agreementId: string,
      input: z.output<typeof ZExceptionApproval>,
    ) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const { a } = await agreementOf(tx, actor, inventionId, agreementId);
        assertVersion(a.version, input.version);
        const policy = await loadIpPolicy(tx, actor.institutionId);
        const d = determineLicence(licenceProposal(a), policy.licence);
        if (d.outcome !== "needs_approval") {
          throw refused("Nothing to approve", d.reasons);
        }
        if (!d.approverRoles.includes(actor.role)) {
          throw new DomainError("FORBIDDEN", "Your role may not approve this exception");
        }
        const values = {
          exceptionApprovedBy: actor.userId,
          exceptionApprovedRole: actor.role,
          exceptionApprovedOn: input.approvedOn,
          version: a.version + 1,
          updatedAt: now.toISOString(),
        };
        await tx.update(ipAgreements).set(values).where(eq(ipAgreements.id, agreementId));
        await auditIp(
          tx,
          actor,
          "ip_agreement.exception_approved",
          { type: "ip_agreement", id: agreementId },
          { before: a, after: values },
          now,
        );
      });
    },

    /** Signing: the policy must allow it and every Bayh-Dole approval and notice must be on record before the date. */
    async sign(
      actor: Actor,
      inventionId: string,
      agreementId: string,
      input: z.output<typeof ZAgreementSign>,
    ) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const { rows, a } = await agreementOf(tx, actor, inventionId, agreementId);
        assertVersion(a.version, input.version);
        if (a.status !== "draft") {
          throw new DomainError("CONFLICT", "Already signed");
        }
        const policy = await loadIpPolicy(tx, actor.institutionId);
        const d = determineLicence(licenceProposal(a), policy.licence);
        const facts = bayhDoleFacts(rows);
        facts.agreements = facts.agreements.map((x) =>
          x.id === a.id ? { ...x, signedOn: input.signedOn } : x,
        );
        const bd = bayhDoleBlockers(bayhDoleObligations(facts, clock.today(), policy.bayhDole), a.id);
        const reasons = [...(d.outcome === "allowed" ? [] : d.reasons), ...bd];
        if (reasons.length > 0) {
          throw refused("The agreement cannot be signed yet", reasons);
        }
        const values = {
          status: "signed",
          signedOn: input.signedOn,
          version: a.version + 1,
          updatedAt: now.toISOString(),
        };
        await tx.update(ipAgreements).set(values).where(eq(ipAgreements.id, agreementId));
        await auditIp(
          tx,
          actor,
          "ip_agreement.signed",
          { type: "ip_agreement", id: agreementId },
          { before: a, after: values },
          now,
        );
      });
    },

    /** Income under a signed agreement, with the licensee's report for a royalty. */
    async addIncome(
      actor: Actor,
      inventionId: string,
      agreementId: string,
      input: z.output<typeof ZIncomeInput>,
    ) {
      if (input.periodFrom && input.periodTo && input.periodFrom > input.periodTo) {
        throw new DomainError("VALIDATION_FAILED", "Period", {
          issues: [{ path: "periodTo", message: "validation.period_order" }],
        });
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        const { a } = await agreementOf(tx, actor, inventionId, agreementId);
        if (a.status !== "signed") {
          throw refused("Not signed", [
            ipReason(
              "IP-INCOME-UNSIGNED",
              "mext-survey",
              "締結前の契約には収入を記録できない",
              "Income cannot be recorded on an agreement that is not yet signed",
            ),
          ]);
        }
        const [row] = await tx
          .insert(ipIncome)
          .values({
            institutionId: actor.institutionId,
            agreementId,
            ...input,
            recordedBy: actor.userId,
            recordedAt: now.toISOString(),
          })
          .returning();
        await auditIp(
          tx,
          actor,
          "ip_income.recorded",
          { type: "ip_agreement", id: agreementId },
          { after: row },
          now,
        );
        return { id: row!.id };
      });
    },

    /**
     * A Bayh-Dole record (report, approval, notice, the state's requests and their answers). Only legal/IP
     * records (route permission `ip.bayh_dole`, checked again here and by a CHECK in the database).
     */
    async recordBayhDole(actor: Actor, input: z.output<typeof ZBayhDoleInput>) {
      if (actor.role !== BAYH_DOLE_RECORDER) {
        throw new DomainError("FORBIDDEN", "Only legal/IP records Bayh-Dole steps");
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        await assertOwnReferences(tx, actor.institutionId, { caseIds: [input.caseId] });
        let agreement: AgreementRow | undefined;
        if (input.inventionId) {
          const rows = await loadVisibleInvention(tx, actor, input.inventionId);
          if (!rows.row.bayhDole) {
            throw refused("Not Bayh-Dole IP", [
              ipReason(
                "IP-BD-NOT-APPLICABLE",
                "itsa§17",
                "政府資金（委託）による発明ではない",
                "Not an invention from government-commissioned funding",
              ),
            ]);
          }
          agreement = input.agreementId ? rows.agreements.find((x) => x.id === input.agreementId) : undefined;
          if (input.agreementId && !agreement) {
            throw new DomainError("VALIDATION_FAILED", "Unknown agreement", {
              issues: [{ path: "agreementId", message: "validation.unknown_agreement" }],
            });
          }
        } else if (input.caseId === null || input.agreementId !== null) {
          throw new DomainError("VALIDATION_FAILED", "Subject", {
            issues: [{ path: "inventionId", message: "validation.required" }],
          });
        }
        const [row] = await tx
          .insert(ipBayhDoleRecords)
          .values({
            institutionId: actor.institutionId,
            ...input,
            recordedBy: actor.userId,
            recordedRole: actor.role,
            recordedAt: now.toISOString(),
          })
          .returning();
        await auditIp(
          tx,
          actor,
          "bayh_dole.recorded",
          { type: "bayh_dole_record", id: row!.id },
          { after: row },
          now,
        );
        return { id: row!.id };
      });
    },

    /** A wrong record is withdrawn, not deleted: the trail keeps it. */
    async withdrawBayhDole(actor: Actor, recordId: string) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(ipBayhDoleRecords)
          .set({ withdrawnAt: now.toISOString(), withdrawnBy: actor.userId })
          .where(
            and(
              eq(ipBayhDoleRecords.id, recordId),
              eq(ipBayhDoleRecords.institutionId, actor.institutionId),
              isNull(ipBayhDoleRecords.withdrawnAt),
            ),
          )
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "Record not found");
        }
        await auditIp(
          tx,
          actor,
          "bayh_dole.withdrawn",
          { type: "bayh_dole_record", id: recordId },
          { after: row },
          now,
        );
      });
    },

    /** Income by fiscal year over the inventions the actor may see (MEXT survey: 特許権実施等収入). */
    async incomeReport(actor: Actor, visibleInventionIds: string[]) {
      const rows = await db
        .select({
          kind: ipIncome.kind,
          amount: ipIncome.amount,
          receivedOn: ipIncome.receivedOn,
          inventionId: ipAgreements.inventionId,
        })
        .from(ipIncome)
        .innerJoin(ipAgreements, eq(ipAgreements.id, ipIncome.agreementId))
        .innerJoin(inventions, eq(inventions.id, ipAgreements.inventionId))
        .where(eq(ipIncome.institutionId, actor.institutionId));
      const seen = new Set(visibleInventionIds);
      return incomeByFiscalYear(
        rows
          .filter((r) => seen.has(r.inventionId))
          .map((r) => ({ kind: r.kind as IncomeKind, amount: r.amount, receivedOn: r.receivedOn })),
      );
    },
  };
}
