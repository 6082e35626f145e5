import { addMonths, compareDates, type IsoDate } from "../shared/dates";
import type { Role } from "../shared/roles";
import { type IpReason, ipReason } from "./ip-sources";
import type { SecrecyResult, SecrecyReviewStatus } from "./ip-types";

/**
 * 特許出願非公開制度 (経済安全保障推進法 第5章, in force 2024-05-01; spec J6). An invention made in Japan in
 * a listed technical field (特定技術分野) must be filed in Japan first; it may not be filed abroad (PCT
 * included) until the security review is over — the Cabinet Office decided not to designate it, or 10
 * months passed from the Japanese filing with no review started. A designated (保全指定) application may
 * not be disclosed or filed abroad at all. Renkei asks for the check before any foreign filing or
 * publication, so no one files first and asks later.
 */

/** The roles whose check counts: the IP office records it (export control may advise). */
export const SECRECY_CHECKERS: readonly Role[] = ["legal_ip"];

/** The period after the Japanese filing after which the foreign-filing ban lapses when no review began. */
export const SECRECY_REVIEW_MONTHS = 10;

export interface SecrecyFacts {
  check: { result: SecrecyResult; on: IsoDate; recordedByRole: Role } | null;
  reviewStatus: SecrecyReviewStatus;
  /** The first Japanese filing of the invention, if any. */
  jpFiledOn: IsoDate | null;
}

export type SecrecyAction = "foreign_filing" | "publication";

export interface SecrecyDecision {
  outcome: "allowed" | "denied";
  reasons: IpReason[];
}

const SRC = "esa§66-78" as const;

/** Whether a designated application must be handled like 機密 (restricted access, no disclosure). */
export function isDesignated(status: SecrecyReviewStatus): boolean {
  return status === "designated";
}

/** Whether `action` is allowed now for the invention under the 非公開 rules. */
export function secrecyGate(action: SecrecyAction, f: SecrecyFacts, today: IsoDate): SecrecyDecision {
  const deny = (...reasons: IpReason[]): SecrecyDecision => ({ outcome: "denied", reasons });
  const check = f.check !== null && SECRECY_CHECKERS.includes(f.check.recordedByRole) ? f.check : null;
  const what = action === "foreign_filing" ? "外国出願" : "公表";
  const whatEn = action === "foreign_filing" ? "foreign filing" : "publication";
  if (check === null) {
    return deny(
      ipReason(
        "IP-SEC-NO-CHECK",
        "spec:research-security§J6",
        `特許出願非公開の対象か（特定技術分野）の確認が記録されていない: ${what}は確認の後`,
        `No record of the secret-patent check (listed field): ${whatEn} waits for it`,
      ),
    );
  }
  if (check.result === "not_listed") {
    return {
      outcome: "allowed",
      reasons: [
        ipReason(
          "IP-SEC-NOT-LISTED",
          "spec:research-security§J6",
          `特定技術分野に該当しないことを確認（${check.on}）`,
          `Checked on ${check.on}: not in a listed field`,
        ),
      ],
    };
  }
  if (f.reviewStatus === "designated") {
    return deny(
      ipReason(
        "IP-SEC-DESIGNATED",
        SRC,
        `保全指定中: ${what}は禁止（開示の禁止・外国出願の禁止）`,
        `Designated for security: ${whatEn} is banned (disclosure and foreign-filing bans)`,
      ),
    );
  }
  const cleared = f.reviewStatus === "not_designated" || f.reviewStatus === "lifted";
  if (action === "publication") {
    if (f.reviewStatus === "under_review") {
      return deny(
        ipReason(
          "IP-SEC-UNDER-REVIEW",
          SRC,
          "保全審査中: 結果が出るまで公表しない",
          "Under security review: do not publish until the outcome",
        ),
      );
    }
    return { outcome: "allowed", reasons: [] };
  }
  if (f.jpFiledOn === null) {
    return deny(
      ipReason(
        "IP-SEC-FIRST-JP",
        SRC,
        "特定技術分野の発明は日本に先に出願する（第一国出願義務）",
        "An invention in a listed field must be filed in Japan first",
      ),
    );
  }
  const lapse = addMonths(f.jpFiledOn, SECRECY_REVIEW_MONTHS);
  if (cleared || (f.reviewStatus === "none" && compareDates(today, lapse) > 0)) {
    return { outcome: "allowed", reasons: [] };
  }
  return deny(
    ipReason(
      "IP-SEC-WAIT",
      SRC,
      `保全審査の結果（保全指定をしない旨の通知）または国内出願から10か月（${lapse}）の経過を待つ`,
      `Wait for the review outcome (notice of no designation) or 10 months from the Japanese filing (${lapse})`,
    ),
  );
}
