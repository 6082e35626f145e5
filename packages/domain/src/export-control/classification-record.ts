import { type Reason, reason } from "../shared/decision";
import { LIST_ITEM_IDS } from "./data/list-items";

// 該非判定 (classification) records, spec §3 and §6.3: an item (technology, goods, software, sample) is
// compared clause by clause with the list text of 輸出令別表第1 / 外為令別表 (and the 貨物等省令 parameters);
// the result is 該当 (a list item 1–15), 非該当 (not listed; item 16 catch-all may still apply) or 対象外
// (the list does not cover this kind of item at all).

export const ITEM_KINDS = ["technology", "goods", "software", "sample"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const CLASSIFICATION_RESULTS = ["applicable", "not_applicable", "out_of_scope"] as const;
export type ClassificationResult = (typeof CLASSIFICATION_RESULTS)[number];

export const CLASSIFICATION_STATUSES = ["draft", "submitted", "approved", "returned"] as const;
export type ClassificationStatus = (typeof CLASSIFICATION_STATUSES)[number];

export const CLASSIFICATION_LIST_ITEMS = LIST_ITEM_IDS;

export const RESULT_LABELS: Record<ClassificationResult, { ja: string; en: string }> = {
  applicable: { ja: "該当", en: "Listed (controlled)" },
  not_applicable: { ja: "非該当", en: "Not listed" },
  out_of_scope: { ja: "対象外", en: "Out of scope" },
};

export const ITEM_KIND_LABELS: Record<ItemKind, { ja: string; en: string }> = {
  technology: { ja: "技術", en: "Technology" },
  goods: { ja: "貨物", en: "Goods" },
  software: { ja: "プログラム", en: "Software" },
  sample: { ja: "試料・サンプル", en: "Sample" },
};

/** One clause compared: the list text, the item's specification, and the verdict for that clause. */
export interface ClassificationParameter {
  clause: string;
  listText: string;
  specification: string;
  result: ClassificationResult;
}

export interface ClassificationValues {
  itemKind: ItemKind;
  listItem: string | null;
  determination: ClassificationResult;
  parameters: ClassificationParameter[];
  basis: string;
}

const SRC = "spec§3";

/**
 * Consistency of a record before it is sent for review: the overall verdict must follow from the clauses
 * (one 該当 clause makes the item 該当), 該当 names a list item 1–15, and a verdict needs a basis.
 */
export function classificationProblems(values: ClassificationValues): Reason[] {
  const problems: Reason[] = [];
  const anyApplicable = values.parameters.some((p) => p.result === "applicable");
  if (values.determination === "applicable") {
    if (!values.listItem || values.listItem === "16") {
      problems.push(
        reason(
          "EC-CL-ITEM",
          SRC,
          "該当の場合は該当する項番（1〜15項）を選んでください",
          "For a listed result, choose the list item (1–15)",
        ),
      );
    }
  } else if (anyApplicable) {
    problems.push(
      reason(
        "EC-CL-INCONSISTENT",
        SRC,
        "該当と判断した項目があるため、総合判定は「該当」になります",
        "A clause is marked listed, so the overall result is listed",
      ),
    );
  }
  if (values.determination !== "applicable" && values.listItem && values.listItem !== "16") {
    problems.push(
      reason(
        "EC-CL-ITEM",
        SRC,
        "非該当・対象外では1〜15項の項番は付けません（16項またはなし）",
        "A not-listed or out-of-scope result carries no item 1–15 (item 16 or none)",
      ),
    );
  }
  if (values.parameters.length === 0 && values.determination !== "out_of_scope") {
    problems.push(
      reason(
        "EC-CL-PARAMETERS",
        "spec§6.3",
        "該非判定にはリスト規制の条項と仕様の対比（パラメータ）が必要です",
        "A classification needs at least one list clause compared with the specification",
      ),
    );
  }
  if (values.basis.trim() === "") {
    problems.push(
      reason("EC-CL-BASIS", "spec§6.3", "判定理由を記入してください", "Write the basis of the determination"),
    );
  }
  return problems;
}

/**
 * The `item.listItem` fact the assessment takes from a record: 該当 → its item; 非該当 → item 16 unless
 * the record says it is outside items 1–16 (null); 対象外 → null.
 */
export function listItemFact(
  values: Pick<ClassificationValues, "determination" | "listItem">,
): string | null {
  if (values.determination === "out_of_scope") {
    return null;
  }
  return values.listItem;
}

/** A 非該当証明書 is issued only for an approved 非該当 record (the office's sign-off, spec §6.3). */
export function certificateProblems(values: {
  determination: ClassificationResult;
  reviewStatus: ClassificationStatus;
}): Reason[] {
  const problems: Reason[] = [];
  if (values.determination !== "not_applicable") {
    problems.push(
      reason(
        "EC-CERT-RESULT",
        SRC,
        "非該当証明書は「非該当」の判定にのみ発行できます",
        "A non-applicability certificate can only be issued for a not-listed result",
      ),
    );
  }
  if (values.reviewStatus !== "approved") {
    problems.push(
      reason(
        "EC-CERT-APPROVAL",
        "spec§6.3",
        "輸出管理担当者の承認後に発行できます",
        "Available after the export control officer approves",
      ),
    );
  }
  return problems;
}
