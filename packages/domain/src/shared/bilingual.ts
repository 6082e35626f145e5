/** A text a person reads, in Japanese (the primary language) and English. */
export interface Bilingual {
  ja: string;
  en: string;
}

/**
 * A language's name as a person reads it (`en` → 英語 / English), through the platform's CLDR data;
 * an unknown code stays as typed.
 */
export function languageName(code: string, locale: "ja" | "en"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
