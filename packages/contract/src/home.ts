import { HOME_ITEM_KEYS, NAV_AREAS } from "@renkei/domain";
import { z } from "zod";

/** One piece of work on the home page: how many, and the page where it is acted on (issue 11 item 3). */
export const ZHomeItem = z
  .object({
    key: z.enum(HOME_ITEM_KEYS),
    area: z.enum(NAV_AREAS),
    count: z.number().int(),
    figure: z.boolean(),
    to: z.string(),
  })
  .meta({ id: "HomeItem" });
export type THomeItem = z.infer<typeof ZHomeItem>;

/** A member institution whose registry a hub coordinator reads (consulting access), with its figures. */
export const ZHomeMember = z
  .object({
    institutionId: z.uuid(),
    nameJa: z.string(),
    nameEn: z.string(),
    partners: z.number().int(),
    partnersCreditMissing: z.number().int(),
    partnersForeignGov: z.number().int(),
  })
  .meta({ id: "HomeMember" });

export const ZHome = z
  .object({ items: z.array(ZHomeItem), members: z.array(ZHomeMember) })
  .meta({ id: "Home" });
export type THome = z.infer<typeof ZHome>;

export const SEARCH_KINDS = [
  "partner",
  "person",
  "case",
  "review",
  "classification",
  "trip",
  "visitor",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const ZSearchQuery = z.object({ q: z.string().trim().min(1).max(200) });

export const ZSearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.uuid(),
    /** A case number, review or trip reference the user knows the record by. */
    ref: z.string().nullable(),
    title: z.string(),
    detail: z.string().nullable(),
    to: z.string(),
  })
  .meta({ id: "SearchHit" });
export type TSearchHit = z.infer<typeof ZSearchHit>;

export const ZSearchResult = z
  .object({
    /** Only the kinds the caller may read are searched at all. */
    searched: z.array(z.enum(SEARCH_KINDS)),
    hits: z.array(ZSearchHit),
  })
  .meta({ id: "SearchResult" });
export type TSearchResult = z.infer<typeof ZSearchResult>;
