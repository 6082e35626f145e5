import { describe, expect, it } from "vitest";
import { diffListVersions, entryHash } from "./diff";
import type { ListEntry } from "./types";

const base = (id: string, name: string, extra: Partial<ListEntry> = {}): ListEntry => ({
  sourceId: id,
  list: "fict",
  schema: "organization",
  names: [{ value: name, kind: "primary", script: "latin" }],
  countries: ["FL"],
  addresses: [],
  programs: ["X"],
  details: {},
  ...extra,
});

describe("entryHash", () => {
  it("is stable under reordering of multi-values", () => {
    const a = base("1", "A", { countries: ["FL", "GB"], programs: ["X", "Y"] });
    const b = base("1", "A", { countries: ["GB", "FL"], programs: ["Y", "X"] });
    expect(entryHash(a)).toBe(entryHash(b));
    expect(entryHash(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes when a name changes", () => {
    expect(entryHash(base("1", "A"))).not.toBe(entryHash(base("1", "B")));
  });
});

describe("diffListVersions", () => {
  const before = [base("1", "Alpha"), base("2", "Beta"), base("3", "Gamma")];
  const after = [
    base("1", "Alpha"),
    base("2", "Beta Two"),
    base("4", "Delta"),
    base("3", "Gamma", { programs: ["Z"] }),
  ];
  const d = diffListVersions(before, after);

  it.each([
    ["added", d.added.map((e) => e.sourceId), ["4"]],
    ["removed", [] as string[], []],
    ["changed ids", d.changed.map((c) => c.after.sourceId), ["2", "3"]],
    ["changed fields", d.changed.map((c) => c.fields), [["names"], ["programs"]]],
  ])("%s", (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it("counts unchanged and reports removals", () => {
    expect(d.unchanged).toBe(1);
    expect(diffListVersions(before, [before[0] as ListEntry]).removed.map((e) => e.sourceId)).toEqual([
      "2",
      "3",
    ]);
  });
});
