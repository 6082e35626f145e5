import { compareNames } from "../screening/compare";
import { type Reason, reason } from "../shared/decision";

export interface DuplicateFacts {
  /** Every name form: legal name, English, romanised, aliases. */
  names: string[];
  country: string | null;
  corporateNumber: string | null;
}

export interface DuplicateAssessment {
  score: number;
  isLikelyDuplicate: boolean;
  reasons: Reason[];
}

export type NameComparer = (a: string, b: string) => number;

/** Score at or above which two organisations are shown as likely duplicates before saving. */
export const DUPLICATE_THRESHOLD = 0.8;

const SOURCE = "issue-2:partner-registry/duplicates";

// Legal-form words removed before comparing: "株式会社さくら精工" and "さくら精工(株)" are one company.
const LEGAL_FORMS =
  /(株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|公益財団法人|一般財団法人|国立研究開発法人|\(株\)|（株）|㈱|股份有限公司|有限公司|co\.?,?\s*ltd\.?|corporation|corp\.?|inc\.?|llc|ltd\.?|gmbh|\bag\b|\bsa\b|plc|limited|company)/gi;

/**
 * The screening engine's name score (issue 3): legal forms in every language, kana / romaji / pinyin /
 * transliteration and kanji variants, so duplicates are found across scripts.
 */
export function organisationNameScore(a: string, b: string): number {
  return compareNames(a, b, { schema: "organization" }).score;
}

/** The name without legal-form words, for comparing and for looking up candidates. */
export function stripLegalForms(name: string): string {
  return name.replace(LEGAL_FORMS, " ").trim();
}

/**
 * Is `candidate` probably the same organisation as `input`? The corporate number is decisive either way;
 * otherwise the best-matching pair of name forms, lowered when the countries differ.
 */
export function assessDuplicate(
  input: DuplicateFacts,
  candidate: DuplicateFacts,
  compare: NameComparer = organisationNameScore,
): DuplicateAssessment {
  if (input.corporateNumber && candidate.corporateNumber) {
    if (input.corporateNumber === candidate.corporateNumber) {
      return {
        score: 1,
        isLikelyDuplicate: true,
        reasons: [reason("DUP-CORPNO-SAME", SOURCE, "法人番号が一致", "Same corporate number")],
      };
    }
    return {
      score: 0,
      isLikelyDuplicate: false,
      reasons: [
        reason(
          "DUP-CORPNO-DIFF",
          SOURCE,
          "法人番号が異なる別法人",
          "Different corporate numbers: separate entities",
        ),
      ],
    };
  }
  let best = 0;
  let bestPair: [string, string] = ["", ""];
  for (const a of input.names) {
    for (const b of candidate.names) {
      const s = compare(a, b);
      if (s > best) {
        best = s;
        bestPair = [a, b];
      }
    }
  }
  const reasons: Reason[] = [
    reason(
      "DUP-NAME",
      SOURCE,
      `名称の類似度 ${best.toFixed(2)}: 「${bestPair[0]}」≈「${bestPair[1]}」`,
      `Name similarity ${best.toFixed(2)}: “${bestPair[0]}” ≈ “${bestPair[1]}”`,
    ),
  ];
  let score = best;
  if (input.country && candidate.country && input.country !== candidate.country) {
    // A multinational's subsidiaries share a name across countries but are separate partners.
    score *= 0.7;
    reasons.push(
      reason(
        "DUP-COUNTRY-DIFF",
        SOURCE,
        `国が異なる (${input.country} / ${candidate.country})`,
        `Different countries (${input.country} / ${candidate.country})`,
      ),
    );
  }
  return { score, isLikelyDuplicate: score >= DUPLICATE_THRESHOLD, reasons };
}
