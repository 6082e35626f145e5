import { citationFor } from "../citations/catalogue";

import type { Bilingual } from "./bilingual";

export type { Bilingual };

export type Locale = keyof Bilingual;

/** One reason behind a decision: which rule fired, why, and the law or guideline it applies. */
export interface Reason {
  /** Stable id of the rule inside Renkei, e.g. `EC-RES-01`. Internal: JSON only, never on screen, PDF or mail. */
  ruleId: string;
  /** Key of the citation catalogue (`packages/domain/src/citations`), e.g. `seed001§IV.2-9`. Internal too. */
  sourceId: string;
  /** What the rule found, in both languages. */
  text: Bilingual;
  /** The law, order, notice, guideline section or institution policy the rule applies, in both languages. */
  citation: Bilingual;
}

/** Versions of the rule data / lists a decision was computed with, so it can be reproduced later. */
export type DataVersions = Record<string, string>;

export interface Decision<TOutcome extends string> {
  outcome: TOutcome;
  reasons: Reason[];
  dataVersions: DataVersions;
}

/**
 * Builds a reason; the citation comes from the catalogue by `sourceId` (a domain test fails when a sourceId
 * has no entry). Forms: `reason(id, src, {ja, en})`, `reason(id, src, ja, en)`, and — during the transition
 * only — `reason(id, src, ja)`, whose English falls back to the Japanese text.
 */
export function reason(ruleId: string, sourceId: string, text: string | Bilingual, en?: string): Reason {
  const bilingual = typeof text === "string" ? { ja: text, en: en ?? text } : text;
  return { ruleId, sourceId, text: bilingual, citation: citationFor(sourceId) };
}

/**
 * A reason as stored before texts were bilingual (`text` a Japanese string, maybe `textEn`/`en` beside it,
 * no citation) made current, so old JSON in the database still reads in both languages with its citation.
 */
export function upgradeReason(raw: unknown): Reason {
  const r = (raw ?? {}) as Record<string, unknown>;
  const ruleId = typeof r.ruleId === "string" ? r.ruleId : "";
  const sourceId = typeof r.sourceId === "string" ? r.sourceId : "";
  if (r.text && typeof r.text === "object") {
    const t = r.text as Bilingual;
    const citation =
      r.citation && typeof r.citation === "object" ? (r.citation as Bilingual) : citationFor(sourceId);
    return { ruleId, sourceId, text: { ja: String(t.ja ?? ""), en: String(t.en ?? t.ja ?? "") }, citation };
  }
  const ja = typeof r.text === "string" ? r.text : "";
  const enText = typeof r.textEn === "string" ? r.textEn : typeof r.en === "string" ? r.en : ja;
  return reason(ruleId, sourceId, ja, enText);
}

/** The reader's text of a reason with its citation, e.g. `有効な秘密保持契約がない（外国企業との連携に係るガイドライン Ⅳ.2(5)）`. */
export function reasonLine(r: Reason, locale: Locale): string {
  return locale === "ja" ? `${r.text.ja}（${r.citation.ja}）` : `${r.text.en} (${r.citation.en})`;
}
