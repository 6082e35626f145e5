import { fiscalYearOf } from "../insight/fiscal-year";
import { compareDates, type IsoDate } from "../shared/dates";
import type { IncomeKind } from "./ip-types";

/**
 * Financial terms of a licence or option and the income they produce. Money is whole yen (integers);
 * royalty rates are basis points (1 % = 100) so sums stay exact. Fiscal years run April–March (年度),
 * which is what the MEXT survey counts.
 */

export interface RoyaltyTier {
  /** Upper bound of annual net sales for this tier, in yen; null = no bound (the last tier). */
  upTo: number | null;
  rateBp: number;
}

export interface IncomeMilestone {
  name: string;
  amount: number;
  expectedOn: IsoDate;
}

export interface FinancialTerms {
  upfront: number;
  upfrontOn: IsoDate | null;
  tiers: RoyaltyTier[];
  milestones: IncomeMilestone[];
  minimumAnnualRoyalty: number;
}

// The Japanese fiscal year (年度) is shared with the indicators: 2026-03-31 → 2025, 2026-04-01 → 2026.
export { fiscalYearOf };

/** Problems with the terms (tiers ascending, last tier unbounded, no negative amounts); empty = fine. */
export function termsProblems(t: FinancialTerms): string[] {
  const out: string[] = [];
  let prev = 0;
  t.tiers.forEach((tier, i) => {
    const last = i === t.tiers.length - 1;
    if (tier.upTo === null && !last) {
      out.push("上限のない料率は最後の段階にしてください / Only the last tier may be unbounded");
    }
    if (tier.upTo !== null && tier.upTo <= prev) {
      out.push("料率の段階は売上の昇順にしてください / Tiers must rise with net sales");
    }
    prev = tier.upTo ?? prev;
  });
  if (t.tiers.length > 0 && t.tiers.at(-1)!.upTo !== null) {
    out.push("最後の段階は上限なしにしてください / The last tier must be unbounded");
  }
  const amounts = [t.upfront, t.minimumAnnualRoyalty, ...t.milestones.map((m) => m.amount)];
  if (amounts.some((a) => a < 0) || t.tiers.some((x) => x.rateBp < 0)) {
    out.push("金額・料率は0以上 / Amounts and rates must not be negative");
  }
  return [...new Set(out)];
}

/** Running royalty on one year's net sales: each slice of sales at its tier's rate, rounded down to the yen. */
export function runningRoyalty(tiers: RoyaltyTier[], netSales: number): number {
  let rest = netSales;
  let floor = 0;
  let total = 0;
  for (const t of tiers) {
    if (rest <= 0) {
      break;
    }
    const width = t.upTo === null ? rest : Math.min(rest, t.upTo - floor);
    total += (width * t.rateBp) / 10_000;
    rest -= width;
    floor = t.upTo ?? floor;
  }
  return Math.floor(total);
}

export interface ExpectedYear {
  fiscalYear: number;
  upfront: number;
  milestones: number;
  royalty: number;
  /** Added when the royalty falls short of the minimum annual royalty. */
  minimumTopUp: number;
  total: number;
}

/** Expected income per fiscal year from the terms and a forecast of the licensee's net sales. */
export function expectedIncome(
  terms: FinancialTerms,
  forecast: { fiscalYear: number; netSales: number }[],
): ExpectedYear[] {
  const years = new Set(forecast.map((f) => f.fiscalYear));
  if (terms.upfrontOn) {
    years.add(fiscalYearOf(terms.upfrontOn));
  }
  for (const m of terms.milestones) {
    years.add(fiscalYearOf(m.expectedOn));
  }
  return [...years]
    .sort((a, b) => a - b)
    .map((fy) => {
      const sales = forecast.find((f) => f.fiscalYear === fy);
      const upfront = terms.upfrontOn && fiscalYearOf(terms.upfrontOn) === fy ? terms.upfront : 0;
      const milestones = terms.milestones
        .filter((m) => fiscalYearOf(m.expectedOn) === fy)
        .reduce((s, m) => s + m.amount, 0);
      const royalty = sales ? runningRoyalty(terms.tiers, sales.netSales) : 0;
      const minimumTopUp = sales ? Math.max(0, terms.minimumAnnualRoyalty - royalty) : 0;
      return {
        fiscalYear: fy,
        upfront,
        milestones,
        royalty,
        minimumTopUp,
        total: upfront + milestones + royalty + minimumTopUp,
      };
    });
}

export interface IncomeEntry {
  kind: IncomeKind;
  amount: number;
  receivedOn: IsoDate;
}

/** Income received, summed by fiscal year and kind (MEXT survey: 特許権実施等収入). */
export function incomeByFiscalYear(
  entries: IncomeEntry[],
): { fiscalYear: number; total: number; byKind: Partial<Record<IncomeKind, number>> }[] {
  const map = new Map<number, { total: number; byKind: Partial<Record<IncomeKind, number>> }>();
  for (const e of [...entries].sort((a, b) => compareDates(a.receivedOn, b.receivedOn))) {
    const fy = fiscalYearOf(e.receivedOn);
    const y = map.get(fy) ?? { total: 0, byKind: {} };
    y.total += e.amount;
    y.byKind[e.kind] = (y.byKind[e.kind] ?? 0) + e.amount;
    map.set(fy, y);
  }
  return [...map].sort(([a], [b]) => a - b).map(([fiscalYear, y]) => ({ fiscalYear, ...y }));
}
