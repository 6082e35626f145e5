import { PERSONAL_DATA_KINDS, RETENTION_ACTIONS } from "@renkei/domain";
import { z } from "zod";

/** HTTP contract of personal-data purposes, retention and a person's export (issue 17 item 7). */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");

export const ZPersonalDataRuleInput = z
  .object({
    purposeJa: text(500).min(1, "validation.required"),
    purposeEn: text(500).min(1, "validation.required"),
    retentionMonths: z.number().int().min(1).max(1200),
    action: z.enum(RETENTION_ACTIONS),
    /** The version read (0 while the default applies). */
    version: z.number().int().min(0),
  })
  .meta({ id: "PersonalDataRuleInput" });

export const ZPersonalDataRule = ZPersonalDataRuleInput.extend({
  kind: z.enum(PERSONAL_DATA_KINDS),
  custom: z.boolean(),
}).meta({ id: "PersonalDataRule" });
export type TPersonalDataRule = z.infer<typeof ZPersonalDataRule>;

const ZCounts = z.object({
  checked: z.number().int(),
  anonymised: z.number().int(),
  deleted: z.number().int(),
  kept: z.number().int(),
  legalHold: z.number().int(),
});

export const ZRetentionRunResult = z
  .object({
    runId: z.uuid().nullable(),
    asOf: z.string(),
    dryRun: z.boolean(),
    kinds: z.record(z.string(), ZCounts),
  })
  .meta({ id: "RetentionRunResult" });
export type TRetentionRunResult = z.infer<typeof ZRetentionRunResult>;

export const ZPersonalDataExport = z
  .object({ data: z.record(z.string(), z.unknown()), summary: z.string() })
  .meta({ id: "PersonalDataExport" });
