import { z } from "zod";
import { LIST_ITEM_IDS } from "../export-control/data/list-items";
import { PURPOSES } from "../export-control/schema";
import { ZKnownCountryCode } from "../shared/countries";

/**
 * An overseas trip (出張) as the researcher describes it: where, when, whom they meet, what they present,
 * carry or send (spec §6.3 trigger events: "overseas business trips (laptops, samples, instruments)").
 * Field errors are i18n keys (`validation.*`), like the other contract schemas.
 */
const country = ZKnownCountryCode;
const isoDate = z.iso.date("validation.date");
const text = (max: number) => z.string().trim().max(max, "validation.too_long");

/** 該非判定 result of an item: a list item, `none` (非該当) or `unknown` (not classified yet). */
export const TRIP_ITEM_CLASSES = [...LIST_ITEM_IDS, "16-1", "16-2", "none", "unknown"] as const;
export type TripItemClass = (typeof TRIP_ITEM_CLASSES)[number];

/**
 * How technology travels (spec §1.2): shown or explained in person (TT2), carried on a laptop / USB /
 * paper (TT3), or sent by e-mail / cloud (TT4); goods are carried or shipped (輸出).
 */
export const TRIP_ITEM_MODES = ["presented", "carried", "sent", "shipped_goods", "carried_goods"] as const;
export type TripItemMode = (typeof TRIP_ITEM_MODES)[number];

export const ZTripMeeting = z.object({
  name: text(200).default(""),
  organisation: text(300).min(1, "validation.required"),
  country,
});

export const ZTripItem = z.object({
  description: text(500).min(1, "validation.required"),
  mode: z.enum(TRIP_ITEM_MODES),
  classification: z.enum(TRIP_ITEM_CLASSES).default("unknown"),
  /** Already published to unspecified many (spec §5 EX-PUBLIC). */
  published: z.boolean().default(false),
  purpose: z.enum(PURPOSES).default("other"),
  /** Optional link to a 該非判定 record (its id, or the reference printed on it). */
  classificationRef: text(100)
    .nullish()
    .transform((v) => v || null),
});

export const ZTripPlan = z
  .object({
    destinationCountry: country,
    destinationCity: text(200).default(""),
    departOn: isoDate,
    returnOn: isoDate,
    purpose: text(2000).min(1, "validation.required"),
    meetings: z.array(ZTripMeeting).max(50).default([]),
    items: z.array(ZTripItem).max(50).default([]),
  })
  .refine((t) => t.returnOn >= t.departOn, {
    path: ["returnOn"],
    message: "validation.return_before_departure",
  });

export type TripPlan = z.infer<typeof ZTripPlan>;
export type TripPlanInput = z.input<typeof ZTripPlan>;
export type TripItem = z.infer<typeof ZTripItem>;
export type TripMeeting = z.infer<typeof ZTripMeeting>;
