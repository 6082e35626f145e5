import { z } from "zod";
import { foldForSearch } from "../partners/search-key";
import { compareDates, type IsoDate } from "../shared/dates";
import type { Decision, Reason } from "../shared/decision";
import { coiReason } from "./coi-rules";
import { DECLARATION_STATES, DECLARATION_TRIGGERS, DETERMINATIONS } from "./coi-schemas";
import { effectiveDeclarationState } from "./declaration-workflow";

/**
 * The case's COI gate (seed 001 §III.1; X2 replaced): it reads the committee's outcome for EVERY
 * researcher on the case, PI and members, never a flag the applicant sets. Closed while a declaration
 * is missing, awaiting the committee, returned or expired; while a newer declaration (a new interest) is
 * open; while an interest related to this case is undetermined, not permitted, or manageable without a
 * plan in force; and while an institutional conflict of the case's partner is undecided.
 */

const ZDate = z.iso.date();

export const ZResearcherCoi = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(["pi", "member"]),
  /** The newest approved (or expired) declaration, or the newest one at all when none was approved. */
  declaration: z
    .object({
      state: z.enum(DECLARATION_STATES),
      approvedOn: ZDate.nullable(),
      validUntil: ZDate.nullable(),
      /** The declared interests that relate to this case (by partner or by the declarant's link). */
      relatedInterests: z.array(
        z.object({
          interestId: z.string(),
          entity: z.string(),
          determination: z.enum(DETERMINATIONS).nullable(),
          planInForce: z.boolean(),
        }),
      ),
    })
    .nullable(),
  /** State of a declaration newer than the approved one (a new interest), if any. */
  newerOpen: z.enum(DECLARATION_STATES).nullable(),
  /** Profile items (interests) recorded after the approval date. */
  newProfileItems: z.array(z.string()),
  /**
   * Triggered declaration requests still open (J3: joined a case, applied for funding, a new outside
   * activity): each stays open until the committee approves a declaration submitted after it.
   */
  requested: z.array(z.object({ trigger: z.enum(DECLARATION_TRIGGERS), requestedOn: ZDate })).optional(),
});
export type ResearcherCoi = z.infer<typeof ZResearcherCoi>;

export const ZInstitutionalCoiFact = z.object({
  /** Register entries the case's partners match (their labels). */
  matches: z.array(z.string()),
  determination: z.enum(DETERMINATIONS).nullable(),
});

export const ZCaseCoiFacts = z.object({
  researchers: z.array(ZResearcherCoi),
  institutional: ZInstitutionalCoiFact,
});
export type CaseCoiFacts = z.infer<typeof ZCaseCoiFacts>;

function researcherReasons(r: ResearcherCoi, today: IsoDate): Reason[] {
  const who = `${r.role === "pi" ? "研究責任者" : "メンバー"} ${r.name}`;
  const d = r.declaration;
  // A requested declaration the researcher has not yet made shows as waiting on that request.
  const requested = (r.requested ?? []).map((q) => q.requestedOn).sort()[0];
  const missing = () =>
    requested
      ? [coiReason("GATE-COI-REQUESTED", `${who}、${requested}`)]
      : [coiReason("GATE-COI-MISSING", who)];
  if (d === null) {
    return missing();
  }
  const state = effectiveDeclarationState(d.state, d.validUntil, today);
  switch (state) {
    case "draft":
      return missing();
    case "submitted":
      return [coiReason("GATE-COI-PENDING", who)];
    case "returned":
      return [coiReason("GATE-COI-RETURNED", who)];
    case "expired":
      return [coiReason("GATE-COI-EXPIRED", `${who}、${d.validUntil ?? ""}`)];
    case "approved":
      break;
  }
  const out: Reason[] = requested ? [coiReason("GATE-COI-REQUESTED", `${who}、${requested}`)] : [];
  if (r.newerOpen !== null && r.newerOpen !== "approved" && r.newerOpen !== "expired") {
    out.push(coiReason("GATE-COI-NEW-INTEREST", who));
  } else if (r.newProfileItems.length > 0) {
    out.push(coiReason("GATE-COI-NEW-INTEREST", `${who}、${r.newProfileItems.length}件`));
  }
  // The reason names the researcher and a count, never the entity: the case's readers (coordinators,
  // partners' cases) see the outcome, not the declaration's content (issue 13 §11).
  const count = (rule: "GATE-COI-UNDETERMINED" | "GATE-COI-NOT-PERMITTED" | "GATE-COI-PLAN", n: number) => {
    if (n > 0) {
      out.push(coiReason(rule, `${who}、${n}件`));
    }
  };
  const rel = d.relatedInterests;
  count("GATE-COI-UNDETERMINED", rel.filter((i) => i.determination === null).length);
  count("GATE-COI-NOT-PERMITTED", rel.filter((i) => i.determination === "not_permitted").length);
  count("GATE-COI-PLAN", rel.filter((i) => i.determination === "manageable" && !i.planInForce).length);
  return out;
}

/** Reasons the COI gate is closed for the case (empty = open). */
export function caseCoiGate(facts: CaseCoiFacts, today: IsoDate): Reason[] {
  const out = facts.researchers.flatMap((r) => researcherReasons(r, today));
  // A case with nobody to declare (no PI yet) cannot pass: someone must own the research.
  if (facts.researchers.length === 0) {
    out.push(coiReason("GATE-COI-MISSING", "研究責任者が未設定"));
  }
  const inst = facts.institutional;
  if (inst.matches.length > 0) {
    if (inst.determination === null) {
      out.push(coiReason("GATE-COI-INSTITUTIONAL", inst.matches.join("、")));
    } else if (inst.determination === "not_permitted") {
      out.push(coiReason("GATE-COI-INSTITUTIONAL-DENIED", inst.matches.join("、")));
    }
  }
  return out;
}

export function caseCoiDecision(facts: CaseCoiFacts, today: IsoDate): Decision<"open" | "closed"> {
  const reasons = caseCoiGate(facts, today);
  return { outcome: reasons.length === 0 ? "open" : "closed", reasons, dataVersions: {} };
}

/** Whether an interest relates to a case: the declarant linked it, or it names one of the case's partners. */
export function interestRelatesToCase(
  interest: { partnerId: string | null; relatedCaseIds: string[] },
  caseId: string,
  partnerIds: string[],
): boolean {
  return (
    interest.relatedCaseIds.includes(caseId) ||
    (interest.partnerId !== null && partnerIds.includes(interest.partnerId))
  );
}

/** A management plan is in force from approval until closed; past-due monitoring only raises reminders. */
export function planInForce(
  plan: { status: "active" | "closed"; startsOn: IsoDate },
  today: IsoDate,
): boolean {
  return plan.status === "active" && compareDates(plan.startsOn, today) <= 0;
}

const interestKey = (i: { category: string; entity: string }) => `${i.category}|${foldForSearch(i.entity)}`;

/** A newer declaration brings a new interest when it lists one the approved declaration did not. */
export function hasNewInterest(
  approved: { category: string; entity: string }[],
  newer: { category: string; entity: string }[],
): boolean {
  const known = new Set(approved.map(interestKey));
  return newer.some((i) => !known.has(interestKey(i)));
}
