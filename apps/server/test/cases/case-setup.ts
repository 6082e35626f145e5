import { eq } from "drizzle-orm";
import { caseNdas, caseStageRecords, cases } from "../../src/db/schema";
import { seedId } from "../../src/db/seed/seed-ids";
import { type createTestApp, samplePartner, type TestUser } from "../harness";

/**
 * Setup for case integration tests. Cases are created through the API; a case that must start in a
 * later stage is placed there by writing its rows directly (test setup, like demo data) — the gates
 * under test are then exercised through the API.
 */

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export const ENGINEERING = seedId("department", 0);
export const SCIENCE = seedId("department", 1);

let partnerCount = 0;

export async function newPartner(user: TestUser, overrides: Record<string, unknown> = {}): Promise<string> {
  partnerCount++;
  const res = await user.post("/api/v1/partners", {
    ...samplePartner,
    legalName: `Versuchswerk ${partnerCount} GmbH`,
    nameEn: `Versuchswerk ${partnerCount}`,
    nameRomanized: null,
    aliases: [],
    country: "DE",
    corporateNumber: null,
    ...overrides,
  });
  if (res.status !== 201) {
    throw new Error(`partner: ${res.status} ${res.text}`);
  }
  return res.json.id;
}

export async function newCase(
  user: TestUser,
  piUserId: string,
  partnerIds: string[],
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await user.post("/api/v1/cases", {
    kind: "joint_research",
    title: "次世代電池材料の共同研究",
    piUserId,
    departmentIds: [ENGINEERING],
    field: { area: "nanotech_materials", emergingTech: [], keywords: ["battery"] },
    partnerIds,
    ...overrides,
  });
  if (res.status !== 201) {
    throw new Error(`case: ${res.status} ${res.text}`);
  }
  return res.json.id;
}

export const SCHEME = {
  methods: ["full_collaboration"],
  disclosurePlan: [
    {
      itemId: "i-pub",
      description: "論文",
      timing: "public",
      level: 1,
      exportControlled: false,
      thirdPartyConsent: false,
    },
    {
      itemId: "i-nda",
      description: "予備データ",
      timing: "under_nda",
      level: 1,
      exportControlled: false,
      thirdPartyConsent: false,
    },
    {
      itemId: "i-after",
      description: "合成条件",
      timing: "after_contract",
      level: 2,
      exportControlled: false,
      thirdPartyConsent: false,
    },
  ],
  relatedIpReviewed: true,
  returnRiskAnalysis: "資金獲得と材料データの流出リスク",
  negotiablePoints: ["公表前の通知期間"],
  nonNegotiablePoints: ["第三国での仲裁"],
};

export const NEGOTIATION = {
  partnerResearchersReviewed: true,
  thirdPartyPatentsInvolved: false,
  thirdPartyPatentDisclosureObtained: false,
  rolesAgreed: true,
};

export function researchPlan(participantIds: string[] = []) {
  return {
    theme: "次世代電池材料",
    objectives: "高容量化",
    startsOn: "2027-01-01",
    endsOn: "2028-12-31",
    milestones: [
      {
        milestoneId: "m-1",
        title: "候補材料の選定",
        dueOn: "2027-06-30",
        completedOn: null,
        cancelled: false,
      },
    ],
    participantIds,
  };
}

/** A quotation for a partner that asked for quarterly URA reports (seed 001 case 23 ①). */
export const QUARTERLY_QUOTATION = {
  partnerName: "Versuchswerk GmbH",
  issuedOn: "2026-11-21",
  validDays: 30,
  directCosts: [{ label: "試薬", category: "consumables", amountYen: 1_000_000 }],
  personnel: [],
  partnerWantsQuarterlyUraReports: true,
  contractLanguage: "ja",
  strategicAmountYen: null,
};

export const TERMS = {
  researchTheme: { title: "次世代電池材料", purpose: "高容量化", content: "材料探索と評価" },
  researchers: {
    piNamed: true,
    researchersListed: true,
    studentsParticipate: false,
    visitingResearchersParticipate: false,
  },
  places: ["工学部 3 号館"],
  period: { startsOn: "2027-01-01", endsOn: "2028-12-31" },
  costs: { amountYen: 12_000_000, paymentTerms: "前払い", equipmentOwnership: "大学" },
  facilities: [],
  informationToProvide: { items: ["試料"], confidentialInformationDefined: true },
  schedule: { milestonesDefined: true, rolesDefined: true },
  confidentiality: { termYears: 5, survivalYearsAfterTermination: 3 },
  knowHow: { designated: true, secrecyYears: 5 },
  results: {
    ownership: "joint",
    assignmentToPartner: false,
    exclusiveLicenceToPartner: false,
    ipCostsAllocated: true,
  },
  assignment: { priorConsentRequired: true },
  antiSocialForcesClause: true,
  damages: { capped: true },
  governingLaw: "JP",
  jurisdiction: { method: "arbitration", seatCountry: "SG" },
  publication: { maxDelayDays: 60, partnerVeto: false },
  personnelExclusions: { allForeign: false, nationalities: [] },
  language: "en",
};

export function agreement(participantIds: string[] = []) {
  return {
    piConstraintsReviewed: true,
    conformsToInstitutionalRules: true,
    briefedParticipantIds: participantIds,
  };
}

/** Puts a case in `stage` with the given records (rows written directly; see the file comment). */
export async function placeCase(
  t: TestApp,
  caseId: string,
  stage: string,
  records: Record<string, unknown> = {},
  extra: Partial<typeof cases.$inferInsert> = {},
) {
  const [row] = await t.deps.db.select().from(cases).where(eq(cases.id, caseId));
  for (const [section, data] of Object.entries(records)) {
    await t.deps.db
      .insert(caseStageRecords)
      .values({ caseId, section, institutionId: row!.institutionId, data })
      .onConflictDoUpdate({ target: [caseStageRecords.caseId, caseStageRecords.section], set: { data } });
  }
  await t.deps.db
    .update(cases)
    .set({ stage, ...extra })
    .where(eq(cases.id, caseId));
}

export async function addNda(t: TestApp, caseId: string, partnerIds: string[], signedOn = "2026-10-01") {
  const [row] = await t.deps.db.select().from(cases).where(eq(cases.id, caseId));
  await t.deps.db
    .insert(caseNdas)
    .values({ caseId, institutionId: row!.institutionId, partnerIds, signedOn, expiresOn: "2029-09-30" });
}

/** A case at the export-control review, every earlier stage's record in place and an NDA with the partner. */
export async function caseAtExportReview(
  t: TestApp,
  user: TestUser,
  piUserId: string,
  partnerId: string,
): Promise<string> {
  const id = await newCase(user, piUserId, [partnerId]);
  await placeCase(t, id, "export_risk_review", {
    scheme: SCHEME,
    negotiation: NEGOTIATION,
    research_plan: researchPlan(),
    contract_terms: TERMS,
    agreement_confirmation: agreement(),
  });
  await addNda(t, id, [partnerId]);
  return id;
}

/** A partner screened clear on registration, with a current credit check (seed 001 §IV.2-3). */
export async function checkedPartner(user: TestUser): Promise<string> {
  const id = await newPartner(user);
  const credit = await user.post(`/api/v1/partners/${id}/credit-checks`, {
    checkedOn: "2026-10-01",
    sources: "信用調査会社レポート（架空）",
    result: "clear",
    expiresOn: "2027-09-30",
  });
  if (credit.status !== 201) {
    throw new Error(`credit check: ${credit.status} ${credit.text}`);
  }
  return id;
}

export function ruleIds(res: {
  json: { error?: { details?: { reasons?: { ruleId: string }[] } } };
}): string[] {
  return (res.json.error?.details?.reasons ?? []).map((r) => r.ruleId);
}
