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
}

export const DEFAULT_CASE_POLICY: CasePolicy = {
  institutionCountry: "JP",
  screeningValidityDays: 365,
  maxPublicationDelayDays: 90,
};
