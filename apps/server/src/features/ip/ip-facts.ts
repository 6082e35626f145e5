import type { TInventionDetail } from "@renkei/contract";
import {
  type AgreementKind,
  type BayhDoleFacts,
  type BayhDolePolicy,
  type BayhDoleRecordKind,
  bayhDoleBlockers,
  bayhDoleNotes,
  bayhDoleObligations,
  decisionBlockers,
  determineLicence,
  disclosureStage,
  expectedIncome,
  type FilingDates,
  type FilingKind,
  type FinancialTerms,
  filingDeadlines,
  type IncomeKind,
  type InventionCategory,
  type InventorShare,
  incomeByFiscalYear,
  type LicencePolicy,
  type LicenceProposal,
  type Role,
  type SecrecyFacts,
  type SecrecyResult,
  type SecrecyReviewStatus,
  secrecyGate,
} from "@renkei/domain";
import { isoInstant } from "../../lib/iso";
import { type InventionRows, reviewStatusOf } from "./ip.repo";

/** Facts for the domain from stored rows, and the detail view the API returns. The server decides nothing. */

type FilingRow = InventionRows["filings"][number];
type AgreementRow = InventionRows["agreements"][number];

export function filingDates(f: FilingRow): FilingDates {
  return {
    kind: f.kind as FilingKind,
    country: f.country,
    filedOn: f.filedOn,
    priorityDate: f.priorityDate,
    examinationRequestedOn: f.examinationRequestedOn,
    registeredOn: f.registeredOn,
    paidThroughYear: f.paidThroughYear,
  };
}

/** Deadlines still to meet: none once the application is abandoned or expired. */
export function openDeadlines(f: FilingRow) {
  return f.status === "abandoned" || f.status === "expired" ? [] : filingDeadlines(filingDates(f));
}

export function secrecyFacts(rows: InventionRows): SecrecyFacts {
  const latest = rows.secrecy[0];
  const jp = rows.filings.filter(
    (f) => f.kind === "jp" || (f.kind === "national_phase" && f.country === "JP"),
  );
  return {
    check: latest
      ? {
          result: latest.result as SecrecyResult,
          on: latest.checkedOn,
          recordedByRole: latest.recordedRole as Role,
        }
      : null,
    reviewStatus: reviewStatusOf(rows),
    jpFiledOn: jp.map((f) => f.filedOn).sort()[0] ?? null,
  };
}

export function bayhDoleFacts(rows: InventionRows): BayhDoleFacts {
  return {
    bayhDole: rows.row.bayhDole,
    firstFiledOn: rows.filings.map((f) => f.filedOn).sort()[0] ?? null,
    agreements: rows.agreements
      .filter((a) => a.status !== "terminated")
      .map((a) => ({
        id: a.id,
        kind: a.kind as AgreementKind,
        optionGrantsExclusive: a.optionGrantsExclusive,
        signedOn: a.signedOn,
      })),
    jointResearchCaseIds: rows.row.backgroundCaseIds,
    records: rows.bayhDole
      .filter((r) => r.withdrawnAt === null)
      .map((r) => ({
        kind: r.kind as BayhDoleRecordKind,
        subjectId: r.agreementId ?? r.caseId,
        on: r.actedOn,
        recordedByRole: r.recordedRole as Role,
      })),
  };
}

export function licenceProposal(
  a: Pick<
    AgreementRow,
    | "kind"
    | "optionGrantsExclusive"
    | "counterpartyCountry"
    | "counterpartyIsCoOwner"
    | "exceptionIds"
    | "exceptionApprovedRole"
    | "exceptionApprovedOn"
  >,
): LicenceProposal {
  return {
    kind: a.kind as AgreementKind,
    optionGrantsExclusive: a.optionGrantsExclusive,
    licenseeCountry: a.counterpartyCountry,
    licenseeIsCoOwner: a.counterpartyIsCoOwner,
    exceptionIds: a.exceptionIds,
    approval:
      a.exceptionApprovedRole && a.exceptionApprovedOn
        ? { role: a.exceptionApprovedRole as Role, on: a.exceptionApprovedOn }
        : null,
  };
}

export function inventorShares(rows: InventionRows): InventorShare[] {
  return rows.inventors.map((i) => ({
    userId: i.userId,
    name: i.name,
    shareBp: i.shareBp,
    confirmedOn: i.confirmedAt,
  }));
}

const user = (names: Map<string, string>, id: string | null) =>
  id ? { id, displayName: names.get(id) ?? "—" } : null;

export function inventionDetail(
  rows: InventionRows,
  names: Map<string, string>,
  policy: { licence: LicencePolicy; bayhDole: BayhDolePolicy },
  today: string,
): TInventionDetail {
  const r = rows.row;
  const bd = bayhDoleFacts(rows);
  const obligations = bayhDoleObligations(bd, today, policy.bayhDole);
  const sf = secrecyFacts(rows);
  const latest = rows.secrecy[0];
  const shares = inventorShares(rows);
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    summary: r.summary,
    field: r.field,
    caseId: r.caseId,
    backgroundCaseIds: r.backgroundCaseIds,
    agreementRef: r.agreementRef,
    version: r.version,
    stage: disclosureStage(shares, r.category as InventionCategory | null),
    category: r.category as InventionCategory | null,
    institutionTakes: r.institutionTakes,
    decidedBy: user(names, r.decidedBy),
    decidedOn: r.decidedOn,
    decisionNote: r.decisionNote,
    decisionBlockers: decisionBlockers(shares),
    bayhDole: r.bayhDole,
    createdBy: user(names, r.createdBy),
    createdAt: isoInstant(r.createdAt),
    inventors: rows.inventors.map((i) => ({
      id: i.id,
      userId: i.userId,
      name: i.name,
      affiliation: i.affiliation,
      sharePercent: i.shareBp / 100,
      confirmedAt: i.confirmedAt ? isoInstant(i.confirmedAt) : null,
    })),
    funding: rows.funding.map((f) => ({
      kind: f.kind as TInventionDetail["funding"][number]["kind"],
      funder: f.funder,
      programme: f.programme,
      bayhDole: f.bayhDole,
    })),
    secrecy: {
      latest: latest
        ? {
            result: latest.result as SecrecyResult,
            reviewStatus: latest.reviewStatus as SecrecyReviewStatus,
            checkedOn: latest.checkedOn,
            evidence: latest.evidence,
            recordedBy: user(names, latest.recordedBy),
          }
        : null,
      foreignFiling: secrecyGate("foreign_filing", sf, today),
      publication: secrecyGate("publication", sf, today),
    },
    filings: rows.filings.map((f) => ({
      id: f.id,
      version: f.version,
      kind: f.kind as FilingKind,
      country: f.country,
      applicationNo: f.applicationNo,
      filedOn: f.filedOn,
      priorityDate: f.priorityDate,
      examinationRequestedOn: f.examinationRequestedOn,
      registeredOn: f.registeredOn,
      patentNo: f.patentNo,
      paidThroughYear: f.paidThroughYear,
      status: f.status as TInventionDetail["filings"][number]["status"],
      coOwners: f.coOwners as TInventionDetail["filings"][number]["coOwners"],
      costNote: f.costNote,
      deadlines: openDeadlines(f),
    })),
    agreements: rows.agreements.map((a) => {
      const terms = a.terms as FinancialTerms;
      const forecast = a.forecast as { fiscalYear: number; netSales: number }[];
      return {
        id: a.id,
        version: a.version,
        kind: a.kind as AgreementKind,
        partnerId: a.partnerId,
        counterpartyName: a.counterpartyName,
        counterpartyCountry: a.counterpartyCountry,
        counterpartyIsCoOwner: a.counterpartyIsCoOwner,
        optionGrantsExclusive: a.optionGrantsExclusive,
        territory: a.territory,
        fieldOfUse: a.fieldOfUse,
        exceptionIds: a.exceptionIds,
        exceptionReason: a.exceptionReason,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        terms,
        forecast,
        caseId: a.caseId,
        status: a.status as "draft" | "signed" | "terminated",
        signedOn: a.signedOn,
        exceptionApproval:
          a.exceptionApprovedOn && a.exceptionApprovedRole
            ? {
                by: user(names, a.exceptionApprovedBy),
                role: a.exceptionApprovedRole,
                on: a.exceptionApprovedOn,
              }
            : null,
        determination: determineLicence(licenceProposal(a), policy.licence),
        bayhDoleBlockers: bayhDoleBlockers(obligations, a.id),
        expectedIncome: expectedIncome(terms, forecast),
        income: rows.income
          .filter((i) => i.agreementId === a.id)
          .map((i) => ({
            id: i.id,
            kind: i.kind as IncomeKind,
            amount: i.amount,
            receivedOn: i.receivedOn,
            periodFrom: i.periodFrom,
            periodTo: i.periodTo,
            netSales: i.netSales,
            note: i.note,
            recordedBy: user(names, i.recordedBy),
            recordedAt: isoInstant(i.recordedAt),
          })),
      };
    }),
    bayhDoleRecords: rows.bayhDole.map((b) => ({
      id: b.id,
      kind: b.kind as BayhDoleRecordKind,
      agreementId: b.agreementId,
      caseId: b.caseId,
      actedOn: b.actedOn,
      evidence: b.evidence,
      note: b.note,
      recordedBy: user(names, b.recordedBy),
      recordedAt: isoInstant(b.recordedAt),
      withdrawnAt: b.withdrawnAt ? isoInstant(b.withdrawnAt) : null,
    })),
    bayhDoleObligations: obligations,
    bayhDoleNotes: bayhDoleNotes(bd, today, policy.bayhDole),
    incomeByFiscalYear: incomeByFiscalYear(
      rows.income.map((i) => ({ kind: i.kind as IncomeKind, amount: i.amount, receivedOn: i.receivedOn })),
    ),
  };
}

/** Every user id a detail view names. */
export function namedUsers(rows: InventionRows): (string | null)[] {
  return [
    rows.row.createdBy,
    rows.row.decidedBy,
    ...rows.secrecy.map((s) => s.recordedBy),
    ...rows.agreements.map((a) => a.exceptionApprovedBy),
    ...rows.income.map((i) => i.recordedBy),
    ...rows.bayhDole.map((b) => b.recordedBy),
  ];
}
