import type { Reason } from "../shared/decision";
import type { CatchAllClass } from "./data/catch-all-matrix";
import type { RuleDataSnapshot } from "./data/registry";
import type { Residency } from "./result";
import type { ExportControlFacts } from "./schema";
import { because } from "./trace";

export type ExportCountryGroup = "A" | "B" | "C" | "D";

export interface DestinationInfo {
  country: string | null;
  group: ExportCountryGroup | null;
  catchAllClass: CatchAllClass;
  unArmsEmbargo: boolean;
  concernCountry: boolean;
  reasons: Reason[];
}

const foreign = (c: string | undefined): string | undefined => (c && c !== "JP" ? c : undefined);

/**
 * Where the technology will be used or the goods go, in order of evidence: the stated destination, the
 * end user's country, the place of provision abroad, then (for a non-resident or deemed non-resident in
 * Japan) the foreign employer's country or the nationality.
 */
export function resolveDestinationCountry(
  facts: ExportControlFacts,
  residency: Residency | null,
): string | null {
  const r = facts.recipient;
  const viaPerson =
    foreign(r?.employerCountry) ?? (residency === "NON_RESIDENT" ? foreign(r?.nationality) : undefined);
  return (
    facts.provision?.destinationCountry ??
    facts.endUser?.country ??
    foreign(facts.provision?.place) ??
    viaPerson ??
    foreign(r?.nationality) ??
    null
  );
}

/**
 * Country group A–D and catch-all column (spec §4.2, §4.6) from the versioned tables in force. Group B is
 * not enumerated in our sources ([U] V4), so a country that is neither A nor D nor known B is reported as
 * C (the stricter of the two). An unknown destination gets the strictest catch-all column.
 */
export function classifyDestination(country: string | null, data: RuleDataSnapshot): DestinationInfo {
  if (!country) {
    return {
      country: null,
      group: null,
      catchAllClass: "UN_ARMS_EMBARGO",
      unArmsEmbargo: false,
      concernCountry: false,
      reasons: [because("DEST-UNKNOWN")],
    };
  }
  const inList = (list: { countries: string[] } | null) => list?.countries.includes(country) ?? false;
  const unArmsEmbargo = inList(data.unArmsEmbargo);
  const concernCountry = inList(data.concernCountries);
  const reasons: Reason[] = [];
  let group: ExportCountryGroup;
  if (inList(data.groupA)) {
    group = "A";
    reasons.push(because("DEST-GROUP-A", `${country} (${data.groupA?.version})`));
  } else if (unArmsEmbargo || concernCountry) {
    group = "D";
    reasons.push(because("DEST-GROUP-D", country));
    if (unArmsEmbargo) {
      reasons.push(because("DEST-UN-EMBARGO", `${country} (${data.unArmsEmbargo?.version})`));
    }
    if (concernCountry) {
      reasons.push(because("DEST-CONCERN", `${country} (${data.concernCountries?.version})`));
    }
  } else if (inList(data.groupBKnown)) {
    group = "B";
    reasons.push(because("DEST-GROUP-B", `${country} (${data.groupBKnown?.version})`));
  } else {
    group = "C";
    reasons.push(because("DEST-GROUP-C", country), because("DEST-B-UNENUMERATED"));
  }
  const catchAllClass: CatchAllClass =
    group === "A" ? "GROUP_A" : unArmsEmbargo ? "UN_ARMS_EMBARGO" : "GENERAL";
  return { country, group, catchAllClass, unArmsEmbargo, concernCountry, reasons };
}
