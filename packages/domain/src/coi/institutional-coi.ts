import { foldForSearch } from "../partners/search-key";
import type { IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { coiReason } from "./coi-rules";

/** Institutional COI (seed 003 TMDU 組織としての利益相反): what the institution itself holds. */
export const INSTITUTIONAL_COI_KINDS = [
  "equity",
  "licence_income",
  "donation",
  "comprehensive_agreement",
  "executive_interest",
] as const;
export type InstitutionalCoiKind = (typeof INSTITUTIONAL_COI_KINDS)[number];

export interface RegisterEntry {
  entryId: string;
  kind: InstitutionalCoiKind;
  entityName: string;
  partnerId: string | null;
  from: IsoDate;
  until: IsoDate | null;
}

export interface RegisterMatch {
  entryId: string;
  partnerId: string;
  label: string;
  reason: Reason;
}

/**
 * Register entries in force that the case's partners touch: by registry id, or by the folded name when
 * the entry was recorded before the partner was in the registry. The committee then decides (the gate
 * waits for that decision).
 */
export function institutionalCoiMatches(
  partners: { partnerId: string; name: string }[],
  register: RegisterEntry[],
  today: IsoDate,
): RegisterMatch[] {
  const out: RegisterMatch[] = [];
  for (const e of register) {
    if (e.from > today || (e.until !== null && e.until < today)) {
      continue;
    }
    const key = foldForSearch(e.entityName);
    for (const p of partners) {
      if (
        e.partnerId === p.partnerId ||
        (e.partnerId === null && key !== "" && foldForSearch(p.name) === key)
      ) {
        const label = `${p.name}（${e.kind}）`;
        out.push({
          entryId: e.entryId,
          partnerId: p.partnerId,
          label,
          reason: coiReason("ICOI-MATCH", label),
        });
      }
    }
  }
  return out;
}
