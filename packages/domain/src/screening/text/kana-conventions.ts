// Transliteration conventions that a katakana rendering of a foreign name may follow, as a table: the
// phonetic comparison (katakana-latin.ts) reads a romanised katakana word against a Latin spelling
// under each convention and keeps the cheapest, and the match names the convention it used (the
// reason a reviewer reads, with its citation: screeningCrossScriptReasons in kana-reasons.ts).
//
// "hepburn" is the common reading (Japanese phonology undone for English and Russian spellings; the
// folds and costs are those of katakana-latin.ts). The others differ from it only by the rewrites and
// substitution costs listed here, so each row states one convention of the source language's
// orthography and how Japanese writes it.

/** Id of a transliteration convention (stable: stored in match explanations). */
export type KanaConvention = "hepburn" | "turkish";

export interface ConventionRow {
  id: KanaConvention;
  /** Rewrites of the romanised katakana before the common phonetic fold. */
  kana: [RegExp, string][];
  /** Rewrites of the Latin spelling before the common phonetic fold. */
  latin: [RegExp, string][];
  /** Substitution costs over the common table: romaji letter + Latin letter, cost. */
  near: [string, number][];
}

export const CONVENTIONS: readonly ConventionRow[] = [
  { id: "hepburn", kana: [], latin: [], near: [] },
  {
    // Turkish orthography (Türk alfabesi) and its usual katakana rendering. Once the diacritics are
    // lost (lists write Iç, Dış, Çip as IC, DIS, CIP), C stands for both c /dʒ/ (ジ: Ticaret →
    // ティジャーレット) and ç /tʃ/ (チ: Çip → チップ, İç → イチ), so both kana are read as one
    // sound; ş /ʃ/ is シ (Dış → ドゥシュ; S in the common fold); dotless ı /ɯ/ is written with the
    // ウ column (Yıldız → ユルドゥズ, taşımacılık → タシュマジュルック), so U for I is cheap, and ユ
    // is yı.
    id: "turkish",
    kana: [
      [/CH/g, "J"],
      [/YU/g, "YI"],
    ],
    latin: [
      [/CH/g, "K"],
      [/C/g, "J"],
    ],
    near: [["UI", 0.2]],
  },
];
