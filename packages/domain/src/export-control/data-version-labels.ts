import type { Bilingual } from "../shared/decision";

/**
 * Data versions as a person reads them: what the data is and since when it applies
 * (`listItems: "list-items@2019-08-02"` → 「輸出貿易管理令別表第1（リスト規制品目） 2019-08-02 版」), so
 * screens, PDFs and mail never show the internal `name@version` keys.
 */
const WHAT: Record<string, Bilingual> = {
  engine: { ja: "判定エンジン", en: "Assessment engine" },
  groupA: {
    ja: "輸出貿易管理令別表第3（グループA）",
    en: "Export Trade Control Order Appended Table 3 (Group A)",
  },
  groupBKnown: { ja: "国・地域グループB", en: "Country group B" },
  unArmsEmbargo: {
    ja: "輸出貿易管理令別表第3の2（国連武器禁輸国・地域）",
    en: "Export Order Appended Table 3-2 (UN arms embargo)",
  },
  concernCountries: {
    ja: "輸出貿易管理令別表第4（懸念国）",
    en: "Export Order Appended Table 4 (countries of concern)",
  },
  eul: { ja: "経済産業省 外国ユーザーリスト", en: "METI End User List" },
  listItems: {
    ja: "輸出貿易管理令別表第1（リスト規制品目）",
    en: "Export Order Appended Table 1 (list-controlled items)",
  },
  catchAllMatrix: { ja: "キャッチオール規制の要件", en: "Catch-all requirements" },
  residencyRules: {
    ja: "外国為替法令の解釈及び運用について 6-1-5（居住性）",
    en: "MOF interpretation 6-1-5 (residency)",
  },
  item16Specific: { ja: "16項(1) 特定品目（HSコード）", en: "Item 16(1) specified goods (HS codes)" },
  tokutei: { ja: "特定類型（役務通達）", en: "Specified categories (Services Circular)" },
  sanctions: { ja: "制裁措置", en: "Sanctions" },
  exemptions: { ja: "役務取引の特例", en: "Exemptions for technology provision" },
  scheme: { ja: "秘密情報の区分", en: "Confidentiality scheme" },
};

const SINCE = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;

function versionOf(part: string): Bilingual {
  const at = part.lastIndexOf("@");
  const v = at >= 0 ? part.slice(at + 1) : part;
  if (SINCE.test(v)) {
    return { ja: `${v} 版`, en: `version of ${v}` };
  }
  if (/^\d+$/.test(v)) {
    return { ja: `第${v}版`, en: `version ${v}` };
  }
  if (v.startsWith("current-to-")) {
    const to = v.slice("current-to-".length);
    return { ja: `${to} まで有効`, en: `in force until ${to}` };
  }
  return { ja: `${v} 版`, en: `version ${v}` };
}

export function dataVersionLabel(key: string, value: string): Bilingual {
  const what = WHAT[key] ?? { ja: "参照データ", en: "Reference data" };
  const parts = value.split(",").filter((p) => p.length > 0);
  // Several sources in one value (sanctions, exemptions): name the newest date once, not every code.
  const versions = parts.map(versionOf);
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    ja: `${what.ja} ${unique(versions.map((v) => v.ja)).join("・")}`,
    en: `${what.en}, ${unique(versions.map((v) => v.en)).join("; ")}`,
  };
}

/** Every data version of a decision in the reader's words, in the order given. */
export function dataVersionLabels(versions: Record<string, string>): Bilingual[] {
  return Object.entries(versions).map(([k, v]) => dataVersionLabel(k, v));
}
