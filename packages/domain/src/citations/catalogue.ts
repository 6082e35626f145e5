import type { Bilingual } from "../shared/bilingual";
import { COMPLIANCE_STANDARD_CITATIONS } from "./compliance";
import { EXPORT_CONTROL_CITATIONS } from "./export-control";
import { IP_SOURCES } from "./ip";
import { POLICY_CITATIONS } from "./policy";
import { RESEARCH_SECURITY_CITATIONS } from "./research-security";
import { SCREENING_CITATIONS } from "./screening";
import { SEED_CITATIONS } from "./seeds";

/**
 * Every sourceId a reason may carry → the citation a person reads (ja / en). One file per area; to add a
 * source, add a line to the area's file (a domain test fails for any sourceId used in the code without an
 * entry here, for a key defined in two files, and for a citation that shows an internal id).
 */
export function citationAreas(): Readonly<Record<string, Readonly<Record<string, Bilingual>>>> {
  return {
    seeds: SEED_CITATIONS,
    "export-control": EXPORT_CONTROL_CITATIONS,
    "research-security": RESEARCH_SECURITY_CITATIONS,
    ip: IP_SOURCES,
    policy: POLICY_CITATIONS,
    compliance: COMPLIANCE_STANDARD_CITATIONS,
    screening: SCREENING_CITATIONS,
  };
}

// Merged on first use: the area tables import feature modules that themselves build reasons, so reading
// them while modules are still loading would see them uninitialised.
let merged: Record<string, Bilingual> | null = null;

export function allCitations(): Readonly<Record<string, Bilingual>> {
  merged ??= Object.assign({}, ...Object.values(citationAreas()));
  return merged as Record<string, Bilingual>;
}

/** Shown only if a sourceId slipped past the catalogue test; never the internal id itself. */
const UNCATALOGUED: Bilingual = { ja: "出典未登録", en: "Source not catalogued" };

export function citationFor(sourceId: string): Bilingual {
  const c = allCitations()[sourceId];
  return c ? { ja: c.ja, en: c.en } : UNCATALOGUED;
}
