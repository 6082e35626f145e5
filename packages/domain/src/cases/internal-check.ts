import { type Decision, type Reason, reason } from "../shared/decision";
import type { FundingSource } from "./case-schemas";
import { type CaseStage, type EmergingTechCategory, isTerminalStage, type ResearchArea } from "./case-types";

/** A collaboration as the internal check sees it: the new case, or an existing one. */
export interface CollaborationRef {
  caseId: string;
  title: string;
  stage: CaseStage;
  piUserId: string | null;
  participantUserIds: string[];
  field: { area: ResearchArea | null; emergingTech: EmergingTechCategory[] };
  partners: {
    partnerId: string;
    name: string;
    country: string;
    /** Business sectors; two different partners sharing one compete. */
    sectors: string[];
    /** Partners known to compete with this one, whatever their sectors. */
    competitorIds: string[];
  }[];
}

export interface InternalCheckFacts {
  candidate: CollaborationRef;
  existing: CollaborationRef[];
  /** §IV.2-2: the researcher's wish and capacity, confirmed with the researcher. */
  researcher: {
    wish: "willing" | "reluctant" | "unknown";
    capacityConfirmed: boolean;
    openCaseCount: number;
  };
  /** §IV.2-2: rights status of the basic patents the collaboration builds on. */
  basicPatents: { title: string; status: "not_filed" | "filed" | "granted"; bayhDole: boolean }[];
  /** §IV.2-2: other funding of the research (competitive grants, national projects). */
  otherFunding: FundingSource[];
  institutionCountry: string;
  /** Open cases per PI above which the check asks for review; `null` = no limit. */
  maxOpenCasesPerPi: number | null;
}

export type ConflictKind = "same_pi_competitor" | "same_field_competitor";

export interface Conflict {
  kind: ConflictKind;
  existingCaseId: string;
  partnerId: string;
  competingPartnerId: string;
  reason: Reason;
}

export type InternalCheckOutcome = "clear" | "review_required" | "blocked";

export interface InternalCheckResult extends Decision<InternalCheckOutcome> {
  conflicts: Conflict[];
  /** Reasons that block on their own (a subset of `reasons`). */
  blocking: Reason[];
  /** Things to know that do not change the outcome (Bayh-Dole IP, other grants). */
  notes: Reason[];
}

type Partner = CollaborationRef["partners"][number];

/** Two different partners compete when either names the other, or they share a business sector. */
export function partnersCompete(a: Partner, b: Partner): boolean {
  if (a.partnerId === b.partnerId) {
    return false;
  }
  return (
    a.competitorIds.includes(b.partnerId) ||
    b.competitorIds.includes(a.partnerId) ||
    a.sectors.some((s) => b.sectors.includes(s))
  );
}

function sameField(a: CollaborationRef["field"], b: CollaborationRef["field"]): boolean {
  return (a.area !== null && a.area === b.area) || a.emergingTech.some((t) => b.emergingTech.includes(t));
}

/**
 * Conflicts with open collaborations (seed 001 case 26 既存の共同研究とのバッティング): the same PI working
 * with a competitor of the new partner, or the same field with a competing partner.
 */
export function findConflicts(candidate: CollaborationRef, existing: CollaborationRef[]): Conflict[] {
  const out: Conflict[] = [];
  const pi = candidate.piUserId;
  for (const other of existing) {
    if (other.caseId === candidate.caseId || isTerminalStage(other.stage)) {
      continue;
    }
    const samePi = pi !== null && (other.piUserId === pi || other.participantUserIds.includes(pi));
    const field = sameField(candidate.field, other.field);
    if (!samePi && !field) {
      continue;
    }
    for (const mine of candidate.partners) {
      for (const theirs of other.partners.filter((t) => partnersCompete(mine, t))) {
        const kind: ConflictKind = samePi ? "same_pi_competitor" : "same_field_competitor";
        const text = samePi
          ? {
              ja: `研究責任者が「${other.title}」で ${mine.name} の競合 ${theirs.name} と連携中`,
              en: `The principal investigator works with ${theirs.name}, a competitor of ${mine.name}, on “${other.title}”`,
            }
          : {
              ja: `同じ分野の「${other.title}」で ${mine.name} の競合 ${theirs.name} と連携中`,
              en: `“${other.title}” in the same field works with ${theirs.name}, a competitor of ${mine.name}`,
            };
        out.push({
          kind,
          existingCaseId: other.caseId,
          partnerId: mine.partnerId,
          competingPartnerId: theirs.partnerId,
          reason: reason(`IC-${kind.toUpperCase().replaceAll("_", "-")}`, "seed001§V.case26", text),
        });
      }
    }
  }
  return out;
}

/**
 * The internal check of seed 001 §IV.2-2: conflicts with existing collaborations (case 26), the
 * researcher's wish and capacity, basic patents, and other funding. `blocked` when the researcher does
 * not want the collaboration or other funding forbids a foreign partner; `review_required` when
 * anything needs a department head's judgement (case 26 says such cases *may* be declined); else `clear`.
 */
export function checkInternal(facts: InternalCheckFacts): InternalCheckResult {
  const src = "seed001§IV.2-2";
  const conflicts = findConflicts(facts.candidate, facts.existing);
  const blocking: Reason[] = [];
  const review: Reason[] = conflicts.map((c) => c.reason);
  const notes: Reason[] = [];
  const r = facts.researcher;

  if (r.wish === "reluctant") {
    // Contract steps and legal compliance cannot be done without the researcher (§IV.2-2).
    blocking.push(
      reason("IC-WISH", src, "研究者が連携を希望していない", "The researcher does not wish to collaborate"),
    );
  } else if (r.wish === "unknown") {
    review.push(
      reason(
        "IC-WISH",
        src,
        "研究者の希望が確認されていない",
        "The researcher's wish has not been confirmed",
      ),
    );
  }
  if (!r.capacityConfirmed) {
    review.push(
      reason(
        "IC-CAPACITY",
        src,
        "研究者のキャパシティが確認されていない",
        "The researcher's capacity has not been confirmed",
      ),
    );
  }
  if (facts.maxOpenCasesPerPi !== null && r.openCaseCount >= facts.maxOpenCasesPerPi) {
    review.push(
      reason(
        "IC-CAPACITY",
        src,
        `研究責任者の進行中案件が ${r.openCaseCount} 件（上限 ${facts.maxOpenCasesPerPi}）`,
        `The principal investigator has ${r.openCaseCount} open cases (limit ${facts.maxOpenCasesPerPi})`,
      ),
    );
  }
  for (const p of facts.basicPatents) {
    if (p.status === "not_filed") {
      review.push(
        reason(
          "IC-PATENT",
          src,
          `基本特許「${p.title}」が未出願: 開示前に権利化を検討`,
          `Core patent “${p.title}” not yet filed: consider filing before disclosure`,
        ),
      );
    }
    if (p.bayhDole) {
      notes.push(
        reason(
          "IC-BAYH-DOLE",
          "seed001§II.3.1",
          `「${p.title}」は日本版バイ・ドール対象: 相手方への通知と国等の事前承認（法務・知財が記録）が契約の前に必要`,
          `“${p.title}” falls under the Japanese Bayh-Dole rule: notice to the partner and the state's prior approval (recorded by legal/IP) are needed before the contract`,
        ),
      );
    }
  }
  const foreign = facts.candidate.partners.some((p) => p.country !== facts.institutionCountry);
  for (const f of facts.otherFunding) {
    if (f.restrictsForeignCollaboration && foreign) {
      blocking.push(
        reason(
          "IC-FUNDING",
          "seed001§IV.1-2",
          `${f.funder}: 外国企業との連携に制約がある資金`,
          `${f.funder}: funding that restricts collaboration with foreign companies`,
        ),
      );
    } else if (f.kind === "competitive_grant" || f.kind === "government_commissioned") {
      notes.push(
        reason(
          "IC-FUNDING",
          src,
          `${f.funder}: 競争的資金等での研究状況を確認`,
          `${f.funder}: check the research done under competitive funding`,
        ),
      );
    }
  }
  const outcome: InternalCheckOutcome =
    blocking.length > 0 ? "blocked" : review.length > 0 ? "review_required" : "clear";
  return { outcome, reasons: [...blocking, ...review], blocking, notes, conflicts, dataVersions: {} };
}
