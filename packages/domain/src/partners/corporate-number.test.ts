import { describe, expect, it } from "vitest";
import { isValidCorporateNumber, withCorporateCheckDigit } from "./corporate-number";

describe("法人番号 check digit", () => {
  it.each([
    // 国税庁's published example number for the 法人番号 specification.
    ["7000012050002", true],
    ["8000012050002", false],
    ["700001205000", false],
    ["70000120500a2", false],
  ])("%s valid=%s", (value, expected) => {
    expect(isValidCorporateNumber(value)).toBe(expected);
  });

  it("builds numbers that validate", () => {
    for (const base of ["000012050002", "123456789012", "999999999999"]) {
      expect(isValidCorporateNumber(withCorporateCheckDigit(base))).toBe(true);
    }
  });
});
