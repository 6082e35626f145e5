import { z } from "zod";
import { ZKnownCountryCode } from "../shared/countries";

/** The researcher profile and declaration shapes (J1–J3; Kuali COI's entity / relationship model as reference). */

const ZDate = z.iso.date();
const ZCountryCode = ZKnownCountryCode;
const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const name = z.string().trim().min(1, "validation.required").max(300, "validation.too_long");

export const APPOINTMENT_KINDS = [
  "primary",
  "cross_appointment",
  "side_job",
  "visiting",
  "advisory",
] as const;
export const SUPPORT_KINDS = [
  "research_funding",
  "in_kind",
  "equipment",
  "personnel",
  "consulting_income",
  "royalty",
  "honorarium",
  "gift",
] as const;
export const AMOUNT_BANDS = ["none", "lt_1m", "1m_5m", "5m_10m", "gte_10m"] as const;
export type AmountBand = (typeof AMOUNT_BANDS)[number];

/** 所属・職（兼業・クロスアポイントメントを含む）with effort share (J1, I9). */
export const ZProfileAppointment = z.object({
  id,
  organisation: name,
  country: ZCountryCode,
  position: text(200).default(""),
  kind: z.enum(APPOINTMENT_KINDS),
  paid: z.boolean(),
  foreignGovernment: z.boolean().default(false),
  /** Share of working time, 0–100 (責務相反: conflict of commitment). */
  effortPercent: z.number().min(0).max(100),
  from: ZDate,
  until: ZDate.nullable(),
  recordedOn: ZDate,
});
export type ProfileAppointment = z.infer<typeof ZProfileAppointment>;

/** Outside support, in money or in kind, and who gave it (J1, J2). */
export const ZSupport = z.object({
  id,
  giver: name,
  giverCountry: ZCountryCode,
  partnerId: z.string().nullable().default(null),
  kind: z.enum(SUPPORT_KINDS),
  status: z.enum(["current", "pending"]),
  /** Yearly amount in yen, when money; bands are what the declaration shows. */
  annualAmountJpy: z.number().int().min(0).nullable(),
  foreignGovernment: z.boolean(),
  /** Paid to the institution rather than to the person (特定類型② excludes those, spec §1.4). */
  paidToInstitution: z.boolean().default(false),
  from: ZDate,
  until: ZDate.nullable(),
  recordedOn: ZDate,
});
export type Support = z.infer<typeof ZSupport>;

/** Equity in a company (I10 spin-offs). */
export const ZEquity = z.object({
  id,
  company: name,
  partnerId: z.string().nullable().default(null),
  percent: z.number().min(0).max(100).nullable(),
  spinOff: z.boolean(),
  acquiredOn: ZDate,
  recordedOn: ZDate,
});
export type Equity = z.infer<typeof ZEquity>;

export const ZTalentProgramme = z.object({
  id,
  name,
  sponsorCountry: ZCountryCode,
  foreignGovernment: z.boolean(),
  from: ZDate,
  until: ZDate.nullable(),
  recordedOn: ZDate,
});

export const ZForeignTravel = z.object({
  id,
  country: ZCountryCode,
  from: ZDate,
  until: ZDate,
  purpose: text(300),
});

/** One dated version of a researcher's profile; a change writes a new version (history kept). */
export const ZCoiProfile = z.object({
  orcid: z
    .string()
    .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "validation.orcid")
    .nullable()
    .default(null),
  /** Total yearly income in yen, the denominator of the foreign-government share (J4 ②). */
  annualIncomeJpy: z.number().int().min(0).nullable().default(null),
  appointments: z.array(ZProfileAppointment).max(100).default([]),
  support: z.array(ZSupport).max(200).default([]),
  equity: z.array(ZEquity).max(100).default([]),
  talentProgrammes: z.array(ZTalentProgramme).max(50).default([]),
  foreignTravel: z.array(ZForeignTravel).max(200).default([]),
});
export type CoiProfile = z.infer<typeof ZCoiProfile>;

export const INTEREST_CATEGORIES = [
  "equity",
  "income",
  "consulting",
  "board",
  "royalty",
  "gift",
  "research_support",
  "family",
  "other",
] as const;
export type InterestCategory = (typeof INTEREST_CATEGORIES)[number];

/** One interest in a full declaration: an entity, the relationship and its amount band, related cases. */
export const ZInterest = z.object({
  interestId: id,
  category: z.enum(INTEREST_CATEGORIES),
  entity: name,
  partnerId: z.string().nullable().default(null),
  amountBand: z.enum(AMOUNT_BANDS),
  description: text(2000).default(""),
  relatedCaseIds: z.array(z.string()).max(100).default([]),
});
export type Interest = z.infer<typeof ZInterest>;

/** The stage-1 questions (seed 003 TMDU: a short web self-check before the full declaration). */
export const SELF_CHECK_QUESTIONS = [
  "equity",
  "income",
  "officer",
  "royalty",
  "gifts",
  "family",
  "foreign",
] as const;
export type SelfCheckQuestion = (typeof SELF_CHECK_QUESTIONS)[number];
export const ZSelfCheck = z.partialRecord(z.enum(SELF_CHECK_QUESTIONS), z.boolean());
export type SelfCheck = z.infer<typeof ZSelfCheck>;

export const DECLARATION_STATES = ["draft", "submitted", "returned", "approved", "expired"] as const;
export type DeclarationState = (typeof DECLARATION_STATES)[number];
export const DECLARATION_KINDS = ["periodic", "triggered"] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export const DECLARATION_TRIGGERS = ["cycle", "joined_case", "funding_application", "new_activity"] as const;
export type DeclarationTrigger = (typeof DECLARATION_TRIGGERS)[number];

export const DETERMINATIONS = ["no_conflict", "manageable", "not_permitted"] as const;
export type Determination = (typeof DETERMINATIONS)[number];

/** A management plan: conditions, a monitoring date, status (seed 003 TMDU マネジメント). */
export const ZManagementPlanInput = z.object({
  conditions: z.array(text(1000).min(1, "validation.required")).min(1, "validation.required").max(20),
  monitoringOn: ZDate,
  monitorUserId: z.string().nullable().default(null),
});
export type ManagementPlanInput = z.infer<typeof ZManagementPlanInput>;
