import type { Role } from "../shared/roles";

/**
 * Every permission a route may require (architecture §8.4: a route declares one, or says `public`).
 * Deny by default: a role has exactly the permissions listed for it in ROLE_PERMISSIONS.
 */
export const PERMISSIONS = [
  "partner.read",
  "partner.write",
  "partner.import",
  "partner.merge",
  "partner.export",
  "contact.write",
  "contact.read_restricted",
  "credit.write",
  "audit.read",
  "user.manage",
  "institution.consult",
  "self.manage",
  // Security export control: assessment, 該非判定 records and 取引審査 (issue 4).
  "export.assess",
  "export.read",
  "export.classify",
  "export.classify.approve",
  "export.review.submit",
  "export.review.proxy",
  "export.review.department",
  "export.review.decide",
  "export.review.read_all",
  "export.records.delete",
  "outbox.read",
  "jobs.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_PARTNERS: Permission[] = ["partner.read", "partner.export", "self.manage"];
const CRM_WRITER: Permission[] = [...READ_PARTNERS, "partner.write", "contact.write", "partner.import"];
/** Anyone may ask the engine; reading 該非判定 records lets a researcher reuse them (issue 4). */
const EXPORT_READER: Permission[] = ["export.assess", "export.read"];
/** Researchers prepare 該非判定 records and file 取引審査 (the self-check stage, spec §6.3). */
const EXPORT_APPLICANT: Permission[] = [...EXPORT_READER, "export.classify", "export.review.submit"];
/** The export-control office: approves 該非判定, decides 取引審査, and alone deletes expired records. */
const EXPORT_OFFICE: Permission[] = [
  ...EXPORT_APPLICANT,
  "export.review.proxy",
  "export.classify.approve",
  "export.review.decide",
  "export.review.read_all",
  "export.records.delete",
];

/** The role table. Officers who run due diligence also record credit checks and see restricted contacts. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  researcher: [...READ_PARTNERS, "partner.write", "contact.write", ...EXPORT_APPLICANT],
  student: ["partner.read", "self.manage", "export.assess"],
  coordinator: [
    ...CRM_WRITER,
    "partner.merge",
    "credit.write",
    "contact.read_restricted",
    "institution.consult",
    // An assistant / URA may enter a 取引審査 on a researcher's behalf (代理入力).
    ...EXPORT_APPLICANT,
    "export.review.proxy",
  ],
  export_control_officer: [
    ...CRM_WRITER,
    "credit.write",
    "contact.read_restricted",
    "institution.consult",
    ...EXPORT_OFFICE,
  ],
  department_head: [
    ...READ_PARTNERS,
    "contact.read_restricted",
    ...EXPORT_READER,
    "export.review.department",
  ],
  coi_reviewer: [...READ_PARTNERS, "export.assess"],
  legal_ip: [...READ_PARTNERS, "partner.write", "contact.write", "credit.write", ...EXPORT_READER],
  executive: [
    ...READ_PARTNERS,
    "contact.read_restricted",
    "institution.consult",
    ...EXPORT_READER,
    "export.review.read_all",
  ],
  auditor: [
    ...READ_PARTNERS,
    "audit.read",
    "contact.read_restricted",
    "institution.consult",
    "export.read",
    "export.review.read_all",
  ],
  admin: [
    ...CRM_WRITER,
    "partner.merge",
    "credit.write",
    "audit.read",
    "user.manage",
    "contact.read_restricted",
    ...EXPORT_READER,
    "export.review.read_all",
    "outbox.read",
    "jobs.read",
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
