import { describe, expect, it } from "vitest";
import { caseListOf, listKindOf } from "./list-kind";

describe("listKindOf", () => {
  it.each([
    ["meti-eul", null, "eul"],
    ["mofa-text", null, "sanctions"],
    ["ofac", null, "sanctions"],
    ["un-xml", null, "sanctions"],
    ["us-csl", null, "us"],
    ["bis-dpl", null, "us"],
    ["csv", null, "own"],
    ["ftm", null, "other"],
    ["ftm", "sanctions", "sanctions"],
    ["csv", "bogus", "own"],
  ])("%s with kind %s is %s", (format, kind, expected) => {
    expect(listKindOf(format, kind)).toBe(expected);
  });

  it.each([
    ["sanctions", "sanctions"],
    ["eul", "eul"],
    ["us", "us_entity_list"],
    ["own", "other"],
    ["other", "other"],
  ] as const)("a %s hit counts against %s in the risk rules", (kind, list) => {
    expect(caseListOf(kind)).toBe(list);
  });
});
