import { z } from "zod";
import { DEFAULT_SECRET_SCHEME, levelName, type SecretScheme } from "../confidentiality/secret-scheme";
import type { SecretLevel } from "../confidentiality/secret-types";
import { type Bilingual, type Reason, reason } from "../shared/decision";

/**
 * Cost components of a quotation (issue 17 item 4).
 *
 * - F3, seed 001 case 23: the indirect cost is itemised as 受入・執行管理経費 / 契約・知財マネジメント経費 /
 *   契約業務事務経費. The seed names the parts but not their weights, so each institution sets its shares.
 * - F4, seed 000 §3-2(1): management by level costs money (管理の度合いに応じた管理コスト), and the partner's
 *   understanding of it is obtained in the agreement (企業側の理解を得て). The cost is priced per item under
 *   management and per month, because the seed's costs are physical and technical management that last as
 *   long as the item is kept (storage, access control), so it grows with both the items and the period.
 *   It counts toward the total only once the office has recorded the partner's agreement.
 */

export const INDIRECT_PARTS = ["intake", "contract_ip", "clerical"] as const;
export type IndirectPart = (typeof INDIRECT_PARTS)[number];

export const INDIRECT_PART_LABELS: Record<IndirectPart, Bilingual> = {
  intake: { ja: "受入・執行管理経費", en: "Acceptance and spending management" },
  contract_ip: { ja: "契約・知財マネジメント経費", en: "Contract and IP management" },
  clerical: { ja: "契約業務事務経費", en: "Contract administration" },
};

/** Levels that carry a management cost: 0 (公開) never does. */
export const SECRECY_COST_LEVELS = [1, 2, 3] as const satisfies readonly SecretLevel[];
type CostLevelKey = "1" | "2" | "3";

const share = z.number().int().min(0).max(100);
export const ZIndirectShares = z
  .object({ intake: share, contract_ip: share, clerical: share })
  .refine((s) => s.intake + s.contract_ip + s.clerical === 100, {
    message: "validation.shares_sum",
    path: ["intake"],
  });
export type IndirectShares = z.infer<typeof ZIndirectShares>;

const monthlyYen = z.number().int().min(0).max(10_000_000);
export const ZSecrecyMonthlyYen = z.object({ "1": monthlyYen, "2": monthlyYen, "3": monthlyYen });

export const ZCostComponents = z.object({
  indirectShares: ZIndirectShares,
  /** Yen per item under management and per month, at each level. */
  secrecyMonthlyYen: ZSecrecyMonthlyYen,
});
export type CostComponents = z.infer<typeof ZCostComponents>;

/** Defaults: the management parts carry most of the cost, the clerical part less; 秘 < 厳秘 < 機密. */
export const DEFAULT_COST_COMPONENTS: CostComponents = {
  indirectShares: { intake: 40, contract_ip: 40, clerical: 20 },
  secrecyMonthlyYen: { "1": 1_000, "2": 5_000, "3": 20_000 },
};

/**
 * What the secrecy line is priced on: the case's items under management by level (counted by the server
 * from the register when the quotation is made, never typed by the requester) and the months of management.
 */
const count = z.number().int().min(0).max(10_000);
export const ZSecrecyBasis = z.object({
  itemsByLevel: z.object({ "1": count, "2": count, "3": count }),
  months: z.number().int().min(0).max(120),
});
export type SecrecyBasis = z.infer<typeof ZSecrecyBasis>;

/**
 * Splits the indirect cost by the shares. Each part is rounded down to the yen like every computed line
 * (cost.ts), and the remainder (at most 2 yen) goes to 受入・執行管理経費: it is the part that accounts for
 * receiving and spending the money, and a fixed choice keeps the split reproducible, so the three parts
 * always add up exactly to the indirect line.
 */
export function splitIndirect(indirectYen: number, shares: IndirectShares): Record<IndirectPart, number> {
  const s = ZIndirectShares.parse(shares);
  const part = (p: IndirectPart) => Number((BigInt(indirectYen) * BigInt(s[p])) / 100n);
  const contract_ip = part("contract_ip");
  const clerical = part("clerical");
  return { intake: indirectYen - contract_ip - clerical, contract_ip, clerical };
}

export function indirectSplitReason(): Reason {
  return reason(
    "COST-INDIRECT-SPLIT",
    "seed001§V.case23内訳",
    "間接経費の内訳を受入・執行管理経費、契約・知財マネジメント経費、契約業務事務経費として示す",
    "The indirect cost is itemised as acceptance and spending management, contract and IP management, and contract administration",
  );
}

export interface SecrecyCost {
  amountYen: number;
  detail: Bilingual;
  reason: Reason;
}

/** `¥1,234,567`: how every amount of a quotation is written, on screen and on paper. */
export const formatYen = (n: number) => `¥${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
const yen = formatYen;

/** The distinct reasons the lines carry (the split's and the secrecy line's), for the "why" list. */
export function lineReasons<R extends { ruleId: string }>(lines: readonly { reason?: R | undefined }[]): R[] {
  return [
    ...new Map(lines.flatMap((l) => (l.reason ? [[l.reason.ruleId, l.reason] as const] : []))).values(),
  ];
}

/** The secrecy line: Σ items × monthly cost at their level × months; null when nothing is priced. */
export function secrecyCost(
  basis: SecrecyBasis,
  monthly: CostComponents["secrecyMonthlyYen"],
  scheme: SecretScheme = DEFAULT_SECRET_SCHEME,
): SecrecyCost | null {
  const b = ZSecrecyBasis.parse(basis);
  const priced = SECRECY_COST_LEVELS.map((level) => {
    const key = String(level) as CostLevelKey;
    return { level, items: b.itemsByLevel[key], unit: monthly[key] };
  }).filter((l) => l.items > 0 && l.unit > 0);
  const perMonth = priced.reduce((sum, l) => sum + l.items * l.unit, 0);
  if (perMonth === 0 || b.months === 0) {
    return null;
  }
  const parts = (lang: "ja" | "en") =>
    priced
      .map((l) =>
        lang === "ja"
          ? `${levelName(scheme, l.level).ja} ${l.items}件×${yen(l.unit)}`
          : `${levelName(scheme, l.level).en} ${l.items} × ${yen(l.unit)}`,
      )
      .join(" + ");
  return {
    amountYen: perMonth * b.months,
    detail: {
      ja: `(${parts("ja")}) × ${b.months}か月`,
      en: `(${parts("en")}) × ${b.months} months`,
    },
    reason: reason(
      "COST-SECRECY-LEVEL",
      "seed000§3-2(1)",
      "秘密情報の管理水準に応じた管理コスト（件数・月数による）",
      "Management cost by confidentiality level (per item and month)",
    ),
  };
}

/** The note shown while the partner's agreement to the secrecy cost is not recorded. */
export function secrecyPendingNote(): Reason {
  return reason(
    "COST-SECRECY-NOT-AGREED",
    "seed000§3-2(1)",
    "秘密管理費用は相手方の合意が記録されるまで合計に含めません（未合意）",
    "The secrecy management cost is left out of the total until the partner's agreement is recorded (not yet agreed)",
  );
}
