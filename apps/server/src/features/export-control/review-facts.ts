import { type ClassificationResult, DomainError, isDomainError, listItemFact } from "@renkei/domain";
import { parseFacts } from "./assess.service";

// How a 取引審査 turns into assess input: the facts entered, completed from the review itself (the date,
// the counterparty as end user) and from its 該非判定 records (the list item), so the researcher does not
// type the same thing twice.

export interface LinkedClassification {
  determination: string;
  listItem: string | null;
}

/** Validates review facts; a bad field is reported as `facts.<path>` so the form can point at it. */
export function validateReviewFacts(facts: Record<string, unknown>): void {
  try {
    parseFacts(facts);
  } catch (err) {
    if (isDomainError(err) && err.code === "VALIDATION_FAILED") {
      const issues = (err.details?.issues ?? []) as { path: string; message: string }[];
      throw new DomainError("VALIDATION_FAILED", "Invalid export-control facts", {
        issues: issues.map((i) => ({ path: i.path ? `facts.${i.path}` : "facts", message: i.message })),
      });
    }
    throw err;
  }
}

/** The most restrictive list item among the linked records: any 該当 item first, then 16, then none. */
function listItemFromRecords(records: LinkedClassification[]): string | null | undefined {
  if (records.length === 0) {
    return undefined;
  }
  const items = records.map((r) =>
    listItemFact({ determination: r.determination as ClassificationResult, listItem: r.listItem }),
  );
  const listed = items.find((i) => i !== null && i !== "16" && !i.startsWith("16"));
  if (listed) {
    return listed;
  }
  return items.find((i) => i !== null) ?? null;
}

/** The facts the engine is run on for a review. Values given in `facts` always win. */
export function reviewAssessInput(
  review: {
    facts: Record<string, unknown>;
    plannedOn: string | null;
    counterpartyName: string | null;
    counterpartyCountry: string | null;
  },
  records: LinkedClassification[],
): Record<string, unknown> {
  const facts: Record<string, unknown> = structuredClone(review.facts);
  if (facts.asOf === undefined && review.plannedOn) {
    facts.asOf = review.plannedOn;
  }
  const item = { ...((facts.item as Record<string, unknown> | undefined) ?? {}) };
  if (item.listItem === undefined) {
    const fromRecords = listItemFromRecords(records);
    if (fromRecords !== undefined) {
      item.listItem = fromRecords;
      facts.item = item;
    }
  }
  const endUser = { ...((facts.endUser as Record<string, unknown> | undefined) ?? {}) };
  if (endUser.name === undefined && review.counterpartyName) {
    endUser.name = review.counterpartyName;
    if (endUser.country === undefined && review.counterpartyCountry) {
      endUser.country = review.counterpartyCountry;
    }
    facts.endUser = endUser;
  }
  return facts;
}
