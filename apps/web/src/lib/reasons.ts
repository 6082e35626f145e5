import { type Bilingual, dataVersionLabel, type Reason, upgradeReason } from "@renkei/domain";
import type { Locale } from "./i18n";

/**
 * Reasons as the reader sees them: the text and the citation (law, order, guideline or institution
 * policy) in the reader's language. Rule and source ids are never shown. Reasons stored before texts were
 * bilingual are upgraded on the way.
 */
export function readReason(raw: unknown): Reason {
  return upgradeReason(raw);
}

export function reasonText(locale: Locale, raw: unknown): string {
  return readReason(raw).text[locale];
}

export function reasonCitation(locale: Locale, raw: unknown): string {
  return readReason(raw).citation[locale];
}

/** A bilingual label in the reader's language. */
export function inLocale(locale: Locale, text: Bilingual): string {
  return text[locale];
}

/** Data versions as what they are and since when, e.g. 「経済産業省 外国ユーザーリスト 2025-10-09 版」. */
export function dataVersionTexts(locale: Locale, versions: Record<string, string>): string[] {
  return Object.entries(versions).map(([k, v]) => dataVersionLabel(k, v)[locale]);
}
