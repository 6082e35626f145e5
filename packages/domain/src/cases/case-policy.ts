/**
 * Institution-configurable settings of the case rules. Every value has a stated default; institutions
 * override them in their configuration, and the server passes the merged policy to the domain.
 */
export interface CasePolicy {
  /** The institution's country, for "foreign partner" and "third country" (seed 001 case 27). */
  institutionCountry: string;
  /**
   * Days a `clear` screening stays valid for the contract gate; `null` = no expiry. Lists change, so a
   * screening from long ago does not show today's state (seed 001 case 25 checks per case).
   */
  screeningValidityDays: number | null;
  /** Longest publication delay the institution accepts without a waiver (seed 001 §III.1). */
  maxPublicationDelayDays: number;
  /**
   * Seed 001 case 27 (third-country arbitration) is one university's practice, not a rule (X4): `off`
   * ignores it, `warn` shows a warning, `require` makes it a red flag. Japanese courts and arbitration
   * seated in Japan are never flagged (§IV.2-7 lists 準拠法・裁判管轄 as points to agree).
   */
  thirdCountryArbitration: ThirdCountryArbitration;
}

export const THIRD_COUNTRY_ARBITRATION = ["off", "warn", "require"] as const;
export type ThirdCountryArbitration = (typeof THIRD_COUNTRY_ARBITRATION)[number];

export const DEFAULT_CASE_POLICY: CasePolicy = {
  institutionCountry: "JP",
  screeningValidityDays: 365,
  maxPublicationDelayDays: 90,
  thirdCountryArbitration: "warn",
};
