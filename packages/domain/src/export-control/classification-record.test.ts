import { describe, expect, it } from "vitest";
import {
  type ClassificationValues,
  certificateProblems,
  classificationProblems,
  listItemFact,
} from "./classification-record";
import { retentionProblems, retentionUntil } from "./retention";

const param = (result: ClassificationValues["determination"]) => ({
  clause: "輸出令別表第1 7項(1)",
  listText: "集積回路であって…",
  specification: "汎用マイコン、動作温度 -40〜85℃",
  result,
});
const base: ClassificationValues = {
  itemKind: "goods",
  listItem: "16",
  determination: "not_applicable",
  parameters: [param("not_applicable")],
  basis: "リスト規制のパラメータに達しない",
};

describe("該非判定 record consistency (spec §3, §6.3)", () => {
  it.each([
    ["a consistent 非該当 record", base, []],
    ["該当 needs an item 1–15", { ...base, determination: "applicable", listItem: "16" }, ["EC-CL-ITEM"]],
    [
      "one 該当 clause makes the item 該当",
      { ...base, parameters: [param("applicable")] },
      ["EC-CL-INCONSISTENT"],
    ],
    ["非該当 cannot carry item 7", { ...base, listItem: "7" }, ["EC-CL-ITEM"]],
    ["a verdict needs clauses compared", { ...base, parameters: [] }, ["EC-CL-PARAMETERS"]],
    [
      "対象外 may have no clauses",
      { ...base, determination: "out_of_scope", listItem: null, parameters: [] },
      [],
    ],
    ["a verdict needs a basis", { ...base, basis: " " }, ["EC-CL-BASIS"]],
    [
      "a consistent 該当 record",
      { ...base, determination: "applicable", listItem: "7", parameters: [param("applicable")] },
      [],
    ],
  ] as [string, ClassificationValues, string[]][])("%s", (_n, values, expected) => {
    expect(classificationProblems(values).map((r) => r.ruleId)).toEqual(expected);
  });

  it("maps a record to the engine's item.listItem", () => {
    expect(listItemFact({ determination: "applicable", listItem: "7" })).toBe("7");
    expect(listItemFact({ determination: "not_applicable", listItem: "16" })).toBe("16");
    expect(listItemFact({ determination: "out_of_scope", listItem: "16" })).toBeNull();
  });

  it("非該当証明書 only for an approved 非該当 record", () => {
    expect(certificateProblems({ determination: "not_applicable", reviewStatus: "approved" })).toEqual([]);
    expect(
      certificateProblems({ determination: "applicable", reviewStatus: "draft" }).map((r) => r.ruleId),
    ).toEqual(["EC-CERT-RESULT", "EC-CERT-APPROVAL"]);
  });
});

describe("retention (spec §6.5)", () => {
  it("keeps a record 7 years from its last change, deletable from that day", () => {
    expect(retentionUntil("2026-11-21", 7)).toBe("2033-11-21");
    expect(retentionUntil("2024-02-29", 7)).toBe("2031-02-28");
    expect(retentionProblems("2033-11-21", "2033-11-20").map((r) => r.ruleId)).toEqual(["EC-RETENTION"]);
    expect(retentionProblems("2033-11-21", "2033-11-21")).toEqual([]);
  });
});
