import type { Role } from "../shared/roles";

/**
 * The consultation desk, visit tours, written policies and personal data (issue 17). These say what a
 * role may do at all; which question a user reads is decided per question by `canReadQuestion`
 * (desk/desk-rules.ts), which tour by the visitor it belongs to.
 *
 * - `desk.ask` / `desk.read`: ask the office and read one's own questions (auditors read, never ask).
 * - `desk.answer`: the office roles; each answers only its topics (DESK_TOPIC_OFFICES).
 * - `lab_profile.write`: a lab head keeps their lab's profile; the export-control office may edit any;
 *   `lab_profile.confirm` is the office's confirmation of it (seed 000 §3-2).
 * - `visit_tour.write`: the host lists what a visitor will be shown or handed; `visit_tour.decide` is the
 *   export-control office's decision on each line (spec C7).
 * - `policy.manage`: add a version of a written policy (seed 001 §IV.1-1); everyone reads them.
 * - `personal_data.manage`: purposes, retention periods, the retention run and a person's export on
 *   request (個人情報保護法 §33); `personal_data.read` lets inspection read them.
 */
export const DESK_PERMISSIONS = [
  "desk.ask",
  "desk.read",
  "desk.answer",
  "lab_profile.read",
  "lab_profile.write",
  "lab_profile.confirm",
  "visit_tour.read",
  "visit_tour.write",
  "visit_tour.decide",
  "policy.read",
  "policy.manage",
  "personal_data.read",
  "personal_data.manage",
] as const;
export type DeskPermission = (typeof DESK_PERMISSIONS)[number];

const ASKER: DeskPermission[] = ["desk.ask", "desk.read", "policy.read"];
const OFFICE: DeskPermission[] = [...ASKER, "desk.answer"];

export const DESK_ROLE_PERMISSIONS: Record<Role, readonly DeskPermission[]> = {
  researcher: [...ASKER, "lab_profile.read", "lab_profile.write", "visit_tour.read", "visit_tour.write"],
  student: ASKER,
  coordinator: [...OFFICE, "visit_tour.read", "visit_tour.write"],
  export_control_officer: [
    ...OFFICE,
    "lab_profile.read",
    "lab_profile.write",
    "lab_profile.confirm",
    "visit_tour.read",
    "visit_tour.write",
    "visit_tour.decide",
  ],
  department_head: [...ASKER, "visit_tour.read"],
  coi_reviewer: OFFICE,
  coi_external_member: [],
  legal_ip: [...OFFICE, "policy.manage"],
  executive: ASKER,
  auditor: ["desk.read", "policy.read", "lab_profile.read", "visit_tour.read", "personal_data.read"],
  admin: ["policy.read", "policy.manage", "personal_data.read", "personal_data.manage"],
  confidentiality_officer: OFFICE,
};
