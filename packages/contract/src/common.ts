import { ERROR_CODES } from "@renkei/domain";
import { z } from "zod";

export const ZUuid = z.uuid();
/** A calendar date; year 0000 (which PostgreSQL cannot store) is refused like any invalid date. */
export const ZIsoDate = z.iso.date().refine((v) => !v.startsWith("0000"), "validation.date");
export { ZKnownCountryCode as ZCountryCode } from "@renkei/domain";

/**
 * The 理由 of a decision (review, classification approval, trip or visitor clearance): its own required
 * field, stored on the record and in its history, never hidden in a comment box (issue 11 item 6).
 */
export const ZDecisionReason = z
  .string({ error: "validation.reason_required" })
  .trim()
  .min(1, "validation.reason_required")
  .max(2000, "validation.too_long");

/** A text in Japanese (primary) and English; the client shows the reader's language. */
export const ZBilingual = z.object({ ja: z.string(), en: z.string() }).meta({ id: "Bilingual" });
export type TBilingual = z.infer<typeof ZBilingual>;

/**
 * Why an engine decided as it did: `text` and `citation` (the law, order, guideline or institution policy
 * applied) are for people; `ruleId` and `sourceId` are internal keys for scripts, never shown.
 */
export const ZReason = z
  .object({ ruleId: z.string(), sourceId: z.string(), text: ZBilingual, citation: ZBilingual })
  .meta({ id: "Reason" });
export type TReason = z.infer<typeof ZReason>;

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: "ErrorResponse" });
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
