import { compareDates, type IsoDate } from "../shared/dates";
import type { Decision } from "../shared/decision";
import { coiReason } from "./coi-rules";
import type { CoiProfile, DeclarationKind, DeclarationTrigger } from "./coi-schemas";
import { profileItemsRecordedAfter } from "./self-check";

/** The researcher's newest approved declaration, as the trigger rules need it. */
export interface ApprovedDeclarationSummary {
  approvedOn: IsoDate;
  validUntil: IsoDate;
  /** Registry partners the declared interests name, and the cases the committee determined them for. */
  interestPartnerIds: string[];
  determinedCaseIds: string[];
}

export interface TriggerInput {
  trigger: DeclarationTrigger;
  /** For `joined_case`: the case joined and its partners; a declared interest in one needs a determination. */
  joinedCase?: { caseId: string; partnerIds: string[] } | null;
  approved: ApprovedDeclarationSummary | null;
  /** An open (draft / submitted / returned) declaration already exists. */
  openDeclaration: boolean;
  profile: CoiProfile;
  today: IsoDate;
}

function touchesUndetermined(a: ApprovedDeclarationSummary, c: { caseId: string; partnerIds: string[] }) {
  return (
    !a.determinedCaseIds.includes(c.caseId) && c.partnerIds.some((p) => a.interestPartnerIds.includes(p))
  );
}

/**
 * Whether an event needs a new declaration, and of which kind (seed 000 審議経過 periodic cycle; J3
 * triggers: joining a case, a funding application, a new outside activity). An already open declaration
 * absorbs the trigger: the researcher completes that one.
 */
export function declarationRequired(i: TriggerInput): Decision<"required" | "not_required"> & {
  kind: DeclarationKind | null;
} {
  const current = i.approved !== null && compareDates(i.today, i.approved.validUntil) <= 0;
  if (i.trigger === "cycle") {
    return {
      outcome: "required",
      kind: "periodic",
      reasons: [coiReason("COI-TRIG-CYCLE")],
      dataVersions: {},
    };
  }
  const newItems = current ? profileItemsRecordedAfter(i.profile, i.approved!.approvedOn) : [];
  const reasons = [];
  if (!current) {
    const rule =
      i.trigger === "funding_application"
        ? "COI-TRIG-FUNDING"
        : i.trigger === "joined_case"
          ? "COI-TRIG-CASE"
          : "COI-TRIG-ACTIVITY";
    reasons.push(coiReason(rule));
  } else if (newItems.length > 0) {
    reasons.push(coiReason("COI-TRIG-ACTIVITY", newItems.join("、")));
  } else if (i.joinedCase && touchesUndetermined(i.approved!, i.joinedCase)) {
    reasons.push(coiReason("COI-TRIG-CASE"));
  }
  if (reasons.length === 0 || i.openDeclaration) {
    return {
      outcome: "not_required",
      kind: null,
      reasons: reasons.length === 0 ? [coiReason("COI-TRIG-NONE")] : reasons,
      dataVersions: {},
    };
  }
  return { outcome: "required", kind: "triggered", reasons, dataVersions: {} };
}
