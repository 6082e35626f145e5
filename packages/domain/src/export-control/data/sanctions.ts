import { z } from "zod";
import { loadVersioned, ZVersionedBase } from "./versioned";

/** Sanctions programmes checked independently of list control and catch-all (spec §4.6, §12). */
export const SANCTIONS_PROGRAM_IDS = [
  "NK_TOTAL_BAN",
  "RU_BY_MEASURES",
  "RU_DESIGNATED_ENTITY_THIRD_COUNTRY",
  "IRAN_UNSCR2231",
] as const;
export type SanctionsProgramId = (typeof SANCTIONS_PROGRAM_IDS)[number];

/**
 * What a programme prohibits. `ALL` = every export; `LIST_ITEMS` = items 1–15, with item 16 partly
 * covered (別表第2の3 general-purpose goods, not enumerated here); `WMD_RELATED` = WMD-related items only;
 * `DESIGNATED_ENTITIES` = only transactions with designated entities in the listed countries.
 */
export const ZSanctionsScope = z.enum(["ALL", "LIST_ITEMS", "WMD_RELATED", "DESIGNATED_ENTITIES"]);
export type SanctionsScope = z.infer<typeof ZSanctionsScope>;

export const ZSanctionsProgram = ZVersionedBase.extend({
  id: z.enum(SANCTIONS_PROGRAM_IDS),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
  scope: ZSanctionsScope,
  /** Whether the goods measure is confirmed to extend to technology provision in our sources. */
  coversTechnology: z.boolean(),
  /** A measure with a fixed end date that is routinely renewed: past its end, ask a human. */
  renewable: z.boolean(),
});
export type SanctionsProgram = z.infer<typeof ZSanctionsProgram>;

export const SANCTIONS_PROGRAMS: readonly SanctionsProgram[] = loadVersioned(ZSanctionsProgram, [
  {
    id: "NK_TOTAL_BAN",
    version: "nk@current-to-2027-04-13",
    sourceId: "S26",
    effectiveFrom: "2019-08-02",
    effectiveTo: "2027-04-13",
    tag: "S",
    note: "All goods exports to North Korea prohibited (輸出令附則第3項); current measure runs to 2027-04-13. Start of the measure before our coverage not captured.",
    countries: ["KP"],
    scope: "ALL",
    coversTechnology: false,
    renewable: true,
  },
  {
    id: "RU_BY_MEASURES",
    version: "beppyo2-3@2022",
    sourceId: "S26",
    effectiveFrom: "2022-03-18",
    effectiveTo: null,
    tag: "U",
    note: "輸出令別表第2の3: all items 1–15, CW/BW-related and many general-purpose goods. Start date not in our sources ([U]); 2022-03-18 assumed.",
    countries: ["RU", "BY"],
    scope: "LIST_ITEMS",
    coversTechnology: false,
    renewable: false,
  },
  {
    id: "RU_DESIGNATED_ENTITY_THIRD_COUNTRY",
    version: "beppyo2-4@2022",
    sourceId: "S26",
    effectiveFrom: "2022-03-18",
    effectiveTo: null,
    tag: "U",
    note: "輸出令別表第2の4: third countries with designated Russia-related entities. Start date not in our sources ([U]).",
    countries: ["AE", "AM", "CN", "IN", "KZ", "KG", "SY", "TH", "TR", "UZ"],
    scope: "DESIGNATED_ENTITIES",
    coversTechnology: false,
    renewable: false,
  },
  {
    id: "IRAN_UNSCR2231",
    version: "iran-snapback@2025-09-29",
    sourceId: "S24",
    effectiveFrom: "2025-09-29",
    effectiveTo: null,
    tag: "S",
    note: "UNSCR 2231 snapback: WMD-related goods/technology to Iran effectively prohibited.",
    countries: ["IR"],
    scope: "WMD_RELATED",
    coversTechnology: true,
    renewable: false,
  },
]);
