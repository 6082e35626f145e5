/** A text a person reads, in Japanese (the primary language) and English. */
export interface Bilingual {
  ja: string;
  en: string;
}
