import { z } from "zod";
import { addDays, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import type { CaseLabel } from "./case-labels";
import { ZCaseDate } from "./stage-schemas";

/**
 * Joint-research cost (seed 003 資金の好循環; seed 001 case 23): direct costs, personnel (students
 * included), indirect costs at a rate on the direct costs, and strategic collaboration costs.
 *
 * Rounding: every amount is an integer number of yen. Each computed line (personnel line, indirect,
 * strategic) is rounded down to the yen (1円未満切り捨て, as 国等の債権債務等の金額の端数計算に関する法律
 * does), computed exactly with integers. Totals are sums of rounded lines, so the document adds up.
 * Consumption tax is not included; its treatment is the finance office's decision.
 */

export const DIRECT_COST_CATEGORIES = [
  "consumables",
  "equipment",
  "travel",
  "outsourcing",
  "facility_use",
  "other",
] as const;
export const PERSONNEL_KINDS = ["faculty", "postdoc", "technical_staff", "ura", "student"] as const;

/** Institution-configurable rates, in percent with at most two decimals. */
export const ZCostRates = z.object({
  /** Default indirect rate on direct costs (case 23: 20 %). */
  standardIndirectRatePercent: z.number().min(0).max(100),
  /** Rate when URA quarterly progress reports are wanted or the contract is in a foreign language (30 %). */
  enhancedIndirectRatePercent: z.number().min(0).max(100),
  /** 戦略的産学連携経費 as a rate on direct costs; 0 unless the institution sets one. */
  strategicRatePercent: z.number().min(0).max(100),
});
export type CostRates = z.infer<typeof ZCostRates>;

export const DEFAULT_COST_RATES: CostRates = {
  standardIndirectRatePercent: 20,
  enhancedIndirectRatePercent: 30,
  strategicRatePercent: 0,
};

const ZYen = z.number().int().nonnegative();

export const ZQuotationInput = z.object({
  caseId: z.string().min(1),
  partnerName: z.string().max(300),
  issuedOn: ZCaseDate,
  validDays: z.number().int().positive(),
  directCosts: z
    .array(
      z.object({ label: z.string().max(200), category: z.enum(DIRECT_COST_CATEGORIES), amountYen: ZYen }),
    )
    .max(100),
  /** Personnel cost = monthly cost × months × effort (seed 003: 人件費（相当額、学生人件費を含む）). */
  personnel: z
    .array(
      z.object({
        label: z.string().max(200),
        kind: z.enum(PERSONNEL_KINDS),
        monthlyYen: ZYen,
        months: z.number().int().nonnegative(),
        effortPercent: z.number().int().min(0).max(100),
      }),
    )
    .max(100),
  /** Case 23 ①: the partner wants the URA to manage progress and report every quarter. */
  partnerWantsQuarterlyUraReports: z.boolean(),
  /** Case 23 ②: contract language (ISO 639-1); anything but `ja` is a foreign-language contract. */
  contractLanguage: z.string().min(2).max(35),
  /**
   * A partner outside the institution's country (X9: case 23 ② is international joint research in the
   * partner's language). Set by the server from the case's partners, never by the requester; absent on
   * quotations stored before, which were computed as international.
   */
  international: z.boolean().optional(),
  /** A fixed strategic collaboration amount that replaces the rate, when agreed. */
  strategicAmountYen: ZYen.nullable(),
});
export type QuotationInput = z.infer<typeof ZQuotationInput>;

export interface QuotationLine {
  code: "direct" | "personnel" | "indirect" | "strategic";
  label: CaseLabel;
  detail: string;
  amountYen: number;
}

export interface Quotation {
  caseId: string;
  partnerName: string;
  issuedOn: IsoDate;
  validUntil: IsoDate;
  lines: QuotationLine[];
  directCostsYen: number;
  personnelYen: number;
  /** Direct costs including personnel: the base of the indirect and strategic rates. */
  directBaseYen: number;
  indirectRatePercent: number;
  indirectYen: number;
  strategicYen: number;
  totalYen: number;
  /** Why this indirect rate applies. */
  reasons: Reason[];
}

/** `base × percent / 100`, rounded down to the yen, exact for percentages with up to two decimals. */
export function percentOf(baseYen: number, percent: number): number {
  const basisPoints = BigInt(Math.round(percent * 100));
  return Number((BigInt(baseYen) * basisPoints) / 10_000n);
}

/** Personnel line: monthly × months × effort %, rounded down to the yen. */
export function personnelCost(line: QuotationInput["personnel"][number]): number {
  return Number((BigInt(line.monthlyYen) * BigInt(line.months) * BigInt(line.effortPercent)) / 100n);
}

/** The indirect rate and why (seed 001 case 23: 20 % by default, 30 % in its two exceptions). */
export function indirectRate(
  input: QuotationInput,
  rates: CostRates,
): { percent: number; reasons: Reason[] } {
  const src = "seed001§V.case23";
  const reasons: Reason[] = [];
  if (input.partnerWantsQuarterlyUraReports) {
    reasons.push(
      reason(
        "COST-INDIRECT-URA",
        src,
        "URA による進捗管理と四半期ごとの報告を相手方が希望",
        "The partner wants progress management by a URA and quarterly reports",
      ),
    );
  }
  // X9: a domestic partner contracting in English is not case 23 ②.
  if (input.contractLanguage !== "ja" && input.international !== false) {
    reasons.push(
      reason(
        "COST-INDIRECT-LANGUAGE",
        src,
        `相手国言語（${input.contractLanguage}）で国際共同研究の契約を締結`,
        `International joint research contracted in the partner's language (${input.contractLanguage})`,
      ),
    );
  }
  if (reasons.length > 0) {
    // The exceptions do not add up: either one moves the rate to the enhanced rate.
    return { percent: rates.enhancedIndirectRatePercent, reasons };
  }
  return {
    percent: rates.standardIndirectRatePercent,
    reasons: [
      reason(
        "COST-INDIRECT-STANDARD",
        src,
        "原則の間接経費率（直接経費に対して）",
        "Standard indirect cost rate (on direct costs)",
      ),
    ],
  };
}

/**
 * Computes a quotation with the institution's rates. Validates the input with zod first and throws a
 * `ZodError` on bad input (negative or fractional yen, effort over 100 %).
 */
export function buildQuotation(raw: QuotationInput, rates: CostRates = DEFAULT_COST_RATES): Quotation {
  const input = ZQuotationInput.parse(raw);
  const r = ZCostRates.parse(rates);
  const directCostsYen = input.directCosts.reduce((s, d) => s + d.amountYen, 0);
  const personnelLines = input.personnel.map((p) => ({ ...p, amountYen: personnelCost(p) }));
  const personnelYen = personnelLines.reduce((s, p) => s + p.amountYen, 0);
  const directBaseYen = directCostsYen + personnelYen;
  const { percent, reasons } = indirectRate(input, r);
  const indirectYen = percentOf(directBaseYen, percent);
  const strategicYen = input.strategicAmountYen ?? percentOf(directBaseYen, r.strategicRatePercent);

  const lines: QuotationLine[] = [
    ...input.directCosts.map((d) => ({
      code: "direct" as const,
      label: { ja: "直接経費", en: "Direct cost" },
      detail: `${d.label} (${d.category})`,
      amountYen: d.amountYen,
    })),
    ...personnelLines.map((p) => ({
      code: "personnel" as const,
      label: {
        ja: p.kind === "student" ? "学生人件費" : "人件費",
        en: p.kind === "student" ? "Student personnel" : "Personnel",
      },
      detail: `${p.label}: ${p.monthlyYen}円 × ${p.months}月 × ${p.effortPercent}%`,
      amountYen: p.amountYen,
    })),
    {
      code: "indirect",
      label: { ja: "間接経費", en: "Indirect cost" },
      detail: `${directBaseYen}円 × ${percent}%`,
      amountYen: indirectYen,
    },
    {
      code: "strategic",
      label: { ja: "戦略的産学連携経費", en: "Strategic collaboration cost" },
      detail: input.strategicAmountYen !== null ? "定額" : `${directBaseYen}円 × ${r.strategicRatePercent}%`,
      amountYen: strategicYen,
    },
  ];
  return {
    caseId: input.caseId,
    partnerName: input.partnerName,
    issuedOn: input.issuedOn,
    validUntil: addDays(input.issuedOn, input.validDays),
    lines,
    directCostsYen,
    personnelYen,
    directBaseYen,
    indirectRatePercent: percent,
    indirectYen,
    strategicYen,
    totalYen: directBaseYen + indirectYen + strategicYen,
    reasons,
  };
}

const yen = (n: number) => `¥${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;

/** The quotation as plain text lines (見積書), Japanese or English, for the server to render or e-mail. */
export function renderQuotation(q: Quotation, lang: "ja" | "en"): string[] {
  const head =
    lang === "ja"
      ? [
          `御見積書　${q.partnerName} 御中`,
          `案件: ${q.caseId}　発行日: ${q.issuedOn}　有効期限: ${q.validUntil}`,
        ]
      : [
          `Quotation for ${q.partnerName}`,
          `Case: ${q.caseId}  Issued: ${q.issuedOn}  Valid until: ${q.validUntil}`,
        ];
  const body = q.lines.map((l) => `${l.label[lang]}\t${l.detail}\t${yen(l.amountYen)}`);
  const total =
    lang === "ja" ? `合計（税別）\t\t${yen(q.totalYen)}` : `Total (excl. tax)\t\t${yen(q.totalYen)}`;
  return [...head, ...body, total];
}
