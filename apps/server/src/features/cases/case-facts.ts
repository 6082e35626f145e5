import { type TDueDiligence, ZDueDiligence } from "@renkei/contract";
import {
  type CaseBayhDole,
  type CaseClassification,
  type CaseCoiFacts,
  type CaseFacts,
  type CaseKind,
  type CasePartner,
  type CasePolicy,
  type CaseStage,
  type ContractRedFlag,
  caseExportReview,
  classifyDestination,
  confirmedPartyHits,
  type EmergingTechCategory,
  type ExportReview,
  type FundingSource,
  type JapanPresence,
  type LicenceRecord,
  type Participant,
  type ParticipantKind,
  type PartnerProfileFacts,
  type PartyScreening,
  partyScreeningStatus,
  type ResearchArea,
  type Role,
  type Screening,
  type SubjectReview,
  selectRuleData,
  ZCaseFacts,
  ZExportScope,
} from "@renkei/domain";
import type { DbOrTx } from "../../db/client";
import { type CaseCoiSubject, loadCaseCoiFacts } from "../coi/coi-case-facts";
import { caseBayhDoleFacts, NO_BAYH_DOLE } from "../ip/ip-case-link";
import {
  type CaseExportReviewFact,
  classificationsOf,
  exportReviewsOf,
  type ScreeningSubject,
  screeningStatuses,
  subjectKey,
  toCaseScreening,
} from "./case-gate-facts";
import {
  type CasePartnerRow,
  type CaseRow,
  type CaseRows,
  loadCaseRows,
  type ParticipantRow,
} from "./cases.repo";

/**
 * Gathers the facts the domain's workflow needs (architecture §9 step 4: `loadForTransition`) from the
 * case's rows and the other features. The server never decides a gate itself: it computes facts and
 * hands them to `applyTransition` / `availableActions` / `caseBlockers`.
 */

export interface CaseBundle extends CaseRows {
  facts: CaseFacts;
  screening: Map<
    string,
    {
      screening: Screening;
      source: "registry" | "member" | "intake";
      /** Partners: a foreign government controls it per the ownership graph (issue 15 item 5). */
      foreignGovernmentControl?: boolean;
    }
  >;
  /** The newest 取引審査 of the case (the case page's summary line). */
  exportReview: CaseExportReviewFact | null;
  /** Every 取引審査 of the case, newest first, with the party each covers (issue 15). */
  exportReviews: CaseExportReviewFact[];
}

/** Who and what the COI gate looks at on a case (issue 13 §4): PI, members with accounts, partners. */
function coiSubjectOf(rows: CaseRows): CaseCoiSubject {
  return {
    caseId: rows.row.id,
    piUserId: rows.row.piUserId,
    members: rows.participants.map((p) => ({ userId: p.userId, kind: p.kind, name: p.name })),
    partners: rows.partners.map((p) => ({ partnerId: p.partnerId, name: p.legalName })),
  };
}

export function recordOf(rows: CaseRows, section: string): unknown {
  return rows.records.find((r) => r.section === section)?.data ?? null;
}

/** Registry subjects whose screening the gates need: partners, and participants who are registry people. */
export function screeningSubjects(rows: CaseRows): ScreeningSubject[] {
  return [
    ...rows.partners.map((p) => ({ kind: "partner" as const, id: p.partnerId })),
    ...rows.participants
      .filter((p) => p.personId !== null)
      .map((p) => ({ kind: "person" as const, id: p.personId as string })),
  ];
}

function destinationOf(country: string, policy: CasePolicy, today: string): CasePartner["destination"] {
  if (country === policy.institutionCountry) {
    return { group: null, unArmsEmbargo: false, concernCountry: false };
  }
  const d = classifyDestination(country, selectRuleData(today));
  return { group: d.group, unArmsEmbargo: d.unArmsEmbargo, concernCountry: d.concernCountry };
}

/** The partner's regions, contribution in Japan and spin-off origin (issue 17 item 1). */
function partnerProfileOf(
  p: CasePartnerRow,
  dd: TDueDiligence,
  policy: CasePolicy,
  today: string,
): PartnerProfileFacts {
  return {
    operatingRegions: (p.operatingCountries ?? [])
      .filter((c) => c !== p.country)
      .map((country) => ({ country, ...destinationOf(country, policy, today) })),
    applicableLaws: p.applicableLaws ?? "",
    japan: {
      presence: (p.japanPresence ?? "unknown") as JapanPresence,
      employs: p.japanEmploys ?? null,
      paysTax: p.japanPaysTax ?? null,
    },
    venture: p.type === "venture",
    originUniversity: p.originUniversity ?? null,
    originInquiry: dd.originInquiry ?? null,
  };
}

function exportReviewFact(fact: CaseExportReviewFact | null, licence: unknown): ExportReview | null {
  return fact ? caseExportReview(fact, fact.licence ?? (licence as LicenceRecord | null)) : null;
}

/** Each review as the gate reads it: the licence linked to the review, else the one on the case. */
function subjectReviews(reviews: CaseExportReviewFact[], caseLicence: unknown): SubjectReview[] {
  return reviews.map((r) => {
    const scope = ZExportScope.safeParse(r.decidedScope);
    return {
      reviewId: r.reviewId,
      refNo: r.refNo,
      subject: r.subject,
      review: exportReviewFact(r, caseLicence) as ExportReview,
      // A decision taken before scopes were recorded is not stale: it has nothing to compare with.
      decidedScope: scope.success ? scope.data : null,
    };
  });
}

/** Plan milestones carry the completion recorded in monitoring (closing checks them, seed 001 case 28). */
function planWithProgress(plan: unknown, rows: CaseRows): CaseFacts["researchPlan"] {
  if (plan === null) {
    return null;
  }
  const p = plan as NonNullable<CaseFacts["researchPlan"]>;
  const tracked = new Map(
    rows.monitoring.filter((m) => m.planMilestoneId !== null).map((m) => [m.planMilestoneId as string, m]),
  );
  return {
    ...p,
    milestones: p.milestones.map((m) => {
      const t = tracked.get(m.milestoneId);
      return t ? { ...m, completedOn: t.completedOn, cancelled: t.cancelled } : m;
    }),
  };
}

function residencyOf(r: string | null): "RESIDENT" | "NON_RESIDENT" | null {
  return r === "RESIDENT" || r === "NON_RESIDENT" ? r : null;
}

export function buildFacts(
  rows: CaseRows,
  screening: CaseBundle["screening"],
  reviews: CaseExportReviewFact[],
  classifications: CaseClassification[],
  policy: CasePolicy,
  today: string,
  coi: CaseCoiFacts,
  bayhDole: CaseBayhDole = NO_BAYH_DOLE,
): CaseFacts {
  const c: CaseRow = rows.row;
  const partners: CasePartner[] = rows.partners.map((p) => {
    const dd: TDueDiligence = ZDueDiligence.parse(p.dueDiligence);
    return {
      partnerId: p.partnerId,
      name: p.legalName,
      country: p.country,
      destination: destinationOf(p.country, policy, today),
      screening: screening.get(`partner:${p.partnerId}`)?.screening ?? toCaseScreening(undefined, today),
      credit:
        p.creditResult && p.creditCheckedOn
          ? {
              result: p.creditResult as "clear" | "caution" | "reject",
              checkedOn: p.creditCheckedOn,
              expiresOn: p.creditExpiresOn,
            }
          : null,
      ownership: {
        known: dd.ownershipKnown,
        foreignGovernmentControl:
          p.foreignGovControl || screening.get(`partner:${p.partnerId}`)?.foreignGovernmentControl === true,
        stateOwned: p.stateOwned,
        militaryAffiliation: dd.militaryAffiliation,
      },
      countryRules: dd.countryRules,
      reputationNotes: dd.reputationNotes,
      profile: partnerProfileOf(p, dd, policy, today),
    };
  });
  const participants: Participant[] = rows.participants.map((p) => ({
    participantId: p.id,
    name: p.name,
    kind: p.kind as ParticipantKind,
    userId: p.userId,
    screening: screening.get(`participant:${p.id}`)?.screening ?? toCaseScreening(undefined, today),
    student:
      p.kind === "student"
        ? {
            informedConsentOn: p.informedConsentOn,
            pledgeOn: p.pledgeOn,
            employedByInstitution: p.employedByInstitution,
          }
        : null,
    // The visitor / student intake's determination (issue 15, C9); no intake linked: unknown.
    intake: p.visitorId
      ? { residency: residencyOf(p.residency), tokutei: (p.tokutei ?? []).length > 0 }
      : null,
    receivesControlledTech: p.receivesControlledTech,
    external: p.personId !== null,
  }));
  const funding: FundingSource[] = rows.funding.map((f) => ({
    fundingId: f.id,
    kind: f.kind as FundingSource["kind"],
    funder: f.funder,
    bayhDole: f.bayhDole,
    restrictsForeignCollaboration: f.restrictsForeignCollaboration,
  }));
  const ic = recordOf(rows, "internal_check") as { result: { outcome: string }; recordedOn: string } | null;
  const facts: CaseFacts = {
    caseId: c.id,
    title: c.title,
    kind: c.kind as CaseKind,
    stage: c.stage as CaseStage,
    piUserId: c.piUserId,
    departmentIds: c.departmentIds,
    field: {
      area: c.fieldArea as ResearchArea | null,
      emergingTech: c.emergingTech as EmergingTechCategory[],
      keywords: c.keywords,
    },
    partners,
    participants,
    funding,
    coi,
    internalCheck: ic
      ? { outcome: ic.result.outcome as "clear" | "review_required" | "blocked", recordedOn: ic.recordedOn }
      : null,
    highRiskApproval:
      c.highRiskApprovedBy && c.highRiskApprovedOn
        ? { approvedByUserId: c.highRiskApprovedBy, approvedOn: c.highRiskApprovedOn }
        : null,
    scheme: recordOf(rows, "scheme") as CaseFacts["scheme"],
    ndas: rows.ndas.map((n) => ({
      ndaId: n.id,
      partnerIds: n.partnerIds,
      signedOn: n.signedOn,
      expiresOn: n.expiresOn,
      terminated: n.terminated,
    })),
    negotiation: recordOf(rows, "negotiation") as CaseFacts["negotiation"],
    researchPlan: planWithProgress(recordOf(rows, "research_plan"), rows),
    contractTerms: recordOf(rows, "contract_terms") as CaseFacts["contractTerms"],
    redFlagWaivers: rows.waivers.map((w) => ({
      flag: w.flag as ContractRedFlag,
      approvedByUserId: w.approvedBy,
      approvedByRole: w.approvedByRole as Role,
      justification: w.justification,
    })),
    agreementConfirmation: recordOf(rows, "agreement_confirmation") as CaseFacts["agreementConfirmation"],
    exportReview: exportReviewFact(reviews[0] ?? null, recordOf(rows, "export_licence")),
    exportReviews: subjectReviews(reviews, recordOf(rows, "export_licence")),
    classifications,
    bayhDole,
    nationalProject: recordOf(rows, "national_project") as CaseFacts["nationalProject"],
    contractSignedOn: c.contractSignedOn,
    closing: recordOf(rows, "closing") as CaseFacts["closing"],
  };
  // Stored JSON was validated on write; parsing again catches rows written by an older schema.
  return ZCaseFacts.parse(facts);
}

/**
 * Bundles (rows + facts) for the given cases: one query per table, one screening round trip for all
 * subjects and one for the cases' 取引審査.
 */
export async function loadCaseBundles(
  db: DbOrTx,
  institutionId: string,
  caseRows: CaseRow[],
  policy: CasePolicy,
  today: string,
): Promise<Map<string, CaseBundle>> {
  const rowsById = await loadCaseRows(db, caseRows);
  const subjects = [...rowsById.values()].flatMap(screeningSubjects);
  const unique = [...new Map(subjects.map((s) => [subjectKey(s), s])).values()];
  const statuses = await screeningStatuses(db, institutionId, unique, today);
  const reviews = await exportReviewsOf(db, institutionId, [...rowsById.keys()]);
  const cited = [...rowsById.values()].flatMap((rows) => citedClassifications(rows));
  const classifications = await classificationsOf(db, institutionId, cited);
  const coi = await loadCaseCoiFacts(db, institutionId, [...rowsById.values()].map(coiSubjectOf), today);
  const bayhDole = await caseBayhDoleFacts(db, institutionId, [...rowsById.keys()]);
  const out = new Map<string, CaseBundle>();
  for (const [id, rows] of rowsById) {
    const screening: CaseBundle["screening"] = new Map();
    for (const p of rows.partners) {
      const s = statuses.get(`partner:${p.partnerId}`);
      screening.set(`partner:${p.partnerId}`, {
        screening: toCaseScreening(s?.status, today, s?.hits),
        source: "registry",
        foreignGovernmentControl: s?.foreignGovernmentControl === true,
      });
    }
    for (const p of rows.participants) {
      screening.set(`participant:${p.id}`, participantScreening(p, statuses, today));
    }
    const caseReviews = reviews.get(id) ?? [];
    const mine = new Set(citedClassifications(rows));
    out.set(id, {
      ...rows,
      screening,
      exportReview: caseReviews[0] ?? null,
      exportReviews: caseReviews,
      facts: buildFacts(
        rows,
        screening,
        caseReviews,
        classifications.filter((c) => mine.has(c.classificationId)),
        policy,
        today,
        coi.get(id)!,
        bayhDole.get(id),
      ),
    });
  }
  return out;
}

/** The 該非判定 ids the case's disclosure items cite (issue 15, C9). */
function citedClassifications(rows: CaseRows): string[] {
  const scheme = recordOf(rows, "scheme") as {
    disclosurePlan?: { classificationId?: string | null }[];
  } | null;
  return (scheme?.disclosurePlan ?? []).flatMap((i) => (i.classificationId ? [i.classificationId] : []));
}

/**
 * A participant's screening: a registry person's from the registry; a member with a visitor / student
 * intake from the intake's screening (issue 15: members are no longer taken as clear when an intake
 * says who they are); other members are not screened per case.
 */
function participantScreening(
  p: ParticipantRow,
  statuses: Awaited<ReturnType<typeof screeningStatuses>>,
  today: string,
): { screening: Screening; source: "registry" | "member" | "intake" } {
  if (p.personId) {
    const s = statuses.get(`person:${p.personId}`);
    return { screening: toCaseScreening(s?.status, today, s?.hits), source: "registry" };
  }
  if (p.visitorId) {
    const intake = p.visitorScreening as PartyScreening | null;
    const status = partyScreeningStatus(intake);
    return {
      screening: toCaseScreening(
        status === "pending_review" ? "pending_review" : status,
        today,
        confirmedPartyHits(intake),
      ),
      source: "intake",
    };
  }
  return { screening: toCaseScreening("clear", today), source: "member" };
}

export async function loadCaseBundle(
  db: DbOrTx,
  institutionId: string,
  row: CaseRow,
  policy: CasePolicy,
  today: string,
): Promise<CaseBundle> {
  const map = await loadCaseBundles(db, institutionId, [row], policy, today);
  return map.get(row.id) as CaseBundle;
}
