// Country normalisation for the country qualifier (logic-v2 country_mismatch, §1.1.3). Lists write
// countries as names ("China", "Iran (Islamic Republic of)"), ISO codes ("AM") or Japanese (中国);
// this table maps the forms that occur in our lists to ISO 3166-1 alpha-2. Unknown values are ignored
// (no rule fires), which is the conservative choice.

const TABLE: Record<string, string[]> = {
  CN: ["china", "people's republic of china", "prc", "中国", "中華人民共和国", "中华人民共和国"],
  HK: ["hong kong", "香港", "hong kong sar"],
  TW: ["taiwan", "台湾", "臺灣", "chinese taipei"],
  JP: ["japan", "日本"],
  KP: ["north korea", "democratic people's republic of korea", "dprk", "北朝鮮", "朝鮮民主主義人民共和国"],
  KR: ["south korea", "republic of korea", "korea", "韓国", "大韓民国"],
  RU: ["russia", "russian federation", "ロシア", "ロシア連邦"],
  BY: ["belarus", "ベラルーシ"],
  IR: ["iran", "iran (islamic republic of)", "islamic republic of iran", "イラン"],
  IQ: ["iraq", "イラク"],
  SY: ["syria", "syrian arab republic", "シリア"],
  AF: ["afghanistan", "アフガニスタン"],
  PK: ["pakistan", "パキスタン"],
  IN: ["india", "インド"],
  IL: ["israel", "イスラエル"],
  AE: ["united arab emirates", "uae", "アラブ首長国連邦"],
  TR: ["turkey", "türkiye", "turkiye", "トルコ"],
  AM: ["armenia", "アルメニア"],
  UZ: ["uzbekistan", "ウズベキスタン"],
  KZ: ["kazakhstan", "カザフスタン"],
  KG: ["kyrgyzstan", "キルギス"],
  TH: ["thailand", "タイ"],
  MY: ["malaysia", "マレーシア"],
  SG: ["singapore", "シンガポール"],
  US: ["united states", "united states of america", "usa", "アメリカ", "米国"],
  GB: ["united kingdom", "uk", "great britain", "英国", "イギリス"],
  DE: ["germany", "ドイツ"],
  FR: ["france", "フランス"],
  CU: ["cuba", "キューバ"],
  LB: ["lebanon", "レバノン"],
  YE: ["yemen", "イエメン"],
  LY: ["libya", "リビア"],
  SO: ["somalia", "ソマリア"],
  SD: ["sudan", "スーダン"],
  CD: ["democratic republic of the congo", "congo, democratic republic", "drc"],
  ML: ["mali", "マリ"],
  EG: ["egypt", "エジプト"],
  SA: ["saudi arabia", "サウジアラビア"],
  VE: ["venezuela", "ベネズエラ"],
  MM: ["myanmar", "burma", "ミャンマー"],
};

const LOOKUP = new Map<string, string>();
for (const [code, names] of Object.entries(TABLE)) {
  LOOKUP.set(code.toLowerCase(), code);
  for (const n of names) {
    LOOKUP.set(n, code);
  }
}

/** ISO alpha-2 code for a country name/code, or undefined if not recognised. */
export function countryCode(value: string): string | undefined {
  const v = value.normalize("NFKC").trim().toLowerCase().replace(/\.$/, "");
  if (v === "") {
    return undefined;
  }
  const hit = LOOKUP.get(v);
  if (hit !== undefined) {
    return hit;
  }
  return /^[a-z]{2}$/.test(v) ? v.toUpperCase() : undefined;
}

/** Recognised ISO codes of several country values (unrecognised ones dropped). */
export function countryCodes(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const c = countryCode(v);
    if (c !== undefined) {
      out.add(c);
    }
  }
  return [...out];
}
