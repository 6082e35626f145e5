import { POLICIES_APPLIED_BY, POLICY_KINDS } from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate } from "./common";

/** HTTP contract of written policies (issue 17 item 3; seed 001 §IV.1-1). */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");

export const ZPolicyVersionInput = z
  .object({
    titleJa: text(200).min(1, "validation.required"),
    titleEn: text(200).min(1, "validation.required"),
    effectiveFrom: ZIsoDate,
    body: text(200_000).default(""),
    changeNote: text(5000).default(""),
  })
  .meta({ id: "PolicyVersionInput" });
export type TPolicyVersionInput = z.input<typeof ZPolicyVersionInput>;

export const ZPolicyVersion = z
  .object({
    id: z.uuid(),
    kind: z.enum(POLICY_KINDS),
    versionNo: z.number().int(),
    titleJa: z.string(),
    titleEn: z.string(),
    effectiveFrom: z.string(),
    body: z.string(),
    changeNote: z.string(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  })
  .meta({ id: "PolicyVersion" });
export type TPolicyVersion = z.infer<typeof ZPolicyVersion>;

export const ZAppliedPolicyQuery = z.object({
  decision: z.enum(Object.keys(POLICIES_APPLIED_BY) as [keyof typeof POLICIES_APPLIED_BY]),
  on: ZIsoDate,
});

export const ZAppliedPolicies = z
  .object({
    on: z.string(),
    items: z.array(
      z.object({ kind: z.enum(POLICY_KINDS), version: ZPolicyVersion.omit({ body: true }).nullable() }),
    ),
  })
  .meta({ id: "AppliedPolicies" });
export type TAppliedPolicies = z.infer<typeof ZAppliedPolicies>;
