import { compareDates, type IsoDate } from "../shared/dates";

/**
 * Pledge (誓約書) texts, versioned like rule data: a signed pledge records the exact version it was signed
 * against, so a later edit of the wording never changes what someone agreed to. The wording is a
 * paraphrase of the university forms the spec cites (S04 SOKENDAI 特定類型 pledge reproducing 役務通達
 * 別紙1-4; S30b Obihiro student/staff pledge; S07 Tsukuba admission pledges) — spec "quote nothing
 * verbatim"; an institution replaces it with its own regulation's text by adding a new version.
 */
export const PLEDGE_KINDS = ["tokutei_declaration", "fefta_compliance"] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

/** The 特定類型 answer on the pledge (S04: checkboxes ① / ② / ① and ② / neither; ③ is not pledged). */
export const PLEDGE_TOKUTEI_ANSWERS = ["none", "T1", "T2", "T1_T2"] as const;
export type PledgeTokuteiAnswer = (typeof PLEDGE_TOKUTEI_ANSWERS)[number];

export interface PledgeText {
  kind: PledgeKind;
  /** `<kind>@<effective date>.<n>`; stored with every signature. */
  version: string;
  effectiveFrom: IsoDate;
  sourceIds: string[];
  title: { ja: string; en: string };
  body: { ja: string; en: string };
  /** Months after which the institution asks for the pledge again (spec §1.4 nextReviewDue [R]). */
  renewAfterMonths: number;
}

export const PLEDGE_TEXTS: readonly PledgeText[] = [
  {
    kind: "tokutei_declaration",
    version: "tokutei_declaration@2022-05-01.1",
    effectiveFrom: "2022-05-01",
    sourceIds: ["S04", "S06", "S26"],
    title: { ja: "特定類型該当性に関する誓約書", en: "Pledge on the specific categories (特定類型)" },
    body: {
      ja:
        "私は、外国為替及び外国貿易法に基づく役務取引の管理に関し、次のとおり申告し誓約します。\n" +
        "1. 外国の法人・政府等との雇用契約その他の契約により、その指揮命令に服し又は善管注意義務を負う者（類型①）に該当するかどうかを正しく申告しました。\n" +
        "2. 外国政府等から、年間所得の25%以上に相当する金銭その他の重大な利益を得ている又は得ることを約している者（類型②）に該当するかどうかを正しく申告しました。\n" +
        "3. 申告内容に変更が生じた場合は、速やかに所属機関に届け出ます。",
      en:
        "Concerning the control of technology provision under the Foreign Exchange and Foreign Trade Act, I declare and pledge:\n" +
        "1. I have correctly declared whether, under an employment or other contract with a foreign entity or government, I am subject to its direction or owe it a duty of care (category ①).\n" +
        "2. I have correctly declared whether I receive, or have agreed to receive, from a foreign government money or other significant benefit of 25% or more of my annual income (category ②).\n" +
        "3. I will report any change to these facts to the institution without delay.",
    },
    renewAfterMonths: 12,
  },
  {
    kind: "fefta_compliance",
    version: "fefta_compliance@2022-05-01.1",
    effectiveFrom: "2022-05-01",
    sourceIds: ["S30b", "S07"],
    title: { ja: "安全保障輸出管理に関する誓約書", en: "Pledge on security export control" },
    body: {
      ja:
        "私は、在籍・滞在中に次の事項を遵守することを誓約します。\n" +
        "1. 研究上の技術を外国において、又は非居住者・特定類型該当者に提供する前、及び試料・機器を輸出する前に、受入教員に相談し所定の手続を行います。\n" +
        "2. 機関の物品・資料を許可なく持ち出しません。\n" +
        "3. 得た技術を大量破壊兵器等又は通常兵器の開発等に用いません。\n" +
        "4. 離籍後も、受入機関の承認なく未公開の研究成果を公表・使用しません。",
      en:
        "During my stay I pledge to:\n" +
        "1. consult my host and follow the required procedure before providing research technology abroad or to non-residents or persons in a specific category, and before exporting samples or equipment;\n" +
        "2. not remove institutional property or materials without permission;\n" +
        "3. not use any technology obtained for the development of weapons of mass destruction or conventional weapons;\n" +
        "4. not publish or use unpublished research results without the host's approval after I leave.",
    },
    renewAfterMonths: 12,
  },
];

/** The pledge text of `kind` in force on `asOf` (the latest version effective on or before that date). */
export function currentPledgeText(kind: PledgeKind, asOf: IsoDate): PledgeText | null {
  const candidates = PLEDGE_TEXTS.filter(
    (p) => p.kind === kind && compareDates(p.effectiveFrom, asOf) <= 0,
  ).sort((a, b) => compareDates(b.effectiveFrom, a.effectiveFrom));
  return candidates[0] ?? null;
}

export function pledgeTextByVersion(version: string): PledgeText | null {
  return PLEDGE_TEXTS.find((p) => p.version === version) ?? null;
}
