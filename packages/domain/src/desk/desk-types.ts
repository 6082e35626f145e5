import type { Permission } from "../access/permissions";
import type { Role } from "../shared/roles";

/**
 * The consultation desk (issue 17 item 2; seed 000 §3-2 相談窓口, spec L4 / C15): a researcher asks the
 * office a question, from a record or on its own, and the office answers in a thread.
 */
export const DESK_TOPICS = ["export_control", "contracts", "secrets", "coi", "other"] as const;
export type DeskTopic = (typeof DESK_TOPICS)[number];

export const DESK_STATUSES = ["open", "answered", "closed", "reopened"] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** Records a question may be asked from (the label shown is read from the record, never typed). */
export const DESK_ABOUT_KINDS = [
  "case",
  "partner",
  "visitor",
  "trip",
  "review",
  "classification",
  "licence",
  "secret",
  "coi_declaration",
] as const;
export type DeskAboutKind = (typeof DESK_ABOUT_KINDS)[number];

/** What the office may turn a question into. */
export const DESK_CONVERSION_KINDS = ["classification", "review", "case"] as const;
export type DeskConversionKind = (typeof DESK_CONVERSION_KINDS)[number];

/**
 * The office roles that answer each topic (seed 000 §3-2: the 相談窓口 routes a question to the section
 * that owns it). Only these roles, the asker and auditors ever read a question.
 */
export const DESK_TOPIC_OFFICES: Record<DeskTopic, readonly Role[]> = {
  export_control: ["export_control_officer"],
  contracts: ["coordinator", "legal_ip"],
  secrets: ["confidentiality_officer"],
  coi: ["coi_reviewer"],
  other: ["coordinator"],
};

/** Which conversion belongs to which topic: a 該非判定 or 取引審査 comes from an export-control question. */
export const DESK_CONVERSIONS_BY_TOPIC: Record<DeskTopic, readonly DeskConversionKind[]> = {
  export_control: ["classification", "review", "case"],
  contracts: ["case"],
  secrets: ["case"],
  coi: ["case"],
  other: ["case"],
};

/** Each conversion needs the permission its record's own create route needs; the desk adds no way round it. */
export const DESK_CONVERSION_PERMISSION: Record<DeskConversionKind, Permission> = {
  classification: "export.classify",
  review: "export.review.submit",
  case: "case.create",
};
