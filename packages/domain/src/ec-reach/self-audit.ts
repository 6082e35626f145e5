/**
 * The yearly self-audit (自己監査; issue 15 item 7, C12). The institution's checklist is seeded from the
 * headings of the compliance standards for exporters (spec §6.1 基準1・基準2, sources S33–S35) and from
 * the practice the guideline reports (seed 001 Ⅴ 事例25: screening against the METI list case by case,
 * a yearly audit of travel payments against trip checks, training for staff and students). The officer
 * answers each item with its evidence and the date it was checked; a "no" becomes a finding with a
 * follow-up, tracked until closed.
 */

import { citationFor } from "../citations/catalogue";
import type { Bilingual } from "../shared/bilingual";

export const SELF_AUDIT_ANSWERS = ["yes", "no", "na"] as const;
export type SelfAuditAnswer = (typeof SELF_AUDIT_ANSWERS)[number];

export interface SelfAuditItemSeed {
  code: string;
  ja: string;
  en: string;
  /** Citation catalogue key of the heading the item checks. */
  sourceId: string;
}

export const DEFAULT_SELF_AUDIT_ITEMS: readonly SelfAuditItemSeed[] = [
  {
    code: "appoint-classification",
    ja: "該非確認責任者が選任され、記録されている",
    en: "A classification officer is appointed and recorded",
    sourceId: "spec§6.1.1(1)",
  },
  {
    code: "instruction",
    ja: "輸出業務に従事する者に最新の法令を周知し、必要な指導を行った",
    en: "Staff doing export work were told of current law and instructed",
    sourceId: "spec§6.1.1(2)",
  },
  {
    code: "appoint-chief",
    ja: "代表者（学長等）が輸出管理統括責任者として記録されている",
    en: "The representative (president) is recorded as chief export-control officer",
    sourceId: "spec§6.1.2(1)",
  },
  {
    code: "rules-current",
    ja: "輸出管理の組織と役割分担を内部規程に定め、最新の法令に合っている",
    en: "The internal rules define the organisation and roles and match current law",
    sourceId: "spec§6.1.2(2)",
  },
  {
    code: "classification-procedure",
    ja: "該非確認の手続が定められ、実施されている",
    en: "The classification procedure is defined and followed",
    sourceId: "spec§6.1.2(3)",
  },
  {
    code: "end-user-checks",
    ja: "用途・需要者の確認（特定類型を含む）が行われている",
    en: "End-use and end-user checks (including 特定類型) are done",
    sourceId: "spec§6.1.2(4)",
  },
  {
    code: "shipment-match",
    ja: "出荷・提供時に該非確認の結果との一致を確認している",
    en: "Shipments and provisions are checked against the classification",
    sourceId: "spec§6.1.2(5)",
  },
  {
    code: "internal-audit",
    ja: "輸出管理の監査を実施し、結果を記録した",
    en: "An export-control audit was carried out and its results recorded",
    sourceId: "spec§6.1.2(6)",
  },
  {
    code: "training",
    ja: "教職員・学生への研修を実施した",
    en: "Staff and students were trained",
    sourceId: "spec§6.1.2(7)",
  },
  {
    code: "records-kept",
    ja: "関連文書を保存期間どおり保存している",
    en: "Related documents are kept for their retention period",
    sourceId: "spec§6.1.2(8)",
  },
  {
    code: "violations-reported",
    ja: "違反・疑義があれば経済産業省へ報告し再発防止策を講じた",
    en: "Any violation was reported to METI with measures against recurrence",
    sourceId: "spec§6.1.2(9)",
  },
  {
    code: "lists-current",
    ja: "スクリーニングリストを最新版に更新し、案件ごとに確認している",
    en: "Screening lists are kept current and checked case by case",
    sourceId: "seed001§V.case25",
  },
  {
    code: "travel-payments",
    ja: "旅費支払と出張の事前確認を照合した",
    en: "Travel payments were reconciled with trip clearances",
    sourceId: "seed001§V.case25",
  },
];

/** What an item rests on, as a person reads it: the cited heading, or the institution's own basis. */
export function selfAuditItemBasis(item: { sourceId: string | null; basis: string }): Bilingual {
  return item.sourceId ? citationFor(item.sourceId) : { ja: item.basis, en: item.basis };
}

export interface SelfAuditAnswerRecord {
  answer: SelfAuditAnswer;
  /** What shows it (a document, a register, a count); required for "yes". */
  evidence: string;
  /** The day the item was checked. */
  checkedOn: string | null;
  /** Why "no" or "not applicable". */
  note: string;
}

export type SelfAuditGap = "unanswered" | "no_date" | "no_evidence" | "no_note" | "no_finding";

/**
 * What stops the year's self-audit from being completed, per item code: every item in force needs an
 * answer and the date it was checked; "yes" needs its evidence; "not applicable" needs a note saying
 * why; "no" needs a finding with its follow-up (a "no" is never just written down and left).
 */
export function selfAuditGaps(
  itemCodes: readonly string[],
  answers: Readonly<Record<string, SelfAuditAnswerRecord>>,
  codesWithFindings: ReadonlySet<string>,
): { code: string; gap: SelfAuditGap }[] {
  const out: { code: string; gap: SelfAuditGap }[] = [];
  for (const code of itemCodes) {
    const a = answers[code];
    const gap: SelfAuditGap | null = !a
      ? "unanswered"
      : !a.checkedOn
        ? "no_date"
        : a.answer === "yes" && a.evidence.trim() === ""
          ? "no_evidence"
          : a.answer === "na" && a.note.trim() === ""
            ? "no_note"
            : a.answer === "no" && !codesWithFindings.has(code)
              ? "no_finding"
              : null;
    if (gap) {
      out.push({ code, gap });
    }
  }
  return out;
}

/** Counts for the history of years. */
export function selfAuditTally(answers: Readonly<Record<string, SelfAuditAnswerRecord>>): {
  yes: number;
  no: number;
  na: number;
} {
  const t = { yes: 0, no: 0, na: 0 };
  for (const a of Object.values(answers)) {
    t[a.answer] += 1;
  }
  return t;
}

/**
 * Old answers (before evidence and dates were asked) read as answers without them, so a year saved
 * earlier still shows and its gaps are named.
 */
export function readSelfAuditAnswers(raw: unknown): Record<string, SelfAuditAnswerRecord> {
  const out: Record<string, SelfAuditAnswerRecord> = {};
  for (const [code, v] of Object.entries((raw ?? {}) as Record<string, Partial<SelfAuditAnswerRecord>>)) {
    if (v && SELF_AUDIT_ANSWERS.includes(v.answer as SelfAuditAnswer)) {
      out[code] = {
        answer: v.answer as SelfAuditAnswer,
        evidence: v.evidence ?? "",
        checkedOn: v.checkedOn ?? null,
        note: v.note ?? "",
      };
    }
  }
  return out;
}
