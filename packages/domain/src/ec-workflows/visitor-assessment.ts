import { type ProfileRecord, withProfileTokutei } from "../coi/tokutei-from-profile";
import { assessExportControl } from "../export-control/assess";
import { determineResidency } from "../export-control/residency";
import type { ExportControlResult } from "../export-control/result";
import type { RecipientFacts } from "../export-control/schema";
import { addMonths, compareDates, type IsoDate } from "../shared/dates";

/**
 * The engine's view of a visitor or student on one date: residency (spec §2), 特定類型 (§1.4) and what
 * providing (not yet classified) technology to them in Japan means (§1.2 TT1). The full engine is run on
 * `{ recipient, provision: { place: "JP" } }`, so the determination records its rules, sources and data
 * versions exactly like any other assessment.
 */
export function assessVisitor(
  declaration: RecipientFacts,
  asOf: IsoDate,
  profile?: ProfileRecord | null,
): ExportControlResult {
  // A researcher of the institution with a COI profile: 特定類型② is read from the profile (J4).
  const fromProfile = profile ? withProfileTokutei(declaration, profile, asOf) : null;
  const result = assessExportControl({
    asOf,
    activity: "technology_provision",
    recipient: fromProfile?.recipient ?? declaration,
    provision: { place: "JP", channels: ["in_person"] },
  });
  return fromProfile ? { ...result, reasons: [...fromProfile.reasons, ...result.reasons] } : result;
}

/** Whether the determination means list-controlled technology may not be shown to the person without a licence. */
export function controlledTechnologyNeedsLicence(result: ExportControlResult): boolean {
  return result.provisionKinds.includes("TT1_RES_TO_NONRES");
}

/**
 * The first date after `from` (and within `horizonMonths`) on which the person's residency changes,
 * or null. Residency changes only at the month boundaries of §2.1: 6 months after entry (RES-F2), 6
 * months after a temporary return (RES-J4), 2 years abroad (RES-J3), and on a departure date. Each
 * candidate is checked by re-running the residency rules on that date, so the date is the engine's.
 */
export function nextResidencyChange(
  declaration: RecipientFacts,
  from: IsoDate,
  horizonMonths = 36,
): { on: IsoDate; from: string | null; to: string | null } | null {
  const base = determineResidency(declaration, from).residency;
  const horizon = addMonths(from, horizonMonths);
  const candidates = new Set<IsoDate>();
  const add = (d: IsoDate | undefined) => {
    if (d && compareDates(d, from) > 0 && compareDates(d, horizon) <= 0) {
      candidates.add(d);
    }
  };
  if (declaration.entryDate) {
    add(addMonths(declaration.entryDate, 6));
    add(declaration.entryDate);
  }
  if (declaration.returnedToJapanOn) {
    add(addMonths(declaration.returnedToJapanOn, 6));
    add(declaration.returnedToJapanOn);
  }
  if (declaration.abroadSince) {
    add(declaration.abroadSince);
    add(addMonths(declaration.abroadSince, 24));
  }
  for (const on of [...candidates].sort(compareDates)) {
    const next = determineResidency(declaration, on).residency;
    if (next !== base) {
      return { on, from: base, to: next };
    }
  }
  return null;
}
