import type { TContact, TCreditCheck, TPartnerDetail, TPartnerSummary } from "@renkei/contract";
import {
  type ContactKind,
  type ContactVisibility,
  type CreditResult,
  type JapanPresence,
  japanContribution,
  type PartnerType,
  partnerRiskFlags,
  type SizeClass,
} from "@renkei/domain";
import type { contacts } from "../../db/schema";
import { isoInstant } from "../../lib/iso";
import type { loadPartnerRelations, PartnerRow } from "./partners.repo";

export function riskFlagsOf(row: PartnerRow, today: string) {
  return partnerRiskFlags(
    {
      foreignGovernmentControl: row.foreignGovControl,
      stateOwned: row.stateOwned,
      latestCredit: row.latestCreditResult
        ? { result: row.latestCreditResult as CreditResult, expiresOn: row.latestCreditExpiresOn }
        : null,
    },
    today,
  );
}

export function toSummary(row: PartnerRow, today: string): TPartnerSummary {
  return {
    id: row.id,
    institutionId: row.institutionId,
    legalName: row.legalName,
    nameEn: row.nameEn,
    nameRomanized: row.nameRomanized,
    type: row.type as PartnerType,
    country: row.country,
    riskFlags: riskFlagsOf(row, today),
    updatedAt: isoInstant(row.updatedAt),
  };
}

/** The snapshot written to the audit log: the partner's own fields, without derived ones. */
export function auditSnapshot(row: PartnerRow) {
  const { searchKey: _key, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

export function toContact(
  row: typeof contacts.$inferSelect,
  names: { users: Map<string, string>; people: Map<string, string> },
): TContact {
  return {
    id: row.id,
    partnerId: row.partnerId,
    kind: row.kind as ContactKind,
    occurredOn: row.occurredOn,
    title: row.title,
    summary: row.summary,
    visibility: row.visibility as ContactVisibility,
    staff: row.staffIds.map((id) => ({ id, displayName: names.users.get(id) ?? "?" })),
    people: row.personIds.map((id) => ({ id, name: names.people.get(id) ?? "?" })),
    createdBy: row.createdBy,
    createdAt: isoInstant(row.createdAt),
  };
}

export function toDetail(
  row: PartnerRow,
  rel: Awaited<ReturnType<typeof loadPartnerRelations>>,
  visibleContacts: TContact[],
  extras: { owner: { id: string; displayName: string } | null; readOnly: boolean; today: string },
): TPartnerDetail {
  const creditChecks: TCreditCheck[] = rel.creditRows.map(({ c, by }) => ({
    id: c.id,
    checkedBy: { id: c.checkedBy, displayName: by },
    checkedOn: c.checkedOn,
    sources: c.sources,
    result: c.result as CreditResult,
    expiresOn: c.expiresOn,
    notes: c.notes,
  }));
  return {
    id: row.id,
    institutionId: row.institutionId,
    version: row.version,
    legalName: row.legalName,
    nameEn: row.nameEn,
    nameRomanized: row.nameRomanized,
    aliases: row.aliases,
    type: row.type as PartnerType,
    country: row.country,
    corporateNumber: row.corporateNumber,
    parentName: row.parentName,
    controllingOwner: row.controllingOwner,
    foreignGovControl: row.foreignGovControl,
    stateOwned: row.stateOwned,
    japanPresence: row.japanPresence as JapanPresence,
    japanEmploys: row.japanEmploys,
    japanPaysTax: row.japanPaysTax,
    japanContribution: japanContribution({
      presence: row.japanPresence as JapanPresence,
      employs: row.japanEmploys,
      paysTax: row.japanPaysTax,
    }),
    operatingCountries: row.operatingCountries,
    applicableLaws: row.applicableLaws,
    originUniversity: row.originUniversity,
    sizeClass: row.sizeClass as SizeClass | null,
    website: row.website,
    owner: extras.owner,
    notes: row.notes,
    riskFlags: riskFlagsOf(row, extras.today),
    mergedIntoId: row.mergedIntoId,
    createdAt: isoInstant(row.createdAt),
    updatedAt: isoInstant(row.updatedAt),
    affiliations: rel.affiliationRows.map(({ a, personName }) => ({
      id: a.id,
      personId: a.personId,
      personName,
      partnerId: a.partnerId,
      partnerName: row.legalName,
      role: a.role,
      startedOn: a.startedOn,
      endedOn: a.endedOn,
    })),
    contacts: visibleContacts,
    creditChecks,
    readOnly: extras.readOnly,
  };
}
