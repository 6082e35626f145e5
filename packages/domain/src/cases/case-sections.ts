import { type Reason, reason } from "../shared/decision";
import { CASE_STAGE_LABELS } from "./case-labels";
import { CASE_STAGES, type CaseStage, isTerminalStage } from "./case-types";

/**
 * Parts of a case file, and the stages in which each may still be changed. A record made for a step is
 * edited while that step runs (seed 001 §IV.2 gives each step its own decision), so what was agreed
 * before a later gate cannot change silently afterwards; going back is an explicit transition
 * (`revise_scheme`, `revise_terms`). Closed, declined and withdrawn cases are read-only: the file is
 * kept as it was for inspection (seed 001 §IV.3 記録を保存).
 */
export const CASE_SECTIONS = [
  "core",
  "partners",
  "due_diligence",
  "participants",
  "funding",
  "internal_check",
  "scheme",
  "ndas",
  "negotiation",
  "research_plan",
  "contract_terms",
  "waivers",
  "agreement_confirmation",
  "export_licence",
  "national_project",
  "closing",
  "monitoring",
  "quotation",
  "disclosures",
  "collaboration",
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

const OPEN = CASE_STAGES.filter((s) => !isTerminalStage(s));
const upTo = (last: CaseStage): CaseStage[] => OPEN.slice(0, OPEN.indexOf(last) + 1);
const from = (first: CaseStage): CaseStage[] => OPEN.slice(OPEN.indexOf(first));

export const SECTION_STAGES: Record<CaseSection, readonly CaseStage[]> = {
  core: OPEN,
  // Partners are fixed before the NDA is signed with them (seed 001 §IV.2-5); a new partner goes back
  // through scheme design (revise_scheme) so it is screened and covered by an NDA.
  partners: upTo("scheme_design"),
  // Due-diligence facts may be corrected until the final export-control and risk review (§IV.2-9).
  due_diligence: upTo("export_risk_review"),
  // People join and leave while the case runs; the student gate applies on every addition.
  participants: OPEN,
  funding: upTo("export_risk_review"),
  internal_check: ["internal_check"],
  scheme: ["scheme_design"],
  ndas: OPEN,
  negotiation: ["negotiation"],
  // §IV.2-7: the plan is settled together with the terms (研究計画の立案と合わせて).
  research_plan: ["research_plan", "contract_terms"],
  contract_terms: ["contract_terms"],
  waivers: ["contract_terms", "agreement_confirmation", "export_risk_review"],
  agreement_confirmation: ["agreement_confirmation"],
  // A licence may be granted or renewed while the review is open and while the work runs.
  export_licence: from("export_risk_review"),
  national_project: upTo("export_risk_review"),
  closing: ["closing"],
  monitoring: ["active", "closing"],
  quotation: upTo("export_risk_review"),
  disclosures: OPEN,
  collaboration: OPEN,
};

/** Why `section` cannot be changed in `stage`; empty when it can. */
export function sectionEditReasons(stage: CaseStage, section: CaseSection): Reason[] {
  if (SECTION_STAGES[section].includes(stage)) {
    return [];
  }
  if (isTerminalStage(stage)) {
    return [
      reason(
        "CASE-EDIT-CLOSED",
        "seed001§IV.3",
        `「${CASE_STAGE_LABELS[stage].ja}」の案件は記録として保存され、変更できない`,
        `A case at “${CASE_STAGE_LABELS[stage].en}” is kept as a record and cannot be changed`,
      ),
    ];
  }
  const allowed = SECTION_STAGES[section].map((s) => CASE_STAGE_LABELS[s]);
  return [
    reason(
      "CASE-EDIT-STAGE",
      "seed001§IV.2",
      `現在の段階（${CASE_STAGE_LABELS[stage].ja}）では変更できない（変更できる段階: ${allowed.map((l) => l.ja).join("・")}）`,
      `Cannot be changed at the current stage (${CASE_STAGE_LABELS[stage].en}); it can be changed at: ${allowed.map((l) => l.en).join(", ")}`,
    ),
  ];
}
