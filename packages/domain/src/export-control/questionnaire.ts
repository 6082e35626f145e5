import type { ExportControlFactsInput, Purpose } from "./schema";

// The researcher's questionnaire (issue 4: "a researcher can use it without training"): plain-language
// answers, each mapped to one assess input field of docs/export-control-assess.md. "分からない" leaves the
// field out, so the engine treats it conservatively and says which fact was missing. Pure, so the web
// form, the 取引審査 form and the tests share one mapping.

export type Answer = "yes" | "no" | "unknown";

/** What the item is, in the researcher's words; maps to `item.listItem`. */
export type ListAnswer =
  | ""
  | "none"
  | "16"
  | "1"
  | "2"
  | "3"
  | "3-2"
  | "4"
  | "5"
  | "6"
  | "7"
  | "8"
  | "9"
  | "10"
  | "11"
  | "12"
  | "13"
  | "14"
  | "15";

export type EulAnswer = "auto" | "none" | "listed";

export interface AssessAnswers {
  activity: "technology_provision" | "goods_export";
  asOf: string;
  // Who receives the technology (spec §2, §1.4).
  nationality: string;
  employedInJapan: Answer;
  entryDate: string;
  workingAbroad: Answer;
  abroadSince: string;
  plannedStayAbroadMonths: string;
  remoteFromAbroad: Answer;
  diplomatOrForeignOfficial: Answer;
  foreignEmploymentContract: Answer;
  employerCountry: string;
  priorityAgreement: Answer;
  foreignGovScholarship: Answer;
  /** Percent of annual income (the engine takes a fraction). */
  foreignGovBenefitPercent: string;
  benefitReceivedBeforeEmployment: Answer;
  benefitPaidToInstitution: Answer;
  actingOnForeignGovInstruction: Answer;
  // Where and how (spec §1.2).
  place: string;
  channels: ("in_person" | "carried_media" | "electronic")[];
  destinationCountry: string;
  // What (spec §3, §5).
  listItem: ListAnswer;
  hsCode: string;
  published: Answer;
  purpose: "" | Purpose;
  restrictedAudience: Answer;
  beyondFilingMinimum: Answer;
  productionKnowHow: Answer;
  // End user (spec §4).
  endUserName: string;
  endUserCountry: string;
  eul: EulAnswer;
  eulCategories: ("B" | "C" | "M" | "N" | "CW")[];
  informNotice: Answer;
  statedMilitaryUse: Answer;
  statedWmdUse: Answer;
  clearlyCivilEvidence: Answer;
}

export const EMPTY_ANSWERS: AssessAnswers = {
  activity: "technology_provision",
  asOf: "",
  nationality: "",
  employedInJapan: "unknown",
  entryDate: "",
  workingAbroad: "unknown",
  abroadSince: "",
  plannedStayAbroadMonths: "",
  remoteFromAbroad: "unknown",
  diplomatOrForeignOfficial: "unknown",
  foreignEmploymentContract: "unknown",
  employerCountry: "",
  priorityAgreement: "unknown",
  foreignGovScholarship: "unknown",
  foreignGovBenefitPercent: "",
  benefitReceivedBeforeEmployment: "unknown",
  benefitPaidToInstitution: "unknown",
  actingOnForeignGovInstruction: "unknown",
  place: "JP",
  channels: ["in_person"],
  destinationCountry: "",
  listItem: "",
  hsCode: "",
  published: "unknown",
  purpose: "",
  restrictedAudience: "unknown",
  beyondFilingMinimum: "unknown",
  productionKnowHow: "unknown",
  endUserName: "",
  endUserCountry: "",
  eul: "auto",
  eulCategories: [],
  informNotice: "unknown",
  statedMilitaryUse: "unknown",
  statedWmdUse: "unknown",
  clearlyCivilEvidence: "unknown",
};

const TOKUTEI_ANSWERS = [
  "foreignEmploymentContract",
  "priorityAgreement",
  "foreignGovScholarship",
  "benefitReceivedBeforeEmployment",
  "benefitPaidToInstitution",
  "actingOnForeignGovInstruction",
] as const;

const bool = (a: Answer): boolean | undefined => (a === "yes" ? true : a === "no" ? false : undefined);
const answer = (b: unknown): Answer => (b === true ? "yes" : b === false ? "no" : "unknown");
const text = (s: string): string | undefined => (s.trim() === "" ? undefined : s.trim());
const country = (s: string): string | undefined => text(s)?.toUpperCase();

/** Drops undefined values and objects left empty, so the facts carry only what was answered. */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v !== undefined) {
      out[k] = v;
    }
  }
  return Object.keys(out).length > 0 ? (out as Partial<T>) : undefined;
}

function numberOrText(s: string): number | string | undefined {
  const t = text(s);
  if (t === undefined) {
    return undefined;
  }
  const n = Number(t);
  // A non-number is passed on as typed, so the engine's validation names the field.
  return Number.isFinite(n) ? n : t;
}

/** The assess input for the answers (docs/export-control-assess.md). */
export function answersToFacts(a: AssessAnswers): ExportControlFactsInput {
  const technology = a.activity === "technology_provision";
  const percent = numberOrText(a.foreignGovBenefitPercent);
  const declared = TOKUTEI_ANSWERS.some((k) => a[k] !== "unknown") || percent !== undefined;
  const tokutei = declared
    ? compact({
        foreignEmploymentContract: bool(a.foreignEmploymentContract),
        priorityAgreement: a.foreignEmploymentContract === "yes" ? bool(a.priorityAgreement) : undefined,
        foreignGovScholarship: bool(a.foreignGovScholarship),
        foreignGovBenefitShare: typeof percent === "number" ? percent / 100 : percent,
        benefitReceivedBeforeEmployment: bool(a.benefitReceivedBeforeEmployment),
        benefitPaidToInstitution: bool(a.benefitPaidToInstitution),
        actingOnForeignGovInstruction: bool(a.actingOnForeignGovInstruction),
      })
    : undefined;
  const recipient = technology
    ? compact({
        nationality: country(a.nationality),
        employedInJapan: bool(a.employedInJapan),
        entryDate: text(a.entryDate),
        workingAbroad: bool(a.workingAbroad),
        abroadSince: text(a.abroadSince),
        plannedStayAbroadMonths: numberOrText(a.plannedStayAbroadMonths),
        remoteFromAbroad: bool(a.remoteFromAbroad),
        diplomatOrForeignOfficial: bool(a.diplomatOrForeignOfficial),
        employerCountry: a.foreignEmploymentContract === "yes" ? country(a.employerCountry) : undefined,
        tokutei,
      })
    : undefined;
  const provision = compact({
    place: technology ? country(a.place) : undefined,
    channels: technology && a.channels.length > 0 ? [...a.channels] : undefined,
    destinationCountry: country(a.destinationCountry),
  });
  const listItem = a.listItem === "" ? undefined : a.listItem === "none" ? null : a.listItem;
  const item = compact({
    listItem,
    hsCode: a.activity === "goods_export" ? text(a.hsCode) : undefined,
    published: technology ? bool(a.published) : undefined,
    purpose: technology && a.purpose !== "" ? a.purpose : undefined,
    restrictedAudience: technology && a.purpose === "publication" ? bool(a.restrictedAudience) : undefined,
    beyondFilingMinimum:
      technology && a.purpose === "patent_filing" ? bool(a.beyondFilingMinimum) : undefined,
    productionKnowHow:
      technology && (a.purpose === "use_of_exported_goods" || a.purpose === "use_of_program")
        ? bool(a.productionKnowHow)
        : undefined,
  });
  const endUser = compact({
    name: text(a.endUserName),
    country: country(a.endUserCountry),
    eulCategories: a.eul === "none" ? [] : a.eul === "listed" ? [...a.eulCategories] : undefined,
    informNotice: bool(a.informNotice),
    statedMilitaryUse: bool(a.statedMilitaryUse),
    statedWmdUse: bool(a.statedWmdUse),
    clearlyCivilEvidence: bool(a.clearlyCivilEvidence),
  });
  return compact({
    asOf: text(a.asOf),
    activity: a.activity,
    recipient,
    provision,
    item,
    endUser,
  }) as ExportControlFactsInput;
}

type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/**
 * Answers for stored facts (to edit a 取引審査 with the same questions). Fields the questionnaire does not
 * ask are not represented; `answersToFacts(factsToAnswers(f))` keeps every asked field.
 */
export function factsToAnswers(facts: Loose): AssessAnswers {
  const r = (facts.recipient ?? {}) as Loose;
  const tk = (r.tokutei ?? {}) as Loose;
  const p = (facts.provision ?? {}) as Loose;
  const i = (facts.item ?? {}) as Loose;
  const e = (facts.endUser ?? {}) as Loose;
  const share = tk.foreignGovBenefitShare;
  const listItem = i.listItem === null ? "none" : str(i.listItem).replace("の", "-");
  const eul = Array.isArray(e.eulCategories) ? (e.eulCategories.length === 0 ? "none" : "listed") : "auto";
  return {
    activity: facts.activity === "goods_export" ? "goods_export" : "technology_provision",
    asOf: str(facts.asOf),
    nationality: str(r.nationality),
    employedInJapan: answer(r.employedInJapan),
    entryDate: str(r.entryDate),
    workingAbroad: answer(r.workingAbroad),
    abroadSince: str(r.abroadSince),
    plannedStayAbroadMonths: str(r.plannedStayAbroadMonths),
    remoteFromAbroad: answer(r.remoteFromAbroad),
    diplomatOrForeignOfficial: answer(r.diplomatOrForeignOfficial),
    foreignEmploymentContract: answer(tk.foreignEmploymentContract),
    employerCountry: str(r.employerCountry),
    priorityAgreement: answer(tk.priorityAgreement),
    foreignGovScholarship: answer(tk.foreignGovScholarship),
    foreignGovBenefitPercent:
      typeof share === "number" ? String(Math.round(share * 10_000) / 100) : str(share),
    benefitReceivedBeforeEmployment: answer(tk.benefitReceivedBeforeEmployment),
    benefitPaidToInstitution: answer(tk.benefitPaidToInstitution),
    actingOnForeignGovInstruction: answer(tk.actingOnForeignGovInstruction),
    place: str(p.place) || (facts.activity === "goods_export" ? "" : "JP"),
    channels: Array.isArray(p.channels) ? (p.channels as AssessAnswers["channels"]) : [],
    destinationCountry: str(p.destinationCountry),
    listItem: listItem as ListAnswer,
    hsCode: str(i.hsCode),
    published: answer(i.published),
    purpose: (str(i.purpose) as AssessAnswers["purpose"]) || "",
    restrictedAudience: answer(i.restrictedAudience),
    beyondFilingMinimum: answer(i.beyondFilingMinimum),
    productionKnowHow: answer(i.productionKnowHow),
    endUserName: str(e.name),
    endUserCountry: str(e.country),
    eul,
    eulCategories: Array.isArray(e.eulCategories) ? (e.eulCategories as AssessAnswers["eulCategories"]) : [],
    informNotice: answer(e.informNotice),
    statedMilitaryUse: answer(e.statedMilitaryUse),
    statedWmdUse: answer(e.statedWmdUse),
    clearlyCivilEvidence: answer(e.clearlyCivilEvidence),
  };
}

function isPlainObject(v: unknown): v is Loose {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The part of stored facts the questionnaire does not ask (e.g. `item.concernTypes` sent by a script). */
export function unaskedFacts(facts: Loose): Loose {
  const asked = answersToFacts(factsToAnswers(facts)) as Loose;
  const diff = (orig: Loose, seen: Loose): Loose => {
    const out: Loose = {};
    for (const [k, v] of Object.entries(orig)) {
      if (!(k in seen)) {
        out[k] = v;
      } else if (isPlainObject(v) && isPlainObject(seen[k])) {
        const sub = diff(v, seen[k] as Loose);
        if (Object.keys(sub).length > 0) {
          out[k] = sub;
        }
      }
    }
    return out;
  };
  return diff(facts, asked);
}

/** Answers' facts with the unasked fields put back (the answers win where both have a value). */
export function mergeFacts(unasked: Loose, asked: Loose): Loose {
  const out: Loose = { ...unasked };
  for (const [k, v] of Object.entries(asked)) {
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? mergeFacts(out[k] as Loose, v) : v;
  }
  return out;
}
