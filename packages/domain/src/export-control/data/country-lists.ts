import { z } from "zod";
import { loadVersioned, ZVersionedBase } from "./versioned";

/**
 * Destination tables of 輸出貿易管理令 (spec §4.6), versioned by effective date. Our coverage starts on
 * 2019-08-02, when the "white countries" were renamed Group A and the A–D grouping began (S32); earlier
 * history of Group A is not captured, so assessments before that date are routed to manual review.
 */
export const COUNTRY_LIST_IDS = [
  /** 輸出令別表第3 = Group A. */
  "GROUP_A",
  /** Countries known to be Group B. The full enumeration is not in our sources ([U], spec §11 V4). */
  "GROUP_B_KNOWN",
  /** 輸出令別表第3の2: UN arms-embargo countries/regions. */
  "UN_ARMS_EMBARGO",
  /** 輸出令別表第4: Iran, Iraq, North Korea (懸念国). */
  "CONCERN_COUNTRIES",
] as const;
export type CountryListId = (typeof COUNTRY_LIST_IDS)[number];

export const ZCountryList = ZVersionedBase.extend({
  id: z.enum(COUNTRY_LIST_IDS),
  /** ISO 3166-1 alpha-2 codes. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
});
export type CountryList = z.infer<typeof ZCountryList>;

// 26 Group A members other than the Republic of Korea (spec §4.6 table, S26 01, S64).
const GROUP_A_WITHOUT_KR = [
  "AR",
  "AU",
  "AT",
  "BE",
  "BG",
  "CA",
  "CZ",
  "DK",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LU",
  "NL",
  "NZ",
  "NO",
  "PL",
  "PT",
  "ES",
  "SE",
  "CH",
  "GB",
  "US",
];

// 別表第3の2 as of 2018-12-19 onwards (10 entries; S26 01/09, S30).
const UN_EMBARGO_2018 = ["AF", "CF", "CD", "IQ", "LB", "LY", "KP", "SO", "SS", "SD"];

export const COUNTRY_LISTS: readonly CountryList[] = loadVersioned(ZCountryList, [
  {
    id: "GROUP_A",
    version: "group-a@2019-08-02",
    sourceId: "S32",
    effectiveFrom: "2019-08-02",
    effectiveTo: "2019-08-27",
    tag: "S",
    note: "27 countries including the Republic of Korea (white countries renamed Group A).",
    countries: [...GROUP_A_WITHOUT_KR, "KR"],
  },
  {
    id: "GROUP_A",
    version: "group-a@2019-08-28",
    sourceId: "S32",
    effectiveFrom: "2019-08-28",
    effectiveTo: "2023-07-20",
    tag: "S",
    note: "Republic of Korea moved A → B by 輸出令 amendment.",
    countries: GROUP_A_WITHOUT_KR,
  },
  {
    id: "GROUP_A",
    version: "group-a@2023-07-21",
    sourceId: "S31",
    effectiveFrom: "2023-07-21",
    effectiveTo: null,
    tag: "S",
    note: "Republic of Korea restored to 別表第3 (cabinet decision 2023-06-27); 27 countries (S26, S64).",
    countries: [...GROUP_A_WITHOUT_KR, "KR"],
  },
  {
    id: "GROUP_B_KNOWN",
    version: "group-b-known@2019-08-02",
    sourceId: "S32",
    effectiveFrom: "2019-08-02",
    effectiveTo: "2019-08-27",
    tag: "U",
    note: "Membership of Group B is not enumerated in our sources (spec §11 V4).",
    countries: [],
  },
  {
    id: "GROUP_B_KNOWN",
    version: "group-b-known@2019-08-28",
    sourceId: "S32",
    effectiveFrom: "2019-08-28",
    effectiveTo: "2023-07-20",
    tag: "U",
    note: "Only the Republic of Korea is known to have been Group B in this period (S32, S31).",
    countries: ["KR"],
  },
  {
    id: "GROUP_B_KNOWN",
    version: "group-b-known@2023-07-21",
    sourceId: "S31",
    effectiveFrom: "2023-07-21",
    effectiveTo: null,
    tag: "U",
    note: "Membership of Group B is not enumerated in our sources (spec §11 V4).",
    countries: [],
  },
  {
    id: "UN_ARMS_EMBARGO",
    version: "beppyo3-2@2012-02-01",
    sourceId: "S29",
    effectiveFrom: "2012-02-01",
    effectiveTo: "2014-09-14",
    tag: "U",
    note: "Libya added, Sierra Leone removed (S29). Liberia/South Sudan dates not captured (V5): both kept (conservative).",
    countries: [...UN_EMBARGO_2018.filter((c) => c !== "CF"), "ER", "CI", "LR"],
  },
  {
    id: "UN_ARMS_EMBARGO",
    version: "beppyo3-2@2014-09-15",
    sourceId: "S29",
    effectiveFrom: "2014-09-15",
    effectiveTo: "2016-07-28",
    tag: "S",
    note: "Central African Republic added; 12 entries (S29).",
    countries: [...UN_EMBARGO_2018, "ER", "CI"],
  },
  {
    id: "UN_ARMS_EMBARGO",
    version: "beppyo3-2@2016-07-29",
    sourceId: "S28",
    effectiveFrom: "2016-07-29",
    effectiveTo: "2018-12-18",
    tag: "S",
    note: "Côte d'Ivoire removed (S28).",
    countries: [...UN_EMBARGO_2018, "ER"],
  },
  {
    id: "UN_ARMS_EMBARGO",
    version: "beppyo3-2@2018-12-19",
    sourceId: "S27",
    effectiveFrom: "2018-12-19",
    effectiveTo: null,
    tag: "P",
    note: "Eritrea removed (S27); 10 countries/regions (S26, S30).",
    countries: UN_EMBARGO_2018,
  },
  {
    id: "CONCERN_COUNTRIES",
    version: "beppyo4@2019-08-02",
    sourceId: "S26",
    effectiveFrom: "2019-08-02",
    effectiveTo: null,
    tag: "S",
    note: "Iran, Iraq, North Korea. Unchanged in our sources; earlier history not captured.",
    countries: ["IR", "IQ", "KP"],
  },
]);
