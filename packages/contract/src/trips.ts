import {
  CLEARANCE_STATUSES,
  OUTCOMES,
  TRIP_DECISIONS,
  TRIP_STATUSES,
  ZExportControlResult,
  ZTripItem,
  ZTripMeeting,
  ZTripPlan,
} from "@renkei/domain";
import { z } from "zod";
import { ZDecisionReason, ZUuid } from "./common";
import { ZPartyScreening } from "./ec-reach";

/** A trip as filed or revised by the traveller (domain ZTripPlan: destination, dates, meetings, items). */
export const ZTripInput = ZTripPlan.meta({ id: "TripInput" });

export const ZTripListQuery = z.object({
  status: z.enum(TRIP_STATUSES).optional(),
  /** `mine` (default for travellers) or `all` (officers, auditors). */
  scope: z.enum(["mine", "all"]).default("mine"),
});

export const ZTripDecisionInput = z
  .object({
    decision: z.enum(TRIP_DECISIONS),
    /** Why: its own required field, stored on the record and in its history (issue 11 item 6). */
    reason: ZDecisionReason,
    comment: z.string().trim().max(5000, "validation.too_long").default(""),
  })
  .meta({ id: "TripDecisionInput" });

export const ZTripSummary = z
  .object({
    id: ZUuid,
    ref: z.string(),
    travellerName: z.string(),
    destinationCountry: z.string(),
    destinationCity: z.string(),
    departOn: z.string(),
    returnOn: z.string(),
    purpose: z.string(),
    outcome: z.enum(OUTCOMES),
    status: z.enum(TRIP_STATUSES),
    clearance: z.enum(CLEARANCE_STATUSES),
    updatedAt: z.string(),
  })
  .meta({ id: "TripSummary" });
export type TTripSummary = z.infer<typeof ZTripSummary>;

export const ZTripReview = z.object({
  action: z.string(),
  comment: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
  outcome: z.enum(OUTCOMES),
  revision: z.number().int(),
});

export const ZTripDetail = ZTripSummary.extend({
  travellerId: ZUuid,
  meetings: z.array(ZTripMeeting),
  items: z.array(ZTripItem),
  assessment: z.object({
    outcome: z.enum(OUTCOMES),
    asOf: z.string(),
    parts: z.array(
      z.object({
        itemIndex: z.number().int().nullable(),
        meetingIndex: z.number().int().nullable(),
        facts: z.unknown(),
        result: ZExportControlResult,
      }),
    ),
    /** What screening the counterparts added (issue 15): holds and prohibitions with reasons. */
    screeningReasons: z
      .array(z.object({ ruleId: z.string(), sourceId: z.string(), text: z.string() }))
      .optional(),
  }),
  /** The counterparts screened against every list, with the officer's decisions (null: filed before). */
  counterpartScreening: ZPartyScreening.nullable(),
  revision: z.number().int(),
  version: z.number().int(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionComment: z.string(),
  decisionReason: z.string().nullable(),
  validUntil: z.string().nullable(),
  retainUntil: z.string(),
  reviews: z.array(ZTripReview),
  licences: z.array(
    z.object({
      id: ZUuid,
      title: z.string(),
      status: z.string(),
      metiNumber: z.string().nullable(),
      validUntil: z.string().nullable(),
    }),
  ),
  canRevise: z.boolean(),
  canDecide: z.boolean(),
}).meta({ id: "TripDetail" });
export type TTripDetail = z.infer<typeof ZTripDetail>;

/** What an external travel / expense system reads before it approves payment (issue 4). */
export const ZClearance = z
  .object({
    ref: z.string(),
    status: z.enum(CLEARANCE_STATUSES),
    decidedAt: z.string().nullable(),
    validUntil: z.string().nullable(),
  })
  .meta({ id: "Clearance" });
export type TClearance = z.infer<typeof ZClearance>;
