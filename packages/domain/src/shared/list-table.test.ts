import { describe, expect, it } from "vitest";
import { applyListState, distinctValues, exportCsv, exportMatrix, type ListColumn } from "./list-table";

interface Row {
  ref: string;
  name: string;
  country: string;
  amount: number | null;
}

const rows: Row[] = [
  { ref: "C-10", name: '=HYPERLINK("http://evil")', country: "ドイツ", amount: 5 },
  { ref: "C-2", name: "株式会社ミライ精工", country: "日本", amount: null },
  { ref: "C-1", name: "Nordlicht Optik", country: "ドイツ", amount: 12 },
  { ref: "C-3", name: "＠mention", country: "日本", amount: 1 },
];

const columns: ListColumn<Row>[] = [
  { key: "ref", header: "番号", value: (r) => r.ref },
  { key: "name", header: "名称", value: (r) => r.name },
  { key: "country", header: "国", value: (r) => r.country },
  { key: "amount", header: "金額", value: (r) => r.amount },
];

const refs = (list: Row[]) => list.map((r) => r.ref);

describe("applyListState", () => {
  it("sorts numbers inside text naturally (C-2 before C-10)", () => {
    const sorted = applyListState(rows, columns, {
      text: "",
      equals: {},
      sort: { key: "ref", direction: "asc" },
    });
    expect(refs(sorted)).toEqual(["C-1", "C-2", "C-3", "C-10"]);
    const desc = applyListState(rows, columns, {
      text: "",
      equals: {},
      sort: { key: "ref", direction: "desc" },
    });
    expect(refs(desc)).toEqual(["C-10", "C-3", "C-2", "C-1"]);
  });

  it("puts empty cells last in both directions", () => {
    for (const direction of ["asc", "desc"] as const) {
      const sorted = applyListState(rows, columns, {
        text: "",
        equals: {},
        sort: { key: "amount", direction },
      });
      expect(sorted.at(-1)!.ref).toBe("C-2");
    }
    const asc = applyListState(rows, columns, {
      text: "",
      equals: {},
      sort: { key: "amount", direction: "asc" },
    });
    expect(refs(asc)).toEqual(["C-3", "C-10", "C-1", "C-2"]);
  });

  it("filters by free text across columns (width-folded) and by a column's value", () => {
    expect(refs(applyListState(rows, columns, { text: "ｍｉｒａｉ", equals: {}, sort: null }))).toEqual([]);
    expect(refs(applyListState(rows, columns, { text: "nordLICHT", equals: {}, sort: null }))).toEqual([
      "C-1",
    ]);
    expect(
      refs(applyListState(rows, columns, { text: "", equals: { country: "日本" }, sort: null })),
    ).toEqual(["C-2", "C-3"]);
    expect(
      refs(applyListState(rows, columns, { text: "精工", equals: { country: "ドイツ" }, sort: null })),
    ).toEqual([]);
  });

  it("sorts by a column's sort value where its shown text would not sort", () => {
    const shown: ListColumn<Row> = {
      key: "d",
      header: "日",
      value: (r) => `${r.amount ?? ""} Nov`,
      sortValue: (r) => r.ref,
    };
    const sorted = applyListState(rows, [shown], {
      text: "",
      equals: {},
      sort: { key: "d", direction: "asc" },
    });
    expect(refs(sorted)).toEqual(["C-1", "C-2", "C-3", "C-10"]);
  });

  it("offers each column's distinct values for its filter", () => {
    expect(distinctValues(rows, columns[2]!)).toHaveLength(2);
  });
});

describe("export", () => {
  it("neutralises cells that a spreadsheet would run as a formula, ASCII and full-width", () => {
    const m = exportMatrix(rows, columns);
    expect(m[0]).toEqual(["番号", "名称", "国", "金額"]);
    expect(m[1]![1]).toBe('\'=HYPERLINK("http://evil")');
    expect(m[4]![1]).toBe("'＠mention");
    expect(m[2]![1]).toBe("株式会社ミライ精工");
    expect(m[2]![3]).toBe("");
  });

  it("writes CSV with a BOM, quoted fields and CRLF", () => {
    const csv = exportCsv(rows.slice(0, 1), columns);
    expect(csv.startsWith("\ufeff番号,名称,国,金額\r\n")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
