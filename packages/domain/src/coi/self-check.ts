import { compareDates, type IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { coiReason } from "./coi-rules";
import {
  type CoiProfile,
  type Interest,
  SELF_CHECK_QUESTIONS,
  type SelfCheck,
  type SelfCheckQuestion,
} from "./coi-schemas";

/**
 * Stage 1 → stage 2 (seed 003 TMDU): a short self-check; any "yes" needs the full declaration. The
 * answers are checked against the profile, so "no" cannot hide what the researcher recorded there
 * (no control is a box the interested party ticks).
 */

/** Yearly income from one company at or above this is declarable (TMDU's ¥1,000,000 line). */
export const DECLARABLE_INCOME_JPY = 1_000_000;

const current = (until: IsoDate | null, today: IsoDate) => until === null || compareDates(today, until) <= 0;

/** What the profile says each question's answer must be (only "yes" answers can be inferred). */
export function profileImpliedAnswers(profile: CoiProfile, today: IsoDate): SelfCheck {
  const support = profile.support.filter((s) => current(s.until, today) && !s.paidToInstitution);
  return {
    equity: profile.equity.length > 0 || undefined,
    income:
      support.some(
        (s) =>
          ["consulting_income", "honorarium"].includes(s.kind) &&
          (s.annualAmountJpy ?? 0) >= DECLARABLE_INCOME_JPY,
      ) || undefined,
    officer:
      profile.appointments.some(
        (a) => (a.kind === "advisory" || a.kind === "side_job") && current(a.until, today),
      ) || undefined,
    royalty: support.some((s) => s.kind === "royalty") || undefined,
    gifts: support.some((s) => ["gift", "in_kind", "equipment"].includes(s.kind)) || undefined,
    foreign:
      support.some((s) => s.foreignGovernment) ||
      profile.talentProgrammes.some((t) => current(t.until, today)) ||
      undefined,
  };
}

export interface SelfCheckResult {
  complete: boolean;
  needsFullDeclaration: boolean;
  reasons: Reason[];
}

/** Evaluates the self-check against the profile and the interests declared in stage 2. */
export function evaluateSelfCheck(
  answers: SelfCheck,
  interests: Interest[],
  profile: CoiProfile,
  today: IsoDate,
): SelfCheckResult {
  const reasons: Reason[] = [];
  const unanswered = SELF_CHECK_QUESTIONS.filter((q) => answers[q] === undefined);
  if (unanswered.length > 0) {
    reasons.push(coiReason("COI-DECL-SELFCHECK", unanswered.join(", ")));
  }
  const implied = profileImpliedAnswers(profile, today);
  const contradicted = (Object.keys(implied) as SelfCheckQuestion[]).filter(
    (q) => implied[q] === true && answers[q] === false,
  );
  if (contradicted.length > 0) {
    reasons.push(coiReason("COI-DECL-PROFILE-MISMATCH", contradicted.join(", ")));
  }
  const needsFull = SELF_CHECK_QUESTIONS.some((q) => answers[q] === true);
  if (needsFull && interests.length === 0) {
    reasons.push(coiReason("COI-DECL-FULL-NEEDED"));
  }
  if (!needsFull && interests.length > 0 && unanswered.length === 0) {
    reasons.push(coiReason("COI-DECL-FULL-UNEXPECTED"));
  }
  return { complete: reasons.length === 0, needsFullDeclaration: needsFull, reasons };
}

/** Profile items recorded after `since` (an approval date): a new outside activity re-opens review (J1). */
export function profileItemsRecordedAfter(profile: CoiProfile, since: IsoDate): string[] {
  const items = [
    ...profile.appointments
      .filter((a) => a.kind !== "primary")
      .map((a) => [a.organisation, a.recordedOn] as const),
    ...profile.support.map((s) => [s.giver, s.recordedOn] as const),
    ...profile.equity.map((e) => [e.company, e.recordedOn] as const),
    ...profile.talentProgrammes.map((t) => [t.name, t.recordedOn] as const),
  ];
  return items.filter(([, on]) => compareDates(on, since) > 0).map(([label]) => label);
}
