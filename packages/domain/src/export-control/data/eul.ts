import { z } from "zod";
import { loadVersioned, ZVersionedBase } from "./versioned";

/** 外国ユーザーリスト concern categories (spec §4.5): WMD B/C/M/N and conventional weapons CW (2025). */
export const EUL_CATEGORIES = ["B", "C", "M", "N", "CW"] as const;
export type EulCategory = (typeof EUL_CATEGORIES)[number];
export const WMD_EUL_CATEGORIES: readonly EulCategory[] = ["B", "C", "M", "N"];

/**
 * One revision of the End User List as rule data. The entity names themselves are screened by the
 * server (it owns the list files); the engine needs the revision in force and which categories exist.
 */
export const ZEulVersion = ZVersionedBase.extend({
  id: z.literal("EUL"),
  categories: z.array(z.enum(EUL_CATEGORIES)).min(1),
  entityCount: z.number().int().positive().nullable(),
  countryCount: z.number().int().positive().nullable(),
});
export type EulVersion = z.infer<typeof ZEulVersion>;

export const EUL_VERSIONS: readonly EulVersion[] = loadVersioned(ZEulVersion, [
  {
    id: "EUL",
    version: "eul@pre-2025-10-09",
    sourceId: "S18",
    effectiveFrom: "2019-08-02",
    effectiveTo: "2025-10-08",
    tag: "U",
    note: "Revisions before 2025 are not itemised in our sources; WMD categories only.",
    categories: ["B", "C", "M", "N"],
    entityCount: null,
    countryCount: null,
  },
  {
    id: "EUL",
    version: "eul@2025-10-09",
    sourceId: "S23",
    effectiveFrom: "2025-10-09",
    effectiveTo: null,
    tag: "P",
    note: "Published 2025-09-29; 835 entities in 15 countries/regions; CW category added (S23, S26 03).",
    categories: ["B", "C", "M", "N", "CW"],
    entityCount: 835,
    countryCount: 15,
  },
]);
