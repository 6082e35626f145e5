import {
  buildQuotation,
  type CostComponents,
  type CostRates,
  DEFAULT_COST_COMPONENTS,
  type Quotation,
  type QuotationInput,
  SECRECY_COST_LEVELS,
  type SecrecyBasis,
  ZCostComponents,
} from "@renkei/domain";
import { and, count, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  type caseQuotations,
  costComponentSettings,
  quotationSecrecyAgreements,
  secretItems,
} from "../../db/schema";
import { loadSecretSettings } from "../secrets/secret-gate";

/**
 * The institution's cost components (issue 17 item 4) and the one way a stored quotation is rebuilt:
 * with the rates and components it was computed with, the agreement as recorded now, and the
 * institution's level names. The case page, the quotation view and the printed 見積書 all call it.
 */

export async function loadCostComponents(db: DbOrTx, institutionId: string) {
  const [row] = await db
    .select()
    .from(costComponentSettings)
    .where(eq(costComponentSettings.institutionId, institutionId));
  const settings: CostComponents = row
    ? ZCostComponents.parse({ indirectShares: row.indirectShares, secrecyMonthlyYen: row.secrecyMonthlyYen })
    : DEFAULT_COST_COMPONENTS;
  return { settings, saved: Boolean(row), updatedAt: row?.updatedAt ?? null };
}

/**
 * The case's items under management by level, from the confidential-information register: active items
 * of level 1 and above (返還・廃棄済み items are no longer managed, level 0 is public).
 */
export async function secrecyBasis(
  db: DbOrTx,
  institutionId: string,
  caseId: string,
  months: number,
): Promise<SecrecyBasis> {
  const rows = await db
    .select({ level: secretItems.level, n: count() })
    .from(secretItems)
    .where(
      and(
        eq(secretItems.institutionId, institutionId),
        eq(secretItems.caseId, caseId),
        eq(secretItems.status, "active"),
        gte(secretItems.level, 1),
      ),
    )
    .groupBy(secretItems.level);
  const n = (level: number) => Number(rows.find((r) => r.level === level)?.n ?? 0);
  const [l1, l2, l3] = SECRECY_COST_LEVELS.map(n);
  return { itemsByLevel: { "1": l1 ?? 0, "2": l2 ?? 0, "3": l3 ?? 0 }, months };
}

/** What a quotation row keeps in `rates`: the rates plus, since issue 17, the cost components. */
export function storedRates(rates: CostRates, components: CostComponents) {
  return { ...rates, components };
}

type QuotationRow = typeof caseQuotations.$inferSelect;

/** The active agreement of a quotation, if the office recorded one. */
export async function activeAgreement(db: DbOrTx, quotationId: string) {
  const [row] = await db
    .select()
    .from(quotationSecrecyAgreements)
    .where(eq(quotationSecrecyAgreements.quotationId, quotationId));
  return row ?? null;
}

/** Rebuilds a stored quotation; `agreed` overrides the recorded state (used while recording it). */
export async function rebuildQuotation(
  db: DbOrTx,
  row: QuotationRow,
  caseRef: string,
  agreed?: boolean,
): Promise<Quotation> {
  const rates = row.rates as CostRates & { components?: unknown };
  const parsed = ZCostComponents.safeParse(rates.components);
  // Sequential: `db` may be a transaction, whose one connection runs one query at a time.
  const { scheme } = await loadSecretSettings(db, row.institutionId);
  const agreement = agreed === undefined ? await activeAgreement(db, row.id) : null;
  return buildQuotation({ ...(row.input as Omit<QuotationInput, "caseId">), caseId: caseRef }, rates, {
    components: parsed.success ? parsed.data : undefined,
    secrecyAgreed: agreed ?? agreement !== null,
    scheme,
  });
}
