import { type Reason, reason } from "../shared/decision";
import { actsAs } from "./case-actor";
import type { CaseActor, CaseFacts } from "./case-schemas";

/** What each stage must have recorded before the case moves on (seed 001 §IV.2-1…8, §IV.3). */

/** Intake: who, with whom, what (seed 001 §IV.2-1 連携企業の探索 leads to a recorded request). */
export function intakeGate(facts: CaseFacts): Reason[] {
  const src = "seed001§IV.2-1";
  const out: Reason[] = [];
  if (facts.title.trim() === "") {
    out.push(reason("STAGE-INTAKE-TITLE", src, "件名がない", "No title"));
  }
  if (facts.piUserId === null) {
    out.push(
      reason(
        "STAGE-INTAKE-PI",
        src,
        "研究責任者が決まっていない",
        "No principal investigator has been named",
      ),
    );
  }
  if (facts.partners.length === 0) {
    out.push(reason("STAGE-INTAKE-PARTNER", src, "連携先が登録されていない", "No partner has been added"));
  }
  if (facts.departmentIds.length === 0) {
    out.push(reason("STAGE-INTAKE-DEPT", src, "部局が登録されていない", "No department has been added"));
  }
  if (facts.field.area === null) {
    out.push(
      reason("STAGE-INTAKE-FIELD", src, "研究分野が登録されていない", "No research field has been entered"),
    );
  }
  return out;
}

/**
 * Internal check (seed 001 §IV.2-2, case 26): recorded and not blocked; a result that needs review is
 * completed only by a department head of the case.
 */
export function internalCheckGate(facts: CaseFacts, actor: CaseActor): Reason[] {
  const src = "seed001§IV.2-2";
  const ic = facts.internalCheck;
  if (ic === null) {
    return [
      reason(
        "STAGE-IC-MISSING",
        src,
        "機関内での意向の確認が記録されていない",
        "The internal check has not been recorded",
      ),
    ];
  }
  if (ic.outcome === "blocked") {
    return [
      reason(
        "STAGE-IC-BLOCKED",
        "seed001§V.case26",
        "既存の連携との競合等により実施できない（不実施とする）",
        "It cannot go ahead because it conflicts with an existing collaboration (not to be pursued)",
      ),
    ];
  }
  if (ic.outcome === "review_required" && !actsAs(actor, "department_head", facts)) {
    return [
      reason(
        "STAGE-IC-REVIEW",
        "seed001§V.case26",
        "競合等の指摘あり: 部局長の確認が必要",
        "A conflict was raised: the department head must confirm",
      ),
    ];
  }
  return [];
}

/** Scheme design (seed 001 §IV.2-4): method, disclosure plan, related IP, return / risk, negotiables. */
export function schemeGate(facts: CaseFacts): Reason[] {
  const src = "seed001§IV.2-4";
  const s = facts.scheme;
  if (s === null) {
    return [
      reason(
        "STAGE-SCHEME-MISSING",
        src,
        "連携スキームが記録されていない",
        "The collaboration scheme has not been recorded",
      ),
    ];
  }
  const out: Reason[] = [];
  const need = (ok: boolean, ruleId: string, ja: string, en: string) => {
    if (!ok) {
      out.push(reason(ruleId, src, ja, en));
    }
  };
  need(
    s.methods.length > 0,
    "STAGE-SCHEME-METHOD",
    "連携方法が選ばれていない",
    "No collaboration method chosen",
  );
  need(
    s.relatedIpReviewed,
    "STAGE-SCHEME-IP",
    "関連する知的財産の確認が済んでいない",
    "Related intellectual property has not been reviewed",
  );
  need(
    s.returnRiskAnalysis.trim() !== "",
    "STAGE-SCHEME-RETURN-RISK",
    "リターン・リスク分析がない",
    "No return and risk analysis",
  );
  need(
    s.negotiablePoints.length > 0,
    "STAGE-SCHEME-NEGOTIABLE",
    "調整できる範囲が整理されていない",
    "The negotiable points have not been set out",
  );
  need(
    s.nonNegotiablePoints.length > 0,
    "STAGE-SCHEME-NON-NEGOTIABLE",
    "譲歩できない点が整理されていない",
    "The non-negotiable points have not been set out",
  );
  return out;
}

const PUBLIC_METHODS = new Set(["public_information_discussion", "public_information_consulting"]);

/**
 * Going on without an NDA is possible only when the scheme works on public information alone (seed 001
 * §IV.2-4 公知の情報の範囲で…): the method is public-information discussion or consulting, and nothing in
 * the plan is to be disclosed under an NDA or is a third party's secret.
 */
export function withoutNdaGate(facts: CaseFacts): Reason[] {
  const s = facts.scheme;
  const out: Reason[] = [];
  if (s === null || s.methods.length === 0 || !s.methods.every((m) => PUBLIC_METHODS.has(m))) {
    out.push(
      reason(
        "STAGE-NO-NDA-METHOD",
        "seed001§IV.2-4",
        "公知情報の範囲での連携方法ではない",
        "The collaboration is not limited to public information",
      ),
    );
  }
  const secret = (s?.disclosurePlan ?? []).filter(
    (i) => i.timing === "under_nda" || i.timing === "third_party_secret",
  );
  if (secret.length > 0) {
    out.push(
      reason(
        "STAGE-NO-NDA-SECRETS",
        "seed001§IV.2-5",
        `秘密保持契約の下で開示する予定の情報がある（${secret.length} 件）`,
        `Information is planned to be disclosed under a non-disclosure agreement (${secret.length})`,
      ),
    );
  }
  return out;
}

/** Negotiation (seed 001 §IV.2-5): partner researchers checked, third-party patents disclosed, roles agreed. */
export function negotiationGate(facts: CaseFacts): Reason[] {
  const src = "seed001§IV.2-5";
  const n = facts.negotiation;
  if (n === null) {
    return [reason("STAGE-NEG-MISSING", src, "交渉の記録がない", "No record of the negotiation")];
  }
  const out: Reason[] = [];
  if (!n.partnerResearchersReviewed) {
    out.push(
      reason(
        "STAGE-NEG-RESEARCHERS",
        src,
        "相手方の参加研究者の経歴・業績が確認されていない",
        "The partner's researchers' careers and achievements have not been checked",
      ),
    );
  }
  if (n.thirdPartyPatentsInvolved && !n.thirdPartyPatentDisclosureObtained) {
    out.push(
      reason(
        "STAGE-NEG-THIRD-PARTY-IP",
        src,
        "第三者の関連特許について具体的な開示を受けていない",
        "No specific disclosure of related third-party patents has been received",
      ),
    );
  }
  if (!n.rolesAgreed) {
    out.push(
      reason(
        "STAGE-NEG-ROLES",
        src,
        "相手企業の要望と自機関の役割の共通認識ができていない",
        "The partner's expectations and the institution's role have not been agreed",
      ),
    );
  }
  return out;
}

/** Research plan (seed 001 §IV.2-6, schedule items of §IV.2-7). */
export function researchPlanGate(facts: CaseFacts): Reason[] {
  const src = "seed001§IV.2-6";
  const p = facts.researchPlan;
  if (p === null) {
    return [
      reason(
        "STAGE-PLAN-MISSING",
        src,
        "研究計画が記録されていない",
        "The research plan has not been recorded",
      ),
    ];
  }
  const out: Reason[] = [];
  if (p.theme.trim() === "" || p.objectives.trim() === "") {
    out.push(reason("STAGE-PLAN-THEME", src, "研究題目・目的がない", "No research theme or objectives"));
  }
  if (p.startsOn > p.endsOn) {
    out.push(
      reason(
        "STAGE-PLAN-PERIOD",
        src,
        "研究期間の開始が終了より後",
        "The research period starts after it ends",
      ),
    );
  }
  if (p.milestones.length === 0) {
    out.push(reason("STAGE-PLAN-MILESTONES", "seed001§IV.2-7", "マイルストーンがない", "No milestones"));
  }
  const known = new Set(facts.participants.map((x) => x.participantId));
  const unknown = p.participantIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    out.push(
      reason(
        "STAGE-PLAN-PARTICIPANTS",
        src,
        `案件に登録されていない参加者: ${unknown.join(", ")}`,
        `Participants not registered on the case: ${unknown.join(", ")}`,
      ),
    );
  }
  return out;
}

/** Agreement confirmation and notice (seed 001 §IV.2-8). */
export function agreementGate(facts: CaseFacts): Reason[] {
  const src = "seed001§IV.2-8";
  const a = facts.agreementConfirmation;
  if (a === null) {
    return [
      reason(
        "STAGE-AGREE-MISSING",
        src,
        "合意内容の確認が記録されていない",
        "The confirmation of the agreement has not been recorded",
      ),
    ];
  }
  const out: Reason[] = [];
  if (!a.piConstraintsReviewed) {
    out.push(
      reason(
        "STAGE-AGREE-PI",
        src,
        "研究責任者の他の研究活動・知財活用への制約が確認されていない",
        "Limits on the principal investigator's other research and use of IP have not been checked",
      ),
    );
  }
  if (!a.conformsToInstitutionalRules) {
    out.push(
      reason(
        "STAGE-AGREE-RULES",
        src,
        "機関内の規定に則した条件か確認されていない",
        "It has not been checked that the terms follow the institution's rules",
      ),
    );
  }
  const briefed = new Set(a.briefedParticipantIds);
  for (const p of facts.participants.filter((x) => !briefed.has(x.participantId))) {
    out.push(
      reason(
        "STAGE-AGREE-BRIEFING",
        src,
        `${p.name}: 契約上の遵守事項の周知が済んでいない`,
        `${p.name}: has not been briefed on the contract's obligations`,
      ),
    );
  }
  return out;
}

/** Closing (seed 001 §IV.3; 表5 i for government-funded results; §IV.2-7 surviving confidentiality). */
export function closingGate(facts: CaseFacts): Reason[] {
  const c = facts.closing;
  if (c === null) {
    return [
      reason(
        "STAGE-CLOSE-MISSING",
        "seed001§IV.3",
        "終了手続の記録がない",
        "No record of the closing procedure",
      ),
    ];
  }
  const out: Reason[] = [];
  if (!c.finalReportReceived) {
    out.push(
      reason(
        "STAGE-CLOSE-REPORT",
        "seed001§IV.3",
        "最終報告を受領していない",
        "The final report has not been received",
      ),
    );
  }
  const government = facts.funding.some((f) => f.bayhDole || f.kind === "government_commissioned");
  if (government && !c.resultsReportedToFunder) {
    out.push(
      reason(
        "STAGE-CLOSE-BAYH-DOLE",
        "seed001§II.3.1",
        "政府資金の研究成果を国に報告していない（表5 i）",
        "Results of government-funded research have not been reported to the state (Table 5 i)",
      ),
    );
  }
  if (c.confidentialitySurvivesUntil === null && !c.noSurvivingConfidentiality) {
    out.push(
      reason(
        "STAGE-CLOSE-SURVIVAL",
        "seed001§IV.2-7",
        "終了後も存続する秘密保持義務の期限が記録されていない",
        "The end of the confidentiality duty that survives the project has not been recorded",
      ),
    );
  }
  const open = (facts.researchPlan?.milestones ?? []).filter((m) => m.completedOn === null && !m.cancelled);
  if (open.length > 0) {
    out.push(
      reason(
        "STAGE-CLOSE-MILESTONES",
        "seed001§V.case28",
        `未了のマイルストーン ${open.length} 件`,
        `${open.length} milestone(s) still open`,
      ),
    );
  }
  return out;
}
