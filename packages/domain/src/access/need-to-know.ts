import type { Role } from "../shared/roles";

/**
 * How much of the partner registry a role reads (issue 11 item 8, seed 003 学生の取扱: a student learns
 * what their own research needs, nothing more). Every read path of partners and people — list, detail,
 * search, export, the cross-area search — asks `registryView`, so no path shows more than another.
 *
 * - `reach: "institution"`: every partner and person of the institution (plus hub-consulted members).
 * - `reach: "own_cases"`: only the partners of cases the user may see, and the people affiliated with
 *   them or taking part in those cases.
 * - `sensitive: false`: notes, contact history, credit checks and a person's e-mail are withheld.
 * - `null`: no registry at all.
 */
export type RegistryReach = "institution" | "own_cases";

export interface RegistryView {
  reach: RegistryReach;
  sensitive: boolean;
}

const FULL: RegistryView = { reach: "institution", sensitive: true };

export const REGISTRY_VIEW_BY_ROLE: Record<Role, RegistryView | null> = {
  researcher: FULL,
  // Students take part in research without the office's due diligence on partners (seed 003).
  student: { reach: "own_cases", sensitive: false },
  coordinator: FULL,
  export_control_officer: FULL,
  department_head: FULL,
  coi_reviewer: FULL,
  coi_external_member: null,
  legal_ip: FULL,
  executive: FULL,
  auditor: FULL,
  admin: FULL,
  confidentiality_officer: FULL,
};

export function registryView(role: Role): RegistryView | null {
  return REGISTRY_VIEW_BY_ROLE[role];
}

interface PartnerSensitive<C, K> {
  notes: string;
  contacts: C[];
  creditChecks: K[];
}

/** The partner as `view` may read it: sensitive parts emptied (not hidden by the page, absent from the body). */
export function redactPartner<C, K, T extends PartnerSensitive<C, K>>(view: RegistryView, partner: T): T {
  return view.sensitive ? partner : { ...partner, notes: "", contacts: [], creditChecks: [] };
}

interface PersonSensitive {
  email: string | null;
  notes: string;
}

/** The person as `view` may read them: contact details and notes withheld where `sensitive` is false. */
export function redactPerson<T extends PersonSensitive>(view: RegistryView, person: T): T {
  return view.sensitive ? person : { ...person, email: null, notes: "" };
}
