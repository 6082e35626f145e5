import { describe, expect, it } from "vitest";
import { addDays, addMonths, isIsoDate, japanDate } from "./dates";

describe("calendar dates", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-04-01", 6, "2026-10-01"],
    ["2026-11-15", 3, "2027-02-15"],
    ["2026-03-31", -1, "2026-02-28"],
  ])("addMonths(%s, %i) = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("adds days across a year end", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("rejects impossible dates", () => {
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("20260228")).toBe(false);
  });

  it("gives the Japanese date for an instant late in the UTC day", () => {
    expect(japanDate(new Date("2026-11-21T16:00:00Z"))).toBe("2026-11-22");
  });
});
