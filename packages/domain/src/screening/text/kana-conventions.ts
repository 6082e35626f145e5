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
export type KanaConvention = "hepburn" | "english" | "turkish" | "pinyin" | "korean" | "russian" | "arabic";

export interface ConventionRow {
  id: KanaConvention;
  /** Rewrites of the romanised katakana before the common phonetic fold. */
  kana: [RegExp, string][];
  /** Rewrites of the Latin spelling before the common phonetic fold. */
  latin: [RegExp, string][];
  /** Substitution costs over the common table: romaji letter + Latin letter, cost. */
  near: [string, number][];
  /** Abbreviations that names in this language use in Latin and katakana writes out in full. */
  abbreviations?: Record<string, string>;
}

export const CONVENTIONS: readonly ConventionRow[] = [
  { id: "hepburn", kana: [], latin: [], near: [] },
  {
    // English loanwords (外来語の表記): the diphthong of a long A is written エイ (メイク make,
    // ネイション nation, ケイブル cable), so EI reads as A. Katakana writes English by sound, so the
    // spellings that do not sound as written are read as they sound (engine 1.6): IGH is アイ
    // (ブライト bright, ライツ lights), a non-rhotic ER アー (オーバー over), OUR オー (リソース
    // resource), a plural -ES after a sibilant イズ (リソーシズ resources) and -S after a voiced
    // sound ズ (ツールズ tools), ツ for TU (ツール tool), EA, EE and OO long I and U (リープ leap),
    // EW ユー (ニュー new), a final CH after a vowel ッチ (リッチ rich), G before E/I ジ (エンジン engine),
    // TH サ行 (サンダー thunder), OW before N アウ (クラウン crown), DGE ッジ (ブリッジ bridge), IRE
    // アイヤ (ワイヤレス wireless), EYE アイ, -TURE チャー (フューチャー future), a final consonant + LE ル
    // (イーグル eagle), an initial U before one consonant ユ (ユニティ unity).
    id: "english",
    kana: [
      [/EI/g, "A"],
      [/TSU/g, "TU"],
      // Engine 1.7: older loanwords write DI as ジ (ラジオ radio, スタジオ studio).
      [/JIO/g, "DIO"],
    ],
    latin: [
      [/IGH/g, "AI"],
      [/ER(?![AEIOU])/g, "A"],
      [/OUR(?![AEIOU])/g, "O"],
      [/(C|S|X|Z|CH|SH)ES$/g, "$1IZ"],
      [/([AEIOUBDGLMNRVW])S$/g, "$1Z"],
      [/EA|EE/g, "I"],
      [/OO/g, "U"],
      [/EW/g, "YU"],
      [/OW(?=N)/g, "AU"],
      [/DGE/g, "J"],
      [/IRE/g, "AIA"],
      [/([AEIOU])CH$/g, "$1TCH"],
      [/G(?=[EIY])/g, "J"],
      [/TH/g, "S"],
      [/EYE/g, "AI"],
      [/TURE$/g, "CHA"],
      [/([BCDFGKPTZ])LE$/g, "$1L"],
      [/^U(?=[BCDFGKLMNPRSTVZ][AEIOUY])/g, "YU"],
      // Engine 1.7: silent initial K and W (ナイト knight, ライト wright); an initial X before a
      // consonant is EX (エクストリーム Xtreme); CH from Greek is K (メカ mecha, ケミカル chemical,
      // アルキ archi-, クローム chrome); AW and QUAR/WAR are オー (ホーク hawk, クォーター quarter, ウォード ward); Y
      // in an open syllable and a final Y of one syllable are アイ (サイバー cyber, ジャイロ gyro,
      // ハイドロ hydro, スカイ sky), CY サイ.
      [/^KN/g, "N"],
      [/^WR/g, "R"],
      [/^X(?=[^AEIOUY])/g, "EX"],
      [/MECH/g, "MEK"],
      [/^CHEM/g, "KEM"],
      [/ARCHI/g, "ARKI"],
      [/(^|[^S])CH(?=[LR])/g, "$1K"],
      [/AW/g, "O"],
      [/(QU|W)AR(?![AEIOUR])/g, "$1OR"],
      [/C(?=Y)/g, "S"],
      [/(?<=^|[^AEIOU])Y(?=(?:[BCDFGHKMNPSTVZ]|[BCDFGKPT][LR]|R)[AEIOU])/g, "AI"],
      [/^([^AEIOU]{1,3})Y$/g, "$1AI"],
      // A silent final E (フェーズ phase, ストーン stone, ウェーブ wave).
      [/([^AEIOU])E$/g, "$1"],
    ],
    // Engine 1.7: an English long A is written エー as often as エイ (フェーズ phase, ゲート gate).
    near: [["EA", 0.2]],
  },
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
    // Turkish company names abbreviate their trade words in Latin ("San. ve Tic. Ltd. Şti.") and
    // katakana writes them out (サナーイ・ヴェ・ティジャーレット).
    abbreviations: {
      SAN: "SANAYI",
      TIC: "TICARET",
      TAS: "TASIMACILIK",
      INS: "INSAAT",
      MUH: "MUHENDISLIK",
      ITH: "ITHALAT",
      IHR: "IHRACAT",
      PAZ: "PAZARLAMA",
      HIZ: "HIZMETLERI",
      ELEK: "ELEKTRONIK",
      MAK: "MAKINA",
      OTOM: "OTOMOTIV",
      GID: "GIDA",
      TEKS: "TEKSTIL",
    },
  },
  {
    // Hanyu Pinyin and the katakana the Chinese names are written with in Japanese lists: X /ɕ/ is
    // シ (Xian → シエン, シェン), Q /tɕʰ/ チ, ZH and J ジ, C /tsʰ/ ツ, Z ズ; -IAN is read イエン.
    id: "pinyin",
    kana: [],
    latin: [
      [/X/g, "SH"],
      [/Q/g, "CH"],
      [/ZH/g, "J"],
      [/C(?!H)/g, "TS"],
      [/IAN/g, "IEN"],
    ],
    near: [],
  },
  {
    // Revised Romanization of Korean: EO and EU are single vowels (서 SEO → ソ, 그 GEU → グ), AE and
    // OE are エ; an initial J/CH is often チ (정 JEONG → チョン), and an initial G, D, B (voiceless at
    // the start of a word) is written ク, ト, プ (금산 Geumsan クムサン, 대성 Daesung テソン).
    id: "korean",
    kana: [],
    latin: [
      [/EO/g, "O"],
      [/EU/g, "U"],
      [/AE|OE/g, "E"],
      [/^G/g, "K"],
      [/^D/g, "T"],
      [/^B/g, "P"],
      // Engine 1.7: a syllable-final K before H is ク + ホ (백호 Paekho ペクホ), not Russian Х.
      [/KH/g, "KUH"],
    ],
    near: [["CJ", 0.2]],
  },
  {
    // Russian (and Belarusian) transliteration: adjective endings -ЫЙ/-ИЙ are written -YY/-IY in
    // Latin and イー in katakana (Novyy → ノーヴイ), initial Е is YE (Yevgeny → エフゲニー), and the
    // soft sign written ' or Y before a vowel (Ilyich) is not written in katakana; a soft T before a
    // vowel (ТЯ, ТЮ: Oktyabr, Tyumen) is チャ/チュ (オクチャブリ, チュメニ), and a final T after a
    // consonant whose soft sign the Latin spelling dropped is チ (Neft' ネフチ; after a vowel, engine
    // 1.7, the T of Vzlet stays ト).
    id: "russian",
    // Engine 1.7: Ё after a consonant is ョ in katakana (ヴズリョト Взлёт, フョードル) and E in the
    // lists' Latin (Vzlet, Fedor), so a consonant's ョ reads as E.
    kana: [[/([^AEIOUY])YO/g, "$1E"]],
    latin: [
      [/[IY]Y$/g, "I"],
      [/^YE/g, "E"],
      [/IYE/g, "IE"],
      [/TY(?=[AOU])/g, "CH"],
      [/(?<=[^AEIOUS])T$/g, "CH"],
    ],
    near: [],
  },
  {
    // Arabic and Persian names in Latin: GH (غ) is グ/ガ, DH (ذ) ズ, OU and OO (Persian /u/, Rouhani)
    // ウ, EE イ, and the article AL-/EL- is アル whatever its vowel.
    id: "arabic",
    kana: [[/^ERU$/g, "ARU"]],
    latin: [
      [/GH/g, "G"],
      [/DH/g, "Z"],
      [/OU|OO/g, "U"],
      [/EE/g, "I"],
      [/^EL$/g, "AL"],
    ],
    near: [],
  },
];

/**
 * A Latin token as spelt under each convention whose rewrites change it (engine 1.6): pinyin XIN →
 * SHIN, Turkish TICARET → TIJARET, English BRIGHT → BRAIT. Blocking indexes their phonetic folds, so
 * that a katakana word written by that convention finds the token (the scorer tries every row anyway).
 */
export function conventionLatinForms(token: string): { id: KanaConvention; form: string }[] {
  const out: { id: KanaConvention; form: string }[] = [];
  for (const row of CONVENTIONS) {
    if (row.latin.length === 0) {
      continue;
    }
    let form = token;
    for (const [pattern, replacement] of row.latin) {
      form = form.replace(pattern, replacement);
    }
    if (form !== token && !out.some((x) => x.form === form)) {
      out.push({ id: row.id, form });
    }
  }
  return out;
}

/**
 * A romanised katakana word as read under each convention whose kana rewrites change it, each also
 * with フ read as HU (engine 1.6; under every convention since 1.7: ラジオテフニカ): katakana has no
 * other way to write Chinese HU (フイジョウ Huizhou) or Russian KH before a consonant (テフノ Tekhno,
 * where the fold reads KH as H).
 */
export function conventionKanaForms(romaji: string): string[] {
  const out: string[] = [];
  const add = (form: string) => {
    if (form !== romaji && !out.includes(form)) {
      out.push(form);
    }
  };
  for (const row of CONVENTIONS) {
    let form = romaji;
    for (const [pattern, replacement] of row.kana) {
      form = form.replace(pattern, replacement);
    }
    add(form);
    add(form.replace(/FU/g, "HU"));
  }
  return out;
}
