import type { Role } from "../shared/roles";

/** Security export control: assessment, 該非判定 records and 取引審査 (issue 4). */
export const EXPORT_PERMISSIONS = [
  "export.assess",
  "export.read",
  "export.classify",
  "export.classify.approve",
  "export.review.submit",
  "export.review.proxy",
  "export.review.department",
  "export.review.decide",
  "export.review.read_all",
  "export.review.comment",
  "export.records.delete",
] as const;
type ExportPermission = (typeof EXPORT_PERMISSIONS)[number];

/** Anyone may ask the engine; reading 該非判定 records lets a researcher reuse them (issue 4). */
const EXPORT_READER: ExportPermission[] = ["export.assess", "export.read"];
/** Researchers prepare 該非判定 records and file 取引審査 (the self-check stage, spec §6.3). */
const EXPORT_APPLICANT: ExportPermission[] = [
  ...EXPORT_READER,
  "export.classify",
  "export.review.submit",
  "export.review.comment",
];
/** The export-control office: approves 該非判定, decides 取引審査, and alone deletes expired records. */
const EXPORT_OFFICE: ExportPermission[] = [
  ...EXPORT_APPLICANT,
  "export.review.proxy",
  "export.classify.approve",
  "export.review.decide",
  "export.review.read_all",
  "export.records.delete",
];

export const EXPORT_ROLE_PERMISSIONS: Record<Role, readonly ExportPermission[]> = {
  researcher: EXPORT_APPLICANT,
  student: ["export.assess"],
  // An assistant / URA may enter a 取引審査 on a researcher's behalf (代理入力).
  coordinator: [...EXPORT_APPLICANT, "export.review.proxy"],
  export_control_officer: EXPORT_OFFICE,
  department_head: [...EXPORT_READER, "export.review.department", "export.review.comment"],
  coi_reviewer: ["export.assess"],
  coi_external_member: [],
  legal_ip: [...EXPORT_READER, "export.review.comment"],
  executive: [...EXPORT_READER, "export.review.read_all", "export.review.comment"],
  // A comment enters the review's official history: the auditor only reads it, and the system
  // administrator is no party to export decisions (issue 10).
  auditor: ["export.read", "export.review.read_all"],
  admin: [...EXPORT_READER, "export.review.read_all"],
  confidentiality_officer: [],
};
