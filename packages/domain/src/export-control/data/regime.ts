import { z } from "zod";
import { loadVersioned, ZVersionedBase } from "./versioned";

/**
 * Numeric thresholds of the residency rules (spec §2.1; 外国為替法令の解釈及び運用について 6-1-5/6-1-6,
 * 蔵国第4672号, 1980-11-29). Kept as data so a change of interpretation is a new version, not new code.
 */
export const ZResidencyRules = ZVersionedBase.extend({
  id: z.literal("RESIDENCY_RULES"),
  /** RES-F2: a foreign national becomes resident this many months after entry. */
  foreignResidentAfterMonths: z.number().int().positive(),
  /** RES-J2/J3: intended or actual stay abroad that makes a Japanese national non-resident. */
  japaneseAbroadMonths: z.number().int().positive(),
  /** RES-J4: a temporary return shorter than this keeps non-resident status. */
  temporaryReturnMonths: z.number().int().positive(),
});
export type ResidencyRules = z.infer<typeof ZResidencyRules>;

/** 特定類型 regime (spec §1.4): in force from 2022-05-01; category ② threshold 25 % of annual income. */
export const ZTokuteiRegime = ZVersionedBase.extend({
  id: z.literal("TOKUTEI"),
  t2IncomeShareThreshold: z.number().min(0).max(1),
});
export type TokuteiRegime = z.infer<typeof ZTokuteiRegime>;

export const RESIDENCY_RULES: readonly ResidencyRules[] = loadVersioned(ZResidencyRules, [
  {
    id: "RESIDENCY_RULES",
    version: "mof-kaishaku-6-1-5@1980-12-01",
    sourceId: "S12",
    effectiveFrom: "1980-12-01",
    effectiveTo: null,
    tag: "S",
    foreignResidentAfterMonths: 6,
    japaneseAbroadMonths: 24,
    temporaryReturnMonths: 6,
  },
]);

export const TOKUTEI_REGIMES: readonly TokuteiRegime[] = loadVersioned(ZTokuteiRegime, [
  {
    id: "TOKUTEI",
    version: "tokutei@2022-05-01",
    sourceId: "S01",
    effectiveFrom: "2022-05-01",
    effectiveTo: null,
    tag: "P",
    note: "役務通達 1(3)サ①–③, promulgated 2021-11-18; ② threshold from S02/S05/S06.",
    t2IncomeShareThreshold: 0.25,
  },
]);
