import { z } from "zod";
import type { SecretScheme } from "../confidentiality/secret-scheme";
import { languageName } from "../shared/bilingual";
import { addDays, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import type { CaseLabel } from "./case-labels";
import {
  type CostComponents,
  formatYen,
  INDIRECT_PART_LABELS,
  INDIRECT_PARTS,
  type IndirectPart,
  indirectSplitReason,
  secrecyCost,
  secrecyPendingNote,
  splitIndirect,
  ZCostComponents,
  ZSecrecyBasis,
} from "./cost-components";
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

export const PERSONNEL_KIND_LABELS: Record<(typeof PERSONNEL_KINDS)[number], CaseLabel> = {
  faculty: { ja: "教員", en: "Faculty" },
  postdoc: { ja: "博士研究員", en: "Postdoctoral researcher" },
  technical_staff: { ja: "技術職員", en: "Technical staff" },
  ura: { ja: "URA", en: "URA" },
  student: { ja: "学生", en: "Student" },
};

/** Contract languages offered on the quotation form (case 23 ②: anything but Japanese is foreign). */
export const CONTRACT_LANGUAGES = [
  "ja",
  "en",
  "zh",
  "ko",
  "de",
  "fr",
  "es",
  "it",
  "ru",
  "pt",
  "th",
  "vi",
  "id",
] as const;

/** The names people read for each direct-cost category (the codes stay in the stored input). */
export const DIRECT_COST_CATEGORY_LABELS: Record<(typeof DIRECT_COST_CATEGORIES)[number], CaseLabel> = {
  consumables: { ja: "消耗品費", en: "Consumables" },
  equipment: { ja: "設備備品費", en: "Equipment" },
  travel: { ja: "旅費", en: "Travel" },
  outsourcing: { ja: "外注費", en: "Outsourcing" },
  facility_use: { ja: "施設・設備利用料", en: "Facility use" },
  other: { ja: "その他", en: "Other" },
};

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
  /**
   * What the secrecy-management line is priced on (seed 000 §3-2(1)): set by the server from the case's
   * register, never by the requester; absent on quotations stored before, which have no such line.
   */
  secrecy: ZSecrecyBasis.optional(),
});
export type QuotationInput = z.infer<typeof ZQuotationInput>;

export interface QuotationLine {
  code: "direct" | "personnel" | "indirect" | "indirect_part" | "strategic" | "secrecy";
  label: CaseLabel;
  /** How the amount is made up, in each language (category and kind names in words, never codes). */
  detail: CaseLabel;
  amountYen: number;
  /**
   * False for lines that do not add to the total: the indirect sub-lines (already in the indirect line)
   * and a secrecy line the partner has not agreed to yet.
   */
  counted: boolean;
  part?: IndirectPart;
  reason?: Reason;
}

/** Options beyond the rates: the institution's cost components and whether the secrecy cost is agreed. */
export interface QuotationOptions {
  /** Absent on quotations stored before the components existed: no split, no secrecy line. */
  components?: CostComponents | undefined;
  /** True only when the office has recorded the partner's agreement (never the requester's flag). */
  secrecyAgreed?: boolean;
  /** The institution's level names for the secrecy line. */
  scheme?: SecretScheme | undefined;
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
  /** The secrecy-management cost, whether or not agreed yet; null when the quotation has none. */
  secrecy: { amountYen: number; agreed: boolean } | null;
  totalYen: number;
  /** Why this indirect rate applies. */
  reasons: Reason[];
  /** What the reader must know before relying on the total (the secrecy cost not yet agreed). */
  notes: Reason[];
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
        `相手国言語（${languageName(input.contractLanguage, "ja")}）で国際共同研究の契約を締結`,
        `International joint research contracted in the partner's language (${languageName(input.contractLanguage, "en")})`,
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

/** A detail made only of figures reads the same in both languages. */
const bothLanguages = (text: string): CaseLabel => ({ ja: text, en: text });

/**
 * Computes a quotation with the institution's rates. Validates the input with zod first and throws a
 * `ZodError` on bad input (negative or fractional yen, effort over 100 %).
 */
export function buildQuotation(
  raw: QuotationInput,
  rates: CostRates = DEFAULT_COST_RATES,
  options: QuotationOptions = {},
): Quotation {
  const input = ZQuotationInput.parse(raw);
  const r = ZCostRates.parse(rates);
  const components = options.components ? ZCostComponents.parse(options.components) : undefined;
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
      detail: {
        ja: `${d.label}（${DIRECT_COST_CATEGORY_LABELS[d.category].ja}）`,
        en: `${d.label} (${DIRECT_COST_CATEGORY_LABELS[d.category].en})`,
      },
      amountYen: d.amountYen,
      counted: true,
    })),
    ...personnelLines.map((p) => ({
      code: "personnel" as const,
      label: {
        ja: p.kind === "student" ? "学生人件費" : "人件費",
        en: p.kind === "student" ? "Student personnel" : "Personnel",
      },
      detail: {
        ja: `${p.label}: 月額${formatYen(p.monthlyYen)} × ${p.months}か月 × ${p.effortPercent}%`,
        en: `${p.label}: ${formatYen(p.monthlyYen)} a month × ${p.months} months × ${p.effortPercent}%`,
      },
      amountYen: p.amountYen,
      counted: true,
    })),
    {
      code: "indirect",
      label: { ja: "間接経費", en: "Indirect cost" },
      detail: bothLanguages(`${formatYen(directBaseYen)} × ${percent}%`),
      amountYen: indirectYen,
      counted: true,
    },
    ...(components ? indirectPartLines(indirectYen, components) : []),
    {
      code: "strategic",
      label: { ja: "戦略的産学連携経費", en: "Strategic collaboration cost" },
      detail:
        input.strategicAmountYen !== null
          ? { ja: "定額", en: "Fixed amount" }
          : bothLanguages(`${formatYen(directBaseYen)} × ${r.strategicRatePercent}%`),
      amountYen: strategicYen,
      counted: true,
    },
  ];
  const secrecy =
    components && input.secrecy
      ? secrecyCost(input.secrecy, components.secrecyMonthlyYen, options.scheme)
      : null;
  const agreed = options.secrecyAgreed === true;
  if (secrecy) {
    lines.push({
      code: "secrecy",
      label: agreed
        ? { ja: "秘密管理費用", en: "Secrecy management cost" }
        : { ja: "秘密管理費用（未合意）", en: "Secrecy management cost (not yet agreed)" },
      detail: secrecy.detail,
      amountYen: secrecy.amountYen,
      counted: agreed,
      reason: secrecy.reason,
    });
  }
  const secrecyCounted = secrecy && agreed ? secrecy.amountYen : 0;
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
    secrecy: secrecy ? { amountYen: secrecy.amountYen, agreed } : null,
    totalYen: directBaseYen + indirectYen + strategicYen + secrecyCounted,
    reasons,
    notes: secrecy && !agreed ? [secrecyPendingNote()] : [],
  };
}

/** The indirect line's three sub-lines (seed 001 case 23); they add up exactly to the indirect line. */
function indirectPartLines(indirectYen: number, components: CostComponents): QuotationLine[] {
  const amounts = splitIndirect(indirectYen, components.indirectShares);
  const why = indirectSplitReason();
  return INDIRECT_PARTS.map((part) => ({
    code: "indirect_part" as const,
    label: {
      ja: `うち${INDIRECT_PART_LABELS[part].ja}`,
      en: `of which ${INDIRECT_PART_LABELS[part].en}`,
    },
    detail: bothLanguages(`${components.indirectShares[part]}%`),
    amountYen: amounts[part],
    counted: false,
    part,
    reason: why,
  }));
}

const yen = formatYen;

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
  const body = q.lines.map((l) => `${l.label[lang]}\t${l.detail[lang]}\t${yen(l.amountYen)}`);
  const total =
    lang === "ja" ? `合計（税別）\t\t${yen(q.totalYen)}` : `Total (excl. tax)\t\t${yen(q.totalYen)}`;
  return [...head, ...body, total];
}
