import { z } from "zod";
import { loadVersioned, ZVersionedBase } from "./versioned";

/** 外為令別表 / 輸出令別表第1 item numbers (spec §3.1); "3-2" is 3の2. */
export const LIST_ITEM_IDS = [
  "1",
  "2",
  "3",
  "3-2",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
] as const;
export type ListItemId = (typeof LIST_ITEM_IDS)[number];

/** Sensitivity tiers of spec §3.2 (tags, not a partition). */
export const SENSITIVITY_TIERS = ["T-WMD", "T-ARMS", "T-VSL", "T-WA-SL", "T-DU", "T-CA"] as const;
export type SensitivityTier = (typeof SENSITIVITY_TIERS)[number];

const ZListItem = z.object({
  item: z.enum(LIST_ITEM_IDS),
  titleJa: z.string(),
  titleEn: z.string(),
  regime: z.string(),
  techArticle: z.string().nullable(),
  tiers: z.array(z.enum(SENSITIVITY_TIERS)).min(1),
});
export type ListItem = z.infer<typeof ZListItem>;

export const ZListItemTable = ZVersionedBase.extend({
  id: z.literal("LIST_ITEMS"),
  items: z.array(ZListItem).length(LIST_ITEM_IDS.length),
});
export type ListItemTable = z.infer<typeof ZListItemTable>;

/** HS-code prefixes defining item 16(1) 特定品目 (貨物等省令第14条の2; spec §4.2, S22, S26 03). */
export const ZItem16SpecificHs = ZVersionedBase.extend({
  id: z.literal("ITEM_16_1_HS"),
  includePrefixes: z.array(z.string().regex(/^\d{4,6}$/)).min(1),
  excludePrefixes: z.array(z.string().regex(/^\d{4,6}$/)),
});
export type Item16SpecificHs = z.infer<typeof ZItem16SpecificHs>;

const item = (
  id: ListItemId,
  titleJa: string,
  titleEn: string,
  regime: string,
  techArticle: string | null,
  tiers: SensitivityTier[],
): ListItem => ({ item: id, titleJa, titleEn, regime, techArticle, tiers });

export const LIST_ITEM_TABLES: readonly ListItemTable[] = loadVersioned(ZListItemTable, [
  {
    id: "LIST_ITEMS",
    version: "list-items@2019-08-02",
    sourceId: "S26",
    effectiveFrom: "2019-08-02",
    effectiveTo: null,
    tag: "S",
    note: "Item structure 1–16; specifications change almost yearly in 貨物等省令 (e.g. 2025-03-25), which the 該非判定 records separately.",
    items: [
      // Item 1 is T-WMD except 1(5)(6)(10)–(12); without the sub-item we keep the stricter tag (§3.2).
      item("1", "武器", "Arms", "WA Munitions List", null, ["T-ARMS", "T-WMD"]),
      item("2", "原子力", "Nuclear", "NSG", "第15条", ["T-WMD"]),
      item("3", "化学兵器", "Chemical weapons", "AG / CWC", "第15条の2", ["T-WMD"]),
      item("3-2", "生物兵器", "Biological weapons", "AG / BWC", "第15条の3", ["T-WMD"]),
      item("4", "ミサイル", "Missiles", "MTCR", "第16条", ["T-WMD"]),
      item("5", "先端材料", "Advanced materials", "WA", "第17条", ["T-DU"]),
      item("6", "材料加工", "Materials processing", "WA", "第18条", ["T-DU"]),
      item("7", "エレクトロニクス", "Electronics", "WA", "第19条", ["T-DU"]),
      item("8", "電子計算機", "Computers", "WA", "第20条", ["T-DU"]),
      item("9", "通信・情報セキュリティ", "Telecom & information security", "WA", "第21条", ["T-DU"]),
      item("10", "センサー・レーザー", "Sensors & lasers", "WA", "第22条", ["T-DU"]),
      item("11", "航法装置", "Navigation & avionics", "WA", "第23条", ["T-DU"]),
      item("12", "海洋関連", "Marine", "WA", "第24条", ["T-DU"]),
      item("13", "推進装置", "Propulsion", "WA", "第25条", ["T-DU"]),
      item("14", "その他", "Others (munitions-related)", "WA", "第26条", ["T-DU"]),
      item("15", "機微品目", "Very sensitive items", "WA Very Sensitive List", "第27条", ["T-VSL"]),
      item("16", "キャッチオール", "Catch-all", "—", "第28条", ["T-CA"]),
    ],
  },
]);

export const ITEM_16_1_HS: readonly Item16SpecificHs[] = loadVersioned(ZItem16SpecificHs, [
  {
    id: "ITEM_16_1_HS",
    version: "16-1-hs@2025-10-09",
    sourceId: "S22",
    effectiveFrom: "2025-10-09",
    effectiveTo: null,
    tag: "S",
    note: "Machine tools 84.56–84.61, radar/radio 85.26, ICs 85.42 (excl. 8542.90), 8802.60, 88.06, 88.07, 9014.20/.80, 9027.50, 9030.20/.32/.39.",
    includePrefixes: [
      "8456",
      "8457",
      "8458",
      "8459",
      "8460",
      "8461",
      "8526",
      "8542",
      "880260",
      "8806",
      "8807",
      "901420",
      "901480",
      "902750",
      "903020",
      "903032",
      "903039",
    ],
    excludePrefixes: ["854290"],
  },
]);
