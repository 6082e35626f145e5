import type { TReceipt, TReceiptInput, TSurveyAgreement, TSurveyAgreementInput } from "@renkei/contract";
import type { PartnerType } from "@renkei/domain";
import {
  DomainError,
  fiscalYearOf,
  type IpIncomeKind,
  type SizeClass,
  type SurveyKind,
  type SurveyPartnerType,
  suggestSurveyType,
} from "@renkei/domain";
import { and, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { cases, partners, receipts, surveyAgreements } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { type AuditActor, appendAudit } from "../audit/audit.writer";

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

function invalid(path: string, message: string): never {
  throw new DomainError("VALIDATION_FAILED", "Invalid reference", { issues: [{ path, message }] });
}

/** A partner of the caller's institution (never another's: issue 10 §7), with what coding needs. */
async function ownPartner(tx: DbOrTx, actor: Actor, id: string, path = "partnerId") {
  const [p] = await tx
    .select({
      id: partners.id,
      type: partners.type,
      country: partners.country,
      sizeClass: partners.sizeClass,
    })
    .from(partners)
    .where(
      and(
        eq(partners.id, id),
        eq(partners.institutionId, actor.institutionId),
        isNull(partners.mergedIntoId),
      ),
    );
  return p ?? invalid(path, "validation.unknown_partner");
}

/** The survey type the record is coded with: what the person chose, else what the partner suggests. */
async function codedType(
  tx: DbOrTx,
  actor: Actor,
  chosen: SurveyPartnerType | null,
  partnerId: string | null,
): Promise<{ type: SurveyPartnerType; country: string | null }> {
  const partner = partnerId ? await ownPartner(tx, actor, partnerId) : null;
  if (chosen) {
    return { type: chosen, country: partner?.country ?? null };
  }
  if (!partner) {
    return invalid("partnerType", "validation.required");
  }
  const s = suggestSurveyType({
    type: partner.type as PartnerType,
    country: partner.country,
    sizeClass: partner.sizeClass as SizeClass | null,
  });
  return { type: s.type, country: partner.country };
}

async function ownAgreement(tx: DbOrTx, actor: Actor, id: string) {
  const [a] = await tx
    .select()
    .from(surveyAgreements)
    .where(and(eq(surveyAgreements.id, id), eq(surveyAgreements.institutionId, actor.institutionId)));
  return a ?? null;
}

export function createInsightRecordsService(deps: Deps) {
  const { db, clock } = deps;

  /** Agreements of the caller's institution with partner, case number and the total received. */
  async function selectAgreements(actor: Actor, where?: SQL): Promise<TSurveyAgreement[]> {
    const rows = await db
      .select({
        a: surveyAgreements,
        partnerName: partners.legalName,
        caseRef: cases.ref,
        received: sql<string>`coalesce((select sum(r.direct + r.indirect) from receipts r where r.agreement_id = ${surveyAgreements.id}), 0)`,
      })
      .from(surveyAgreements)
      .leftJoin(partners, eq(partners.id, surveyAgreements.partnerId))
      .leftJoin(cases, eq(cases.id, surveyAgreements.caseId))
      .where(and(eq(surveyAgreements.institutionId, actor.institutionId), where))
      .orderBy(desc(surveyAgreements.startOn))
      .limit(2000);
    return rows.map((row) => ({
      id: row.a.id,
      title: row.a.title,
      kind: row.a.kind as TSurveyAgreement["kind"],
      partnerType: row.a.partnerType as SurveyPartnerType,
      partnerId: row.a.partnerId,
      partnerName: row.partnerName,
      caseId: row.a.caseId,
      caseNumber: row.caseRef,
      startOn: row.a.startOn,
      endOn: row.a.endOn,
      received: Number(row.received),
      version: row.a.version,
    }));
  }

  async function agreementView(id: string, actor: Actor): Promise<TSurveyAgreement> {
    const [one] = await selectAgreements(actor, eq(surveyAgreements.id, id));
    if (!one) {
      throw new DomainError("NOT_FOUND", "Not found");
    }
    return one;
  }

  async function agreementValues(tx: DbOrTx, actor: Actor, input: TSurveyAgreementInput) {
    if (input.caseId) {
      const [c] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.id, input.caseId), eq(cases.institutionId, actor.institutionId)));
      if (!c) {
        invalid("caseId", "validation.unknown_case");
      }
    }
    const coded = await codedType(tx, actor, input.partnerType, input.partnerId);
    return {
      title: input.title,
      kind: input.kind,
      partnerType: coded.type,
      partnerId: input.partnerId,
      caseId: input.caseId,
      startOn: input.startOn,
      endOn: input.endOn,
    };
  }

  async function receiptValues(tx: DbOrTx, actor: Actor, input: TReceiptInput) {
    let partnerId = input.partnerId;
    if (input.agreementId) {
      const a = await ownAgreement(tx, actor, input.agreementId);
      if (!a) {
        invalid("agreementId", "validation.unknown_agreement");
      }
      if (input.kind !== a.kind) {
        invalid("kind", "validation.kind_differs_from_agreement");
      }
      partnerId = partnerId ?? a.partnerId;
    }
    const coded = await codedType(tx, actor, input.partnerType, partnerId);
    return {
      agreementId: input.agreementId,
      partnerId,
      kind: input.kind,
      ipIncomeKind: input.ipIncomeKind,
      partnerType: coded.type,
      partnerCountry: input.partnerCountry ?? coded.country,
      direct: input.direct,
      indirect: input.indirect,
      receivedOn: input.receivedOn,
      fiscalYear: fiscalYearOf(input.receivedOn),
      note: input.note,
    };
  }

  return {
    listAgreements: (actor: Actor) => selectAgreements(actor),

    async createAgreement(actor: Actor, input: TSurveyAgreementInput): Promise<TSurveyAgreement> {
      const id = await db.transaction(async (tx) => {
        const values = await agreementValues(tx, actor, input);
        const [row] = await tx
          .insert(surveyAgreements)
          .values({ ...values, institutionId: actor.institutionId, createdBy: actor.userId })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.agreement_recorded",
          entityType: "survey_agreement",
          entityId: row!.id,
          after: values,
          at: clock.now(),
        });
        return row!.id;
      });
      return agreementView(id, actor);
    },

    async updateAgreement(actor: Actor, id: string, version: number, input: TSurveyAgreementInput) {
      await db.transaction(async (tx) => {
        const before = await ownAgreement(tx, actor, id);
        if (!before) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        if (before.version !== version) {
          throw new DomainError("CONFLICT", "Someone else changed this agreement; reload", {
            currentVersion: before.version,
          });
        }
        const values = await agreementValues(tx, actor, input);
        await tx
          .update(surveyAgreements)
          .set({ ...values, version: before.version + 1 })
          .where(eq(surveyAgreements.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.agreement_updated",
          entityType: "survey_agreement",
          entityId: id,
          before,
          after: values,
          at: clock.now(),
        });
      });
      return agreementView(id, actor);
    },

    async deleteAgreement(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const before = await ownAgreement(tx, actor, id);
        if (!before) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        const [used] = await tx
          .select({ id: receipts.id })
          .from(receipts)
          .where(eq(receipts.agreementId, id))
          .limit(1);
        if (used) {
          throw new DomainError("CONFLICT", "The agreement has receipts; delete or move them first", {
            reason: "agreement_has_receipts",
          });
        }
        await tx.delete(surveyAgreements).where(eq(surveyAgreements.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.agreement_deleted",
          entityType: "survey_agreement",
          entityId: id,
          before,
          at: clock.now(),
        });
      });
    },

    async listReceipts(actor: Actor, fy: number): Promise<TReceipt[]> {
      const rows = await db
        .select({ r: receipts, agreementTitle: surveyAgreements.title, partnerName: partners.legalName })
        .from(receipts)
        .leftJoin(surveyAgreements, eq(surveyAgreements.id, receipts.agreementId))
        .leftJoin(partners, eq(partners.id, receipts.partnerId))
        .where(and(eq(receipts.institutionId, actor.institutionId), eq(receipts.fiscalYear, fy)))
        .orderBy(desc(receipts.receivedOn))
        .limit(5000);
      return rows.map(({ r, agreementTitle, partnerName }) => ({
        id: r.id,
        agreementId: r.agreementId,
        agreementTitle,
        partnerId: r.partnerId,
        partnerName,
        kind: r.kind as SurveyKind,
        ipIncomeKind: r.ipIncomeKind as IpIncomeKind | null,
        partnerType: r.partnerType as SurveyPartnerType,
        partnerCountry: r.partnerCountry,
        direct: r.direct,
        indirect: r.indirect,
        receivedOn: r.receivedOn,
        fiscalYear: r.fiscalYear,
        note: r.note,
      }));
    },

    async recordReceipt(actor: Actor, input: TReceiptInput): Promise<{ id: string }> {
      return db.transaction(async (tx) => {
        const values = await receiptValues(tx, actor, input);
        const [row] = await tx
          .insert(receipts)
          .values({ ...values, institutionId: actor.institutionId, createdBy: actor.userId })
          .returning({ id: receipts.id });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.receipt_recorded",
          entityType: "receipt",
          entityId: row!.id,
          after: values,
          at: clock.now(),
        });
        return { id: row!.id };
      });
    },

    async correctReceipt(actor: Actor, id: string, input: TReceiptInput) {
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(receipts)
          .where(and(eq(receipts.id, id), eq(receipts.institutionId, actor.institutionId)));
        if (!before) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        const values = await receiptValues(tx, actor, input);
        await tx.update(receipts).set(values).where(eq(receipts.id, id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.receipt_updated",
          entityType: "receipt",
          entityId: id,
          before,
          after: values,
          at: clock.now(),
        });
      });
    },

    async deleteReceipt(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const [before] = await tx
          .delete(receipts)
          .where(and(eq(receipts.id, id), eq(receipts.institutionId, actor.institutionId)))
          .returning();
        if (!before) {
          throw new DomainError("NOT_FOUND", "Not found");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.receipt_deleted",
          entityType: "receipt",
          entityId: id,
          before,
          at: clock.now(),
        });
      });
    },
  };
}
