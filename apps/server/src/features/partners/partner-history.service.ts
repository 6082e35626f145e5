import type { ContactKind, ContactVisibility, CreditResult } from "@renkei/domain";
import { DomainError } from "@renkei/domain";
import { eq } from "drizzle-orm";
import { assertInInstitution } from "../../db/institution-refs";
import { contacts, creditChecks, partners } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { findPartner, latestCredit } from "./partners.repo";
import { auditActor } from "./partners.service";

export interface ContactValues {
  kind: ContactKind;
  occurredOn: string;
  title: string;
  summary: string;
  visibility: ContactVisibility;
  staffIds: string[];
  personIds: string[];
}

export interface CreditValues {
  checkedOn: string;
  sources: string;
  result: CreditResult;
  expiresOn: string | null;
  notes: string;
}

/** Contact history (CRM) and credit / due-diligence checks (与信) of a partner. */
export function createPartnerHistoryService(deps: Deps) {
  const { db, clock } = deps;

  return {
    async addContact(actor: Actor, partnerId: string, values: ContactValues) {
      return db.transaction(async (tx) => {
        const partner = await findPartner(tx, partnerId, [actor.institutionId]);
        if (!partner || partner.mergedIntoId) {
          throw new DomainError("NOT_FOUND", "Partner not found");
        }
        // Participants must belong to the same institution: ids from elsewhere are refused, not leaked.
        await assertInInstitution(tx, actor.institutionId, {
          users: { staffIds: values.staffIds },
          people: { personIds: values.personIds },
        });
        const [row] = await tx
          .insert(contacts)
          .values({
            ...values,
            institutionId: actor.institutionId,
            partnerId,
            createdBy: actor.userId,
            createdAt: clock.now().toISOString(),
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "contact.created",
          entityType: "partner",
          entityId: partnerId,
          after: row,
          at: clock.now(),
        });
        return row!.id;
      });
    },

    async addCreditCheck(actor: Actor, partnerId: string, values: CreditValues) {
      return db.transaction(async (tx) => {
        const partner = await findPartner(tx, partnerId, [actor.institutionId]);
        if (!partner || partner.mergedIntoId) {
          throw new DomainError("NOT_FOUND", "Partner not found");
        }
        const [row] = await tx
          .insert(creditChecks)
          .values({
            ...values,
            institutionId: actor.institutionId,
            partnerId,
            checkedBy: actor.userId,
            createdAt: clock.now().toISOString(),
          })
          .returning();
        await tx
          .update(partners)
          .set(await latestCredit(tx, partnerId))
          .where(eq(partners.id, partnerId));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "credit.recorded",
          entityType: "partner",
          entityId: partnerId,
          after: row,
          at: clock.now(),
        });
        return row!.id;
      });
    },
  };
}
