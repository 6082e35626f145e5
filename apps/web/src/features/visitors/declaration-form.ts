import type { RecipientFacts } from "@renkei/domain";

export type YesNo = "" | "yes" | "no";

/**
 * The plain-language answers of the intake form. They map onto the engine's recipient facts (spec §2
 * residency, §1.4 特定類型); unanswered 特定類型 questions leave the declaration out, so the engine says
 * "undeclared" (UNKNOWN) instead of assuming "none".
 */
export interface DeclarationForm {
  nationality: string;
  entryDate: string;
  employedInJapan: YesNo;
  remoteFromAbroad: YesNo;
  diplomatOrForeignOfficial: YesNo;
  workingAbroad: YesNo;
  abroadSince: string;
  plannedStayAbroadMonths: string;
  foreignContract: YesNo;
  priorityAgreement: YesNo;
  employerCountry: string;
  foreignGovMoney: YesNo;
  benefitSharePercent: string;
  scholarship: YesNo;
  beforeEmployment: YesNo;
  paidToInstitution: YesNo;
  instruction: YesNo;
}

export const EMPTY_DECLARATION: DeclarationForm = {
  nationality: "",
  entryDate: "",
  employedInJapan: "",
  remoteFromAbroad: "",
  diplomatOrForeignOfficial: "",
  workingAbroad: "",
  abroadSince: "",
  plannedStayAbroadMonths: "",
  foreignContract: "",
  priorityAgreement: "",
  employerCountry: "",
  foreignGovMoney: "",
  benefitSharePercent: "",
  scholarship: "",
  beforeEmployment: "",
  paidToInstitution: "",
  instruction: "",
};

const bool = (v: YesNo): boolean | undefined => (v === "" ? undefined : v === "yes");
const yn = (v: boolean | undefined): YesNo => (v === undefined ? "" : v ? "yes" : "no");

export function toDeclaration(f: DeclarationForm): RecipientFacts {
  const facts: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined && value !== "") {
      facts[key] = value;
    }
  };
  set("nationality", f.nationality.trim().toUpperCase());
  set("entryDate", f.entryDate);
  set("employedInJapan", bool(f.employedInJapan));
  set("remoteFromAbroad", bool(f.remoteFromAbroad));
  set("diplomatOrForeignOfficial", bool(f.diplomatOrForeignOfficial));
  set("workingAbroad", bool(f.workingAbroad));
  set("abroadSince", f.abroadSince);
  set("plannedStayAbroadMonths", f.plannedStayAbroadMonths ? Number(f.plannedStayAbroadMonths) : undefined);
  if (f.foreignContract === "yes") {
    set("employerCountry", f.employerCountry.trim().toUpperCase());
  }
  const answered = f.foreignContract !== "" || f.foreignGovMoney !== "" || f.instruction !== "";
  if (answered) {
    const t: Record<string, unknown> = {};
    const put = (key: string, value: unknown) => {
      if (value !== undefined) {
        t[key] = value;
      }
    };
    put("foreignEmploymentContract", bool(f.foreignContract));
    if (f.foreignContract === "yes") {
      put("priorityAgreement", bool(f.priorityAgreement));
    }
    if (f.foreignGovMoney === "no") {
      put("foreignGovBenefitShare", 0);
    } else if (f.foreignGovMoney === "yes") {
      put("foreignGovBenefitShare", f.benefitSharePercent ? Number(f.benefitSharePercent) / 100 : undefined);
      put("foreignGovScholarship", bool(f.scholarship));
      put("benefitReceivedBeforeEmployment", bool(f.beforeEmployment));
      put("benefitPaidToInstitution", bool(f.paidToInstitution));
    }
    put("actingOnForeignGovInstruction", bool(f.instruction));
    facts.tokutei = t;
  }
  return facts as RecipientFacts;
}

export function fromDeclaration(d: RecipientFacts): DeclarationForm {
  const t = d.tokutei;
  const share = t?.foreignGovBenefitShare;
  const money: YesNo =
    t === undefined
      ? ""
      : share === 0 && !t.foreignGovScholarship
        ? "no"
        : share !== undefined || t.foreignGovScholarship !== undefined
          ? "yes"
          : "";
  return {
    nationality: d.nationality ?? "",
    entryDate: d.entryDate ?? "",
    employedInJapan: yn(d.employedInJapan),
    remoteFromAbroad: yn(d.remoteFromAbroad),
    diplomatOrForeignOfficial: yn(d.diplomatOrForeignOfficial),
    workingAbroad: yn(d.workingAbroad),
    abroadSince: d.abroadSince ?? "",
    plannedStayAbroadMonths: d.plannedStayAbroadMonths === undefined ? "" : String(d.plannedStayAbroadMonths),
    foreignContract: yn(t?.foreignEmploymentContract),
    priorityAgreement: yn(t?.priorityAgreement),
    employerCountry: d.employerCountry ?? "",
    foreignGovMoney: money,
    benefitSharePercent: share !== undefined && share > 0 ? String(Math.round(share * 100)) : "",
    scholarship: yn(t?.foreignGovScholarship),
    beforeEmployment: yn(t?.benefitReceivedBeforeEmployment),
    paidToInstitution: yn(t?.benefitPaidToInstitution),
    instruction: yn(t?.actingOnForeignGovInstruction),
  };
}
