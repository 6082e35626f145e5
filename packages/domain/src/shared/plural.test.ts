import { describe, expect, it } from "vitest";
import { plural, resolvePlurals } from "./plural";

describe("English plurals for counts (issue 11 item 6)", () => {
  it.each([
    [0, "0 blockers"],
    [1, "1 blocker"],
    [2, "2 blockers"],
  ])("%i → %s", (n, text) => {
    expect(resolvePlurals("{n} {n:blocker|blockers}", { n }).replace("{n}", String(n))).toBe(text);
  });

  it("picks each choice by its own variable and leaves unknown ones alone", () => {
    expect(resolvePlurals("{a:file|files}, {b:row|rows}, {c:x|y}", { a: 1, b: 3 })).toBe(
      "file, rows, {c:x|y}",
    );
    expect(plural(1, "day", "days")).toBe("day");
    expect(plural(11, "day", "days")).toBe("days");
  });
});
