import type { Role } from "../shared/roles";

/**
 * Indicators and sharing between institutions (issue 16). Reading figures is for the people who steer
 * (coordinators, the export-control office, executives, auditors); money is coded by the office that
 * enters agreements (coordinators, legal/IP); targets are the executives' and coordinators'; a member's
 * executive or administrator decides what its hub may see; its export-control office asks the hub for
 * advice and a hub's officer answers (hub.advise); a hub's executives and coordinators read the key
 * figures of members that granted them (hub.figures); every institution may read the released
 * case library, and coordinators prepare entries that an officer or legal/IP reviewer releases.
 */
export const INSIGHT_PERMISSIONS = [
  "insight.read",
  "insight.record",
  "insight.target",
  "hub.grant",
  "hub.advise",
  "hub.ask_advice",
  "hub.figures",
  "library.read",
  "library.prepare",
  "library.release",
] as const;
export type InsightPermission = (typeof INSIGHT_PERMISSIONS)[number];

export const INSIGHT_ROLE_PERMISSIONS: Record<Role, readonly InsightPermission[]> = {
  researcher: ["library.read"],
  student: [],
  coordinator: [
    "insight.read",
    "insight.record",
    "insight.target",
    "hub.figures",
    "library.read",
    "library.prepare",
  ],
  export_control_officer: [
    "insight.read",
    "hub.advise",
    "hub.ask_advice",
    "library.read",
    "library.prepare",
    "library.release",
  ],
  department_head: ["insight.read", "library.read"],
  coi_external_member: [],
  coi_reviewer: ["library.read"],
  legal_ip: ["insight.read", "insight.record", "library.read", "library.release"],
  executive: ["insight.read", "insight.target", "hub.grant", "hub.figures", "library.read"],
  auditor: ["insight.read", "library.read"],
  admin: ["hub.grant"],
  confidentiality_officer: ["library.read"],
};
