import { TOUR_ITEM_DECISIONS, TOUR_ITEM_KINDS, TOUR_STATUSES } from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate } from "./common";

/** HTTP contract of facility tours and handouts for short visits (issue 17 item 5; spec C7). */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const ZUserRef = z.object({ id: z.uuid(), displayName: z.string() });

export const ZTourItemInput = z.object({
  kind: z.enum(TOUR_ITEM_KINDS),
  description: text(1000).min(1, "validation.required"),
  responsibleUserId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});

export const ZVisitTourInput = z
  .object({
    title: text(200).min(1, "validation.required"),
    visitOn: ZIsoDate.nullish().transform((v) => v ?? null),
    hostUserId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    items: z.array(ZTourItemInput).max(100).default([]),
  })
  .meta({ id: "VisitTourInput" });
export type TVisitTourInput = z.input<typeof ZVisitTourInput>;

export const ZVisitTourUpdate = z.object({ version: z.number().int().min(1), tour: ZVisitTourInput });
export const ZVisitTourVersion = z.object({ version: z.number().int().min(1) });

export const ZVisitTourDecision = z
  .object({
    version: z.number().int().min(1),
    outcome: z.enum(["approve", "return"]),
    decisions: z
      .array(
        z.object({
          decision: z.enum(["allowed", "conditional", "refused"]),
          conditions: text(1000).default(""),
        }),
      )
      .max(100)
      .default([]),
    comment: text(5000).default(""),
  })
  .meta({ id: "VisitTourDecision" });

export const ZVisitTourCompletion = z
  .object({ version: z.number().int().min(1), done: z.array(z.boolean()).max(100) })
  .meta({ id: "VisitTourCompletion" });

export const ZVisitTour = z
  .object({
    id: z.uuid(),
    visitorId: z.uuid(),
    title: z.string(),
    visitOn: z.string().nullable(),
    host: ZUserRef.nullable(),
    status: z.enum(TOUR_STATUSES),
    items: z.array(
      z.object({
        kind: z.enum(TOUR_ITEM_KINDS),
        description: z.string(),
        responsible: ZUserRef.nullable(),
        decision: z.enum(TOUR_ITEM_DECISIONS),
        conditions: z.string(),
        done: z.boolean(),
      }),
    ),
    decidedBy: ZUserRef.nullable(),
    decidedAt: z.string().nullable(),
    decisionComment: z.string(),
    completedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "VisitTour" });
export type TVisitTour = z.infer<typeof ZVisitTour>;
