import type { Role } from "../shared/roles";

/**
 * Export control and screening reach every party (issue 15). The officer keeps the records the law
 * expects (appointments, self-audit, travel-payment reconciliation), list sources and ownership
 * edges; researchers host visitors and see their lab's view; auditors read everything.
 */
export const EC_REACH_PERMISSIONS = [
  /** Read ownership edges, list sources, appointments, self-audits, payment reconciliation. */
  "ec.records.read",
  /** Enter ownership edges, configure list sources, keep the appointments and the self-audit. */
  "ec.records.manage",
  /** Import the finance system's travel payments. */
  "ec.payments.import",
  /** Decide a screening match of a trip counterpart or a visitor (true match / false positive). */
  "ec.party_screening.decide",
  /** The lab view of visitors and foreign students hosted by the caller (or all, for the office). */
  "ec.lab_view",
] as const;
export type EcReachPermission = (typeof EC_REACH_PERMISSIONS)[number];

const OFFICE: EcReachPermission[] = [
  "ec.records.read",
  "ec.records.manage",
  "ec.payments.import",
  "ec.party_screening.decide",
  "ec.lab_view",
];

export const EC_REACH_ROLE_PERMISSIONS: Record<Role, readonly EcReachPermission[]> = {
  researcher: ["ec.lab_view"],
  student: [],
  coordinator: ["ec.lab_view"],
  export_control_officer: OFFICE,
  department_head: ["ec.lab_view"],
  coi_external_member: [],
  coi_reviewer: [],
  legal_ip: [],
  executive: ["ec.records.read"],
  // Inspection reads the records the law expects (seed 001 §IV.3), never changes them.
  auditor: ["ec.records.read", "ec.lab_view"],
  // The system administrator configures list sources (where files come from), not decisions.
  admin: ["ec.records.read", "ec.records.manage"],
  confidentiality_officer: [],
};
