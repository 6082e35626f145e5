import { z } from "zod";
import { addMonths, compareDates, type IsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { COI_RULES, coiReason } from "./coi-rules";

/**
 * Research-security review of one person on a 特定研究開発プログラム (J7 研究セキュリティ手順書, J8
 * public-information due diligence). The input schema has NO nationality, race or religion field:
 * `z.object` strips any such key, so a caller cannot feed it in by accident (J7 bans discrimination
 * by nationality). Every factor cites its evidence; the tier is advice for the committee, never an
 * automatic refusal.
 */

export const SECURITY_SUBJECT_ROLES = ["pi", "student", "partner_senior_researcher"] as const;
export const SECURITY_TIERS = ["low", "elevated", "high"] as const;
export type SecurityTier = (typeof SECURITY_TIERS)[number];
export const MITIGATIONS = [
  "restrict_sensitive_access",
  "no_key_technology_access",
  "periodic_review",
  "disclosure_confirmation",
] as const;
export type Mitigation = (typeof MITIGATIONS)[number];

const ZEvidence = z.object({ note: z.string().max(2000), citation: z.string().max(500) });

export const ZSecurityReviewInput = z.object({
  subjectRole: z.enum(SECURITY_SUBJECT_ROLES),
  programmeFlagged: z.boolean(),
  technologyFields: z.array(z.string().max(100)).max(20),
  /** End User List entities the person is linked to, through a screening record. */
  endUserListLinks: z.array(z.object({ entity: z.string(), screeningRef: z.string() })),
  /** From the profile (J4 ②): foreign-government share of income, scholarship, talent programmes. */
  foreignGovernmentShare: z.number().min(0).max(1).nullable(),
  foreignGovernmentScholarship: z.boolean(),
  talentProgrammes: z.array(z.string()),
  misconduct: z.array(z.object({ finding: z.string(), foundOn: z.iso.date() })),
  /** Past institutions that are list-controlled or defence-linked (the background check's finding). */
  backgroundConcerns: z.array(z.object({ institution: z.string(), reason: z.string() })),
  evidence: z.array(ZEvidence).max(50),
});
export type SecurityReviewInput = z.infer<typeof ZSecurityReviewInput>;

export interface SecurityReviewResult {
  tier: SecurityTier | null;
  reasons: Reason[];
  mitigations: Mitigation[];
  /** The inputs the tier was computed from, stored on the record (J7: the record shows what was used). */
  inputsUsed: string[];
  /** The statement that nationality was not used, in both languages. */
  nationalityStatement: { ja: string; en: string };
}

/** Misconduct older than this no longer raises the tier on its own (still shown as evidence). */
const MISCONDUCT_LOOKBACK_MONTHS = 60;
const FOREIGN_GOV_SHARE_SIGNAL = 0.25;

export function assessResearchSecurity(raw: SecurityReviewInput, today: IsoDate): SecurityReviewResult {
  // Parsing strips every key the schema does not know (nationality, race, religion…).
  const i = ZSecurityReviewInput.parse(raw);
  const nationalityStatement = { ja: COI_RULES["RS-NATIONALITY"].ja, en: COI_RULES["RS-NATIONALITY"].en };
  const inputsUsed = Object.keys(ZSecurityReviewInput.shape).sort();
  if (!i.programmeFlagged) {
    return {
      tier: null,
      reasons: [coiReason("RS-NOT-FLAGGED")],
      mitigations: [],
      inputsUsed,
      nationalityStatement,
    };
  }
  const reasons: Reason[] = [];
  let high = false;
  let elevated = 0;
  if (i.endUserListLinks.length > 0) {
    high = true;
    reasons.push(
      coiReason("RS-EUL", i.endUserListLinks.map((l) => `${l.entity} [${l.screeningRef}]`).join("、")),
    );
  }
  if ((i.foreignGovernmentShare ?? 0) >= FOREIGN_GOV_SHARE_SIGNAL || i.foreignGovernmentScholarship) {
    elevated++;
    const share = i.foreignGovernmentShare === null ? "" : `${Math.round(i.foreignGovernmentShare * 100)}%`;
    reasons.push(coiReason("RS-FOREIGN-GOV", share || undefined));
  }
  if (i.talentProgrammes.length > 0) {
    elevated++;
    reasons.push(coiReason("RS-TALENT", i.talentProgrammes.join("、")));
  }
  const recent = i.misconduct.filter(
    (m) => compareDates(addMonths(m.foundOn, MISCONDUCT_LOOKBACK_MONTHS), today) >= 0,
  );
  if (recent.length > 0) {
    elevated++;
    reasons.push(coiReason("RS-MISCONDUCT", recent.map((m) => `${m.finding} ${m.foundOn}`).join("、")));
  }
  if (i.backgroundConcerns.length > 0) {
    elevated++;
    reasons.push(coiReason("RS-BACKGROUND", i.backgroundConcerns.map((b) => b.institution).join("、")));
  }
  // Two independent signals together weigh as much as a list link (J7: combined indicators).
  const tier: SecurityTier = high || elevated >= 2 ? "high" : elevated === 1 ? "elevated" : "low";
  if (reasons.length === 0) {
    reasons.push(coiReason("RS-NO-FACTORS"));
  }
  reasons.push(coiReason("RS-NATIONALITY"));
  const mitigations: Mitigation[] =
    tier === "high"
      ? ["no_key_technology_access", "restrict_sensitive_access", "periodic_review"]
      : tier === "elevated"
        ? ["restrict_sensitive_access", "disclosure_confirmation"]
        : [];
  return { tier, reasons, mitigations, inputsUsed, nationalityStatement };
}
