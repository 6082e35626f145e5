/**
 * 法人番号 (Japanese corporate number): 13 digits whose first digit is a check digit over the other 12.
 * Check digit = 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the 12-digit base,
 * Qn = 1 for odd n and 2 for even n (法人番号の指定等に関する省令 第2条).
 */
export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) {
    return false;
  }
  const base = value.slice(1);
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(base[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return Number(value[0]) === 9 - (sum % 9);
}

/** Builds a valid corporate number from a 12-digit base (used by fictional demo data and tests). */
export function withCorporateCheckDigit(base12: string): string {
  if (!/^\d{12}$/.test(base12)) {
    throw new Error("base must be 12 digits");
  }
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    sum += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  }
  return `${9 - (sum % 9)}${base12}`;
}
