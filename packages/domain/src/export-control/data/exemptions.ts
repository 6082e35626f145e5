import { z } from "zod";
import { loadVersioned, ZVersionedBase } from "./versioned";

/** Exemption ids of the assessment interface (spec §5; EX-CA16 is reported as plain NO_LICENCE). */
export const EXEMPTION_IDS = [
  "EX-PUBLIC",
  "EX-BASIC-SCI",
  "EX-IPR",
  "EX-USE-GOODS",
  "EX-USE-PROG",
  "EX-COMMERCIAL-PROG",
] as const;
export type ExemptionId = (typeof EXEMPTION_IDS)[number];

export const ZExemptionDefinition = ZVersionedBase.extend({
  id: z.enum(EXEMPTION_IDS),
  /** 貿易外省令 第9条第2項 item; `articleConfirmed: false` where the spec marks the numbering [U] (§11 V1). */
  article: z.string(),
  articleConfirmed: z.boolean(),
  titleJa: z.string(),
  conditions: z.string(),
  exclusions: z.string(),
  /** Order in which candidates are tried; the first that applies is reported. */
  priority: z.number().int(),
});
export type ExemptionDefinition = z.infer<typeof ZExemptionDefinition>;

// Coverage starts with our other data (2019-08-02); the exemptions themselves are older.
const FROM = "2019-08-02";

export const EXEMPTION_DEFINITIONS: readonly ExemptionDefinition[] = loadVersioned(ZExemptionDefinition, [
  {
    id: "EX-PUBLIC",
    version: "ex-public@1",
    sourceId: "S15",
    effectiveFrom: FROM,
    effectiveTo: null,
    tag: "P",
    article: "貿易外省令9条2項9号",
    articleConfirmed: true,
    titleJa: "公知の技術",
    conditions:
      "Already available to unspecified many (イ–ニ), or provided to make it public (ホ: conference papers, journal submissions, open lectures) with no NDA or restricted participation.",
    exclusions:
      "'Well known in the field' is not public; closed or NDA-bound audiences do not qualify; Q&A only within the presented scope.",
    priority: 1,
  },
  {
    id: "EX-BASIC-SCI",
    version: "ex-basic-sci@1",
    sourceId: "S17",
    effectiveFrom: FROM,
    effectiveTo: null,
    tag: "P",
    article: "貿易外省令9条2項10号",
    articleConfirmed: true,
    titleJa: "基礎科学分野の研究活動",
    conditions:
      "Main purpose is elucidating principles of natural phenomena by theoretical or experimental methods, not aimed at designing or producing a specific product.",
    exclusions: "Fails when aimed at a specific product; industry joint/commissioned research often fails.",
    priority: 2,
  },
  {
    id: "EX-IPR",
    version: "ex-ipr@1",
    sourceId: "S26",
    effectiveFrom: FROM,
    effectiveTo: null,
    tag: "U",
    article: "貿易外省令9条2項11号 (numbering unconfirmed)",
    articleConfirmed: false,
    titleJa: "工業所有権の出願・登録に必要な最小限の技術",
    conditions: "Minimum technology necessary to file or register an industrial property right.",
    exclusions: "Anything beyond the filing minimum (e.g. full production know-how).",
    priority: 3,
  },
  {
    id: "EX-USE-GOODS",
    version: "ex-use-goods@1",
    sourceId: "S26",
    effectiveFrom: FROM,
    effectiveTo: null,
    tag: "S",
    article: "貿易外省令9条2項12号",
    articleConfirmed: true,
    titleJa: "貨物に付随する使用技術",
    conditions:
      "Minimum use technology (installation, operation, maintenance, repair) provided with a goods export to the buyer/consignee/end-user, on or after the later of licence date and contract date.",
    exclusions:
      "Performance upgrades, repair equivalent to design/production technology, technology including design/production technology; 使用技術告示 items.",
    priority: 4,
  },
  {
    id: "EX-USE-PROG",
    version: "ex-use-prog@1",
    sourceId: "S26",
    effectiveFrom: FROM,
    effectiveTo: null,
    tag: "U",
    article: "貿易外省令9条2項13号 region (numbering unconfirmed)",
    articleConfirmed: false,
    titleJa: "プログラムに付随する使用技術",
    conditions: "Minimum use technology incidental to the provision of a program.",
    exclusions: "告示 exclusions; anything including design/production technology.",
    priority: 5,
  },
  {
    id: "EX-COMMERCIAL-PROG",
    version: "ex-commercial-prog@1",
    sourceId: "S26",
    effectiveFrom: FROM,
    effectiveTo: null,
    tag: "U",
    article: "貿易外省令9条2項14号 region (numbering unconfirmed)",
    articleConfirmed: false,
    titleJa: "市販プログラム",
    conditions:
      "Programs generally sold to the public (over the counter, mail/phone order, designed for user installation).",
    exclusions: "Some encryption programs and custom-made programs (告示 exclusions).",
    priority: 6,
  },
]);
