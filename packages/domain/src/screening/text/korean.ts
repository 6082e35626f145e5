// Korean personal names. Hangul is romanised with Revised Romanization (translit.ts), but Korean
// surnames are written in customary spellings that no romanisation system produces (김 → Kim, not
// Gim; 이 → Lee/Yi/Rhee/Ri; 박 → Park/Pak), and DPRK names on sanctions lists follow
// McCune–Reischauer-style spellings (Ri, Pak, Jong). The table covers the most frequent surnames
// (about 90 % of the population in the 2015 Korean census) with the spellings documented for them
// in the National Institute of Korean Language's surname romanisation survey and in common
// DPRK usage. Keys are the Revised Romanization produced by translit.ts.
const SURNAMES: Record<string, string> = {
  GIM: "KIM GIM",
  I: "LEE YI RHEE RI I YEE",
  BAK: "PARK PAK BAK BAHK",
  CHOE: "CHOI CHOE CHOY",
  JEONG: "JUNG JEONG CHUNG CHONG JONG",
  GANG: "KANG GANG",
  JO: "CHO JO JOE",
  YUN: "YOON YUN",
  JANG: "JANG CHANG",
  IM: "LIM IM RIM YIM",
  HAN: "HAN",
  O: "OH O",
  SEO: "SEO SUH SO",
  SIN: "SHIN SIN",
  GWON: "KWON GWON",
  HWANG: "HWANG",
  AN: "AHN AN",
  SONG: "SONG",
  YU: "YOO YU YOU RYU",
  RYU: "RYU YOO YU RHYU",
  HONG: "HONG",
  JEON: "JEON JUN CHUN CHON",
  GO: "KO GO KOH",
  MUN: "MOON MUN",
  YANG: "YANG RYANG",
  SON: "SON SOHN",
  BAE: "BAE PAE",
  BAEK: "BAEK PAEK BAIK PAIK",
  HEO: "HEO HUH HUR",
  NAM: "NAM",
  NO: "NOH ROH NO RO",
  HA: "HA",
  GWAK: "KWAK GWAK",
  SEONG: "SUNG SEONG SONG",
  CHA: "CHA",
  JU: "JOO JU CHOO CHU",
  U: "WOO U",
  GU: "KOO GU KU",
  MIN: "MIN",
};

const CLASSES = new Map<string, Set<string>>(
  Object.entries(SURNAMES).map(([rr, spellings]) => [rr, new Set(spellings.split(" "))]),
);

/** True when `latin` is a customary spelling of the Korean surname romanised as `rr`. */
export function isKoreanSurnameSpelling(rr: string, latin: string): boolean {
  return CLASSES.get(rr)?.has(latin) ?? false;
}

/** Two-syllable surnames (남궁, 선우…); every other Korean surname is one syllable. */
const COMPOUND_SURNAMES = new Set(["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"]);

/**
 * Splits an unspaced Korean personal name into surname and given name ("김정은" → "김 정은"), the
 * way it is written in Latin ("Kim Jong Un"). Only names of two to four Hangul syllables are split;
 * anything else is returned unchanged.
 */
export function splitKoreanName(name: string): string {
  if (!/^[\uac00-\ud7a3]{2,4}$/u.test(name)) {
    return name;
  }
  const surnameLength = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  if (name.length - surnameLength < 1) {
    return name;
  }
  return `${name.slice(0, surnameLength)} ${name.slice(surnameLength)}`;
}
