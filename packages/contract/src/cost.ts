import { INDIRECT_PARTS, ZCostComponents } from "@renkei/domain";
import { z } from "zod";
import { ZBilingual, ZIsoDate, ZReason } from "./common";

/** HTTP contract of the quotation's cost components (issue 17 item 4). Rules live in the domain. */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");

export const ZCostComponentsInput = ZCostComponents.meta({ id: "CostComponentsInput" });
export type TCostComponentsInput = z.input<typeof ZCostComponentsInput>;

export const ZCostComponentsView = z
  .object({
    settings: ZCostComponents,
    /** False while the institution uses the defaults. */
    saved: z.boolean(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: "CostComponentsView" });
export type TCostComponentsView = z.infer<typeof ZCostComponentsView>;

/** The partner's agreement to the secrecy cost, as the office records it with its evidence. */
export const ZSecrecyAgreementInput = z
  .object({
    agreedOn: ZIsoDate,
    partnerSignatory: required(200),
    /** Where the agreement is written: the contract clause, the signed quotation, the mail of the partner. */
    evidence: required(2_000),
  })
  .meta({ id: "SecrecyAgreementInput" });
export type TSecrecyAgreementInput = z.input<typeof ZSecrecyAgreementInput>;

export const ZSecrecyWithdrawInput = z
  .object({ reason: required(1_000) })
  .meta({ id: "SecrecyWithdrawInput" });
export type TSecrecyWithdrawInput = z.input<typeof ZSecrecyWithdrawInput>;

const ZAgreementRecord = z.object({
  agreedOn: z.string(),
  partnerSignatory: z.string(),
  evidence: z.string(),
  recordedByLabel: z.string(),
  recordedAt: z.string(),
});

export const ZQuotationView = z
  .object({
    id: z.uuid(),
    partnerName: z.string(),
    issuedOn: z.string(),
    validUntil: z.string(),
    totalYen: z.number().int(),
    indirectRatePercent: z.number(),
    lines: z.array(
      z.object({
        code: z.enum(["direct", "personnel", "indirect", "indirect_part", "strategic", "secrecy"]),
        label: ZBilingual,
        detail: ZBilingual,
        amountYen: z.number().int(),
        counted: z.boolean(),
        part: z.enum(INDIRECT_PARTS).optional(),
        reason: ZReason.optional(),
      }),
    ),
    reasons: z.array(ZReason),
    notes: z.array(ZReason),
    secrecy: z.object({ amountYen: z.number().int(), agreed: z.boolean() }).nullable(),
    agreement: ZAgreementRecord.nullable(),
    withdrawals: z.array(
      ZAgreementRecord.extend({ reason: z.string(), withdrawnByLabel: z.string(), withdrawnAt: z.string() }),
    ),
    /** Whether the caller may record or withdraw the agreement (the office, never the requester). */
    canAgree: z.boolean(),
  })
  .meta({ id: "QuotationView" });
export type TQuotationView = z.infer<typeof ZQuotationView>;
