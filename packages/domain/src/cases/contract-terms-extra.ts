import { type Reason, reason } from "../shared/decision";
import type { ContractTerms } from "./stage-schemas";

/**
 * The contract terms issue 14 added (seed 001 §IV.2-7; E2, E14, E18): points to look at, not refusals —
 * the checklist's blocking items stay as they were, so terms agreed before these existed are not blocked.
 */
export function contractTermsExtraWarnings(
  terms: ContractTerms,
  ctx: { institutionCountry: string; partnerCountries: string[] },
): Reason[] {
  const out: Reason[] = [];
  const add = (id: string, source: string, text: string) => out.push(reason(id, source, text));
  if (terms.period !== null && terms.termination == null) {
    add("CT-WARN-TERMINATION", "seed001§IV.2-7", "研究期間の中止・延長・終了時の対応が定められていない");
  }
  if (terms.termination?.autoRenewal && terms.termination.noticeDays === null) {
    add("CT-WARN-TERMINATION", "seed001§IV.2-7", "自動更新だが、更新しない旨の通知期限が定められていない");
  }
  if (terms.results !== null && terms.backgroundIp == null) {
    add(
      "CT-WARN-BACKGROUND-IP",
      "seed001§IV.2-7",
      "バックグラウンドIP（契約前から保有する知的財産）の扱いが定められていない",
    );
  }
  if (terms.results !== null && terms.software == null) {
    add("CT-WARN-SOFTWARE", "seed001§IV.2-7", "プログラム（ソフトウェア）の扱いが定められていない");
  }
  const joint = terms.results?.ownership === "joint";
  if (joint && terms.coOwnedPatents == null) {
    add("CT-WARN-CO-OWNED", "seed001§IV.2-7", "共有特許の費用負担と実施許諾の扱いが定められていない");
  }
  if (joint && terms.nonPracticeCompensation == null) {
    add(
      "CT-WARN-NON-PRACTICE",
      "seed001§IV.2-7",
      "共有特許を相手方が実施する場合の不実施補償の扱いが定められていない",
    );
  }
  // Seed 001 §II.3.3: in Japan a co-owner needs the others' consent to license or assign; abroad not always.
  const foreign = ctx.partnerCountries.some((c) => c !== ctx.institutionCountry);
  if (joint && foreign && terms.coOwnedPatents != null && !terms.coOwnedPatents.consentToLicenceOrAssign) {
    add(
      "CT-WARN-CO-OWNED-FOREIGN",
      "seed001§II.3.3",
      "外国の法令では共有者の同意なく実施許諾・譲渡できる場合がある: 共有特許の許諾・譲渡に同意を要する旨を定める",
    );
  }
  if (terms.thirdParties?.joiningAllowed && !terms.thirdParties.consentRequired) {
    add("CT-WARN-THIRD-PARTY", "seed001§IV.2-7", "第三者が双方の同意なく研究に参加できる");
  }
  return out;
}
