import { countryName, type Locale } from "../../lib/i18n";

/**
 * A filing's office is a country, or `WO` for a PCT application (the WIPO receiving office, WIPO
 * Standard ST.3). `WO` is not a country, so it is named here: the code never reaches the screen.
 */
export const FILING_OFFICES_EXTRA = [
  { value: "WO", ja: "世界知的所有権機関（WIPO）", en: "World Intellectual Property Organization (WIPO)" },
];

/** The office's name in the reader's language: `JP` → 日本, `WO` → 世界知的所有権機関（WIPO）. */
export function filingOfficeName(locale: Locale, code: string): string {
  const extra = FILING_OFFICES_EXTRA.find((e) => e.value === code);
  return extra ? extra[locale] : countryName(locale, code);
}
