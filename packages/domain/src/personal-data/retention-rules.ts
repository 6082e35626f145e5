import { addMonths, compareDates, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import type { PersonalDataKind, RetentionAction } from "./personal-data-types";

export interface PersonalDataRule {
  purposeJa: string;
  purposeEn: string;
  /** Months after the record's reference date (last activity, end of stay, closing). */
  retentionMonths: number;
  action: RetentionAction;
}

/**
 * Defaults until the institution sets its own (個人情報保護法 §17 利用目的の特定, §22 不要となった個人データ
 * の消去). Visitors' export-control records are also held by their own retention date (spec §6.5), which
 * always wins over these periods.
 */
export const DEFAULT_PERSONAL_DATA_RULES: Record<PersonalDataKind, PersonalDataRule> = {
  people: {
    purposeJa: "連携先担当者との連絡、取引審査・リスト照合",
    purposeEn: "Contact with partners' staff; screening and transaction reviews",
    retentionMonths: 60,
    action: "anonymise",
  },
  visitors: {
    purposeJa: "受入審査（外為法に基づくみなし輸出管理）",
    purposeEn: "Visitor intake (deemed-export control under the Foreign Exchange Act)",
    retentionMonths: 12,
    action: "anonymise",
  },
  desk_questions: {
    purposeJa: "相談への回答と記録",
    purposeEn: "Answering questions to the office and keeping the answer",
    retentionMonths: 36,
    action: "delete",
  },
  coi_declarations: {
    purposeJa: "利益相反の審査とマネジメント",
    purposeEn: "Conflict-of-interest review and management",
    retentionMonths: 60,
    action: "anonymise",
  },
};

/** What the retention job knows about one record. */
export interface RetentionSubject {
  /** The date the period runs from; null when it has not started (an open question, a stay not ended). */
  referenceDate: IsoDate | null;
  /** A date until which a law requires the record kept (export-control records, spec §6.5). */
  legalHoldUntil: IsoDate | null;
  /** Still in use (a current contact of a partner, a person on an open case): the purpose continues. */
  inUse: boolean;
  alreadyErased: boolean;
}

export type RetentionOutcome = "keep" | RetentionAction;

export interface RetentionDecision {
  outcome: RetentionOutcome;
  expiresOn: IsoDate | null;
  reasons: Reason[];
}

const PPI = "個人情報保護法§22";

/** Keep, anonymise or delete one record today (pure; table-driven tests in retention-rules.test.ts). */
export function decideRetention(
  s: RetentionSubject,
  rule: PersonalDataRule,
  today: IsoDate,
): RetentionDecision {
  const expiresOn = s.referenceDate ? addMonths(s.referenceDate, rule.retentionMonths) : null;
  const keep = (ruleId: string, sourceId: string, text: string): RetentionDecision => ({
    outcome: "keep",
    expiresOn,
    reasons: [reason(ruleId, sourceId, text)],
  });
  if (s.alreadyErased) {
    return keep("PD-ERASED", PPI, "すでに匿名化・削除されています。");
  }
  if (s.legalHoldUntil && compareDates(today, s.legalHoldUntil) <= 0) {
    return keep(
      "PD-LEGAL-HOLD",
      "spec:export-control§6.5",
      `法令上の保存期間（${s.legalHoldUntil}まで）中です。`,
    );
  }
  if (s.inUse) {
    return keep("PD-IN-USE", "個人情報保護法§17", "利用目的が続いています（現在の担当者・進行中の案件）。");
  }
  if (!expiresOn) {
    return keep("PD-NOT-STARTED", PPI, "保存期間の起算日がまだありません。");
  }
  if (compareDates(today, expiresOn) <= 0) {
    return keep("PD-NOT-EXPIRED", PPI, `保存期間は${expiresOn}までです。`);
  }
  return {
    outcome: rule.action,
    expiresOn,
    reasons: [
      reason(
        "PD-EXPIRED",
        PPI,
        `保存期間（${rule.retentionMonths}か月、${expiresOn}まで）が経過したため${rule.action === "delete" ? "削除" : "匿名化"}します。`,
      ),
    ],
  };
}

/** The later of two dates (a record's last activity). */
export function laterDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (!a) {
    return b;
  }
  if (!b) {
    return a;
  }
  return compareDates(a, b) >= 0 ? a : b;
}
