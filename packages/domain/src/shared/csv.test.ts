import { describe, expect, it } from "vitest";
import { parseCsv, toCsvLine } from "./csv";

describe("CSV", () => {
  it("parses quotes, doubled quotes, embedded newlines, CRLF and a BOM", () => {
    const text = '\ufeffname,notes\r\n"Sakura, Inc.","said ""hi""\nthen left"\r\nもみじ,\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ["name", "notes"],
      ["Sakura, Inc.", 'said "hi"\nthen left'],
      ["もみじ", ""],
    ]);
  });

  it("parses tab-separated text", () => {
    expect(parseCsv("a\tb\n1\t2", "\t")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("round-trips through toCsvLine and neutralises formulas", () => {
    const line = toCsvLine(["a,b", 'q"', null, "=SUM(A1)", 3]);
    expect(line).toBe(`"a,b","q""",,'=SUM(A1),3`);
    expect(parseCsv(line)[0]).toEqual(["a,b", 'q"', "", "'=SUM(A1)", "3"]);
  });

  it("neutralises the full-width ＝＋－＠ as well (issue 10)", () => {
    expect(toCsvLine(["＝HYPERLINK(1)", "＋1", "－1", "＠SUM(A1)", "株式会社＝"])).toBe(
      "'＝HYPERLINK(1),'＋1,'－1,'＠SUM(A1),株式会社＝",
    );
  });
});

describe("CSV empty lines", () => {
  it("drops empty lines by default and keeps them on request, for row numbering", () => {
    const text = "h\n\na\n\n";
    expect(parseCsv(text)).toEqual([["h"], ["a"]]);
    expect(parseCsv(text, ",", { keepEmptyLines: true })).toEqual([["h"], [""], ["a"]]);
  });
});
