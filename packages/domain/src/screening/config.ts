// Engine version and tunable parameters. Every ScreeningResult reports ENGINE_VERSION and the config
// version so a stored decision can be traced to the exact scoring rules (screening-research.md §6.4).

/** Version of the matching code; bump on any change that can move a score. */
export const ENGINE_VERSION = "renkei-screening/1.7.0";

/**
 * Default match threshold. Chosen on the nomenklatura name-pair bench (docs/benchmarks.md
 * "## Screening"): the F1-maximising value for this scorer, close to yente's SCORE_THRESHOLD 0.70.
 * Re-checked for engine 1.2: 0.70 and 0.75 give the same F1 (0.874), so the value is unchanged.
 */
export const DEFAULT_THRESHOLD = 0.7;

/** Scoring and blocking parameters. Change `version` whenever a value changes. */
export interface ScreeningConfig {
  version: string;
  threshold: number;
  /**
   * Weight of a query token that is merely missing from the candidate (logic-v2
   * nm_extra_query_name 0.8; ours is lower because contradictions are weighted separately).
   */
  extraQueryWeight: number;
  /** Weight of a candidate token missing from the query (logic-v2 nm_extra_result_name 0.2). */
  extraCandidateWeight: number;
  /**
   * Weight of a contradiction: name parts left unmatched on both sides (a different given or family
   * name), per unit of the smaller side's unmatched weight. Optional for compatibility with
   * configurations written before engine 1.2 (then 2).
   */
  conflictWeight?: number;
  /** Token weights. */
  genericWeight: number;
  numericWeight: number;
  initialWeight: number;
  /** Factor applied when both names carry numbers and they differ ("13th" vs "14th"). */
  numberMismatchFactor: number;
  /** Factor applied when only one name carries a number. */
  numberMissingFactor: number;
  /** Cap when the only agreeing tokens are generic words ("… Trading Company"). */
  genericOnlyCap: number;
  /** Country qualifiers (logic-v2 country_mismatch −0.2; we add a small bonus for agreement). */
  countryMismatchPenalty: number;
  countryMatchBonus: number;
  /** Penalty when query and entry schemas are known and incompatible (person vs organisation). */
  schemaMismatchPenalty: number;
  /** Aliases scored per query after blocking (rerank budget; at most two per listed entry). */
  maxCandidates: number;
  /**
   * Blocking keys occurring in more than this share of aliases do not bring in new candidates; they
   * only add weight to candidates found by rarer keys (frequent-key cap, §5.3).
   */
  maxKeyFrequency: number;
  /** Results returned per query. */
  limit: number;
  /**
   * Katakana names compared with Latin names through their cross-script reading (loanword
   * dictionary + phonetic katakana reading; kana-reading.ts), with extra blocking keys for them.
   * Optional for configurations written before engine 1.3 (then on); false reproduces engine 1.2.
   */
  crossScript?: boolean;
  /**
   * Engine 1.5: katakana runs that the loanword dictionary splits are also read as one glued word
   * (イーステック ~ Eastech), and katakana words find Latin tokens by their vowel pattern
   * (`vowelPattern`, index keys V). Optional for configurations written before engine 1.5 (then on
   * whenever `crossScript` is); false reproduces engine 1.4.
   */
  kanaSoundKeys?: boolean;
  /**
   * Engine 1.6: blocking also indexes each Latin token as spelt under the transliteration conventions
   * (kana-conventions.ts: pinyin XIN → SHIN, Turkish TICARET → TIJARET, English BRIGHT → BRAIT), and
   * katakana words look up their readings under those conventions (and フ as HU). Optional for
   * configurations written before engine 1.6 (then on whenever `kanaSoundKeys` is); false reproduces
   * the blocking of engine 1.5.
   */
  kanaConventionKeys?: boolean;
  /**
   * Engine 1.7: blocking also indexes each Latin token (and its convention spellings) written with
   * the vowels katakana inserts (`withEpentheticVowels`: MECHATRONICS → MEKATORONIKUSU), which a
   * katakana word's fold finds as it is. Optional for configurations written before engine 1.7 (then
   * on whenever `kanaConventionKeys` is); false reproduces the blocking of engine 1.6.
   */
  kanaEpentheticKeys?: boolean;
}

/** Default configuration; see docs/benchmarks.md for how the values were chosen. */
export const DEFAULT_CONFIG: ScreeningConfig = {
  version: "default-2026-8",
  threshold: DEFAULT_THRESHOLD,
  extraQueryWeight: 0.5,
  extraCandidateWeight: 0.3,
  conflictWeight: 2,
  genericWeight: 0.3,
  numericWeight: 1.5,
  initialWeight: 0.5,
  numberMismatchFactor: 0.5,
  numberMissingFactor: 0.9,
  genericOnlyCap: 0.5,
  countryMismatchPenalty: 0.1,
  countryMatchBonus: 0.03,
  schemaMismatchPenalty: 0.15,
  maxCandidates: 30,
  maxKeyFrequency: 0.01,
  limit: 10,
  crossScript: true,
  kanaSoundKeys: true,
  kanaConventionKeys: true,
  kanaEpentheticKeys: true,
};

/**
 * Engine 1.6 blocking (no epenthetic-vowel keys), the same-run baseline of engine 1.7. The reading
 * and the scorer are shared: the dictionary words and spellings added in 1.7 count here too.
 */
export const BASELINE_CONFIG_1_6: ScreeningConfig = {
  ...DEFAULT_CONFIG,
  version: "default-2026-7",
  kanaEpentheticKeys: false,
};

/**
 * Engine 1.5 blocking (no convention keys), the same-run baseline of engine 1.6. The scorer's
 * convention table is shared: the English spellings added in 1.6 score in this baseline too.
 */
export const BASELINE_CONFIG_1_5: ScreeningConfig = {
  ...DEFAULT_CONFIG,
  version: "default-2026-6",
  kanaConventionKeys: false,
  kanaEpentheticKeys: false,
};

/** Engine 1.4 behaviour (no glued readings, no vowel-pattern keys), the same-run baseline of engine 1.5. */
export const BASELINE_CONFIG_1_4: ScreeningConfig = {
  ...DEFAULT_CONFIG,
  version: "default-2026-5",
  kanaSoundKeys: false,
  kanaConventionKeys: false,
  kanaEpentheticKeys: false,
};

/** True when the engine-1.5 sound keys and glued readings are on (`kanaSoundKeys`, under `crossScript`). */
export function soundKeysOn(config: ScreeningConfig): boolean {
  return config.crossScript !== false && config.kanaSoundKeys !== false;
}

/** True when the engine-1.6 convention keys are on (`kanaConventionKeys`, under the sound keys). */
export function conventionKeysOn(config: ScreeningConfig): boolean {
  return soundKeysOn(config) && config.kanaConventionKeys !== false;
}

/** True when the engine-1.7 epenthetic-vowel keys are on (`kanaEpentheticKeys`, under the convention keys). */
export function epentheticKeysOn(config: ScreeningConfig): boolean {
  return conventionKeysOn(config) && config.kanaEpentheticKeys !== false;
}

/** Engine 1.2 behaviour (no cross-script reading), kept as the benchmark's same-run baseline. */
export const BASELINE_CONFIG_1_2: ScreeningConfig = {
  ...DEFAULT_CONFIG,
  version: "default-2026-4",
  crossScript: false,
};
