import { z } from "zod";
import { DESTINATION_GROUPS } from "../cases/case-types";
import { JAPAN_PRESENCE, type JapanPresence } from "../partners/partner-types";
import { countryName } from "../shared/countries";
import { type Reason, reason } from "../shared/decision";

/**
 * The partner's profile facts that due diligence weighs beside screening and credit (issue 17 item 1):
 * where it does business (seed 001 §IV.2-3 相手企業が立地する国及びビジネスを展開している地域等を把握し、
 * 関連法令等について把握), its contribution in Japan (seed 001 Ⅴ 事例1: 雇用・納税・国内でのサービス提供),
 * and, for a spin-off, its originating university and what the office learned from it (§IV.2-3:
 * 大学等発ベンチャーの場合、シーズ技術等を提供した大学等に情報提供を依頼).
 */
export const ZPartnerProfileFacts = z.object({
  /** Countries of operation besides the home country, each classified as the home country is. */
  operatingRegions: z.array(
    z.object({
      country: z.string().length(2),
      group: z.enum(DESTINATION_GROUPS).nullable(),
      unArmsEmbargo: z.boolean(),
      concernCountry: z.boolean(),
    }),
  ),
  /** The laws the office found apply to the partner, in words (empty: none recorded). */
  applicableLaws: z.string(),
  japan: z.object({
    presence: z.enum(JAPAN_PRESENCE),
    employs: z.boolean().nullable(),
    paysTax: z.boolean().nullable(),
  }),
  /** Registered as a venture: whether it is a university spin-off is worth knowing. */
  venture: z.boolean(),
  originUniversity: z.string().nullable(),
  /** The case's record of asking the originating university (case due diligence). */
  originInquiry: z.object({ askedOn: z.string(), summary: z.string() }).nullable(),
});
export type PartnerProfileFacts = z.infer<typeof ZPartnerProfileFacts>;

export type JapanContribution = "contributes" | "partial" | "none" | "unknown";

/**
 * Seed 001 事例1 ①: a foreign-capital company that provides services in Japan, creates jobs and pays tax
 * there contributes to Japan. Both employment and tax make a contribution; a foothold or one of the two
 * is partial; nothing in Japan is none; otherwise it is not known yet.
 */
export function japanContribution(j: {
  presence: JapanPresence;
  employs: boolean | null;
  paysTax: boolean | null;
}): JapanContribution {
  if (j.employs === true && j.paysTax === true) {
    return "contributes";
  }
  const foothold = j.presence === "subsidiary" || j.presence === "office";
  if (foothold || j.employs === true || j.paysTax === true) {
    return "partial";
  }
  if (j.presence === "none" || (j.employs === false && j.paysTax === false)) {
    return "none";
  }
  return "unknown";
}

export interface ProfileContext {
  name: string;
  /** The partner is outside the institution's country. */
  foreign: boolean;
  /** Emerging-technology field or non-public key technology disclosed (as in the high-risk assessment). */
  sensitive: boolean;
  /** Government money funds the research (国費の成果, 事例1 ②). */
  publiclyFunded: boolean;
}

export interface ProfileFactor {
  level: "low" | "medium" | "high";
  reason: Reason;
}

const names = (codes: string[], lang: "ja" | "en") =>
  codes.map((c) => countryName(c, lang)).join(lang === "ja" ? "、" : ", ");

function japanFactors(p: PartnerProfileFacts, ctx: ProfileContext): ProfileFactor[] {
  if (!ctx.foreign) {
    return [];
  }
  const src = "seed001§V.case1";
  const r = (ruleId: string, ja: string, en: string) =>
    reason(ruleId, src, `${ctx.name}: ${ja}`, `${ctx.name}: ${en}`);
  // Contribution in Japan answers the national-interest question (事例1 ②); it never offsets a
  // security concern such as a list match or military ties, so it only ever adds a low or medium factor.
  const stake = ctx.sensitive || ctx.publiclyFunded;
  switch (japanContribution(p.japan)) {
    case "contributes":
      return [
        {
          level: "low",
          reason: r(
            "HR-JAPAN-CONTRIBUTION",
            "日本国内で雇用を生み納税している（国内への貢献。安全保障上の懸念は別に判断）",
            "employs people and pays tax in Japan (a contribution to Japan; security concerns are weighed separately)",
          ),
        },
      ];
    case "partial":
      return [
        {
          level: "low",
          reason: r(
            "HR-JAPAN-PARTIAL",
            "日本国内での貢献は一部のみ（日本拠点、雇用、納税のいずれかが未確認またはなし）",
            "only part of a contribution in Japan (a base, jobs or tax is missing or unconfirmed)",
          ),
        },
      ];
    case "none":
      return [
        stake
          ? {
              level: "medium",
              reason: r(
                "HR-NO-JAPAN-CONTRIBUTION",
                "日本国内での貢献（雇用・納税・日本拠点）がないまま、国費の成果または重要技術を提供する",
                "no contribution in Japan (jobs, tax, a base) while publicly funded results or key technology go to it",
              ),
            }
          : {
              level: "low",
              reason: r("HR-NO-JAPAN-CONTRIBUTION", "日本国内での貢献なし", "no contribution in Japan"),
            },
      ];
    case "unknown":
      return [
        {
          level: "low",
          reason: r(
            "HR-JAPAN-UNKNOWN",
            "日本国内での貢献（雇用・納税・日本拠点）が未確認",
            "contribution in Japan (jobs, tax, a base) not yet checked",
          ),
        },
      ];
  }
}

function regionFactors(p: PartnerProfileFacts, ctx: ProfileContext): ProfileFactor[] {
  const src = "seed001§IV.2-3";
  const r = (ja: string, en: string) => reason("HR-REGION", src, `${ctx.name}: ${ja}`, `${ctx.name}: ${en}`);
  const concern = p.operatingRegions.filter((x) => x.concernCountry || x.unArmsEmbargo).map((x) => x.country);
  const out: ProfileFactor[] = [];
  if (concern.length > 0) {
    out.push({
      level: "high",
      reason: r(
        `事業展開地域に懸念国・国連武器禁輸国（${names(concern, "ja")}）`,
        `does business in a country of concern or under a UN arms embargo (${names(concern, "en")})`,
      ),
    });
  }
  const nonA = p.operatingRegions
    .filter((x) => !concern.includes(x.country) && x.group !== null && x.group !== "A")
    .map((x) => x.country);
  if (nonA.length > 0 && ctx.sensitive) {
    out.push({
      level: "medium",
      reason: r(
        `グループA以外の事業展開地域（${names(nonA, "ja")}）で機微な研究`,
        `sensitive research with a partner operating outside Group A (${names(nonA, "en")})`,
      ),
    });
  }
  if (p.applicableLaws.trim() !== "") {
    out.push({
      level: "low",
      reason: reason(
        "HR-APPLICABLE-LAWS",
        src,
        `${ctx.name}: 確認した関連法令: ${p.applicableLaws.trim().slice(0, 300)}`,
        `${ctx.name}: relevant laws checked: ${p.applicableLaws.trim().slice(0, 300)}`,
      ),
    });
  }
  return out;
}

/** Factors and missing facts from the partner's profile (see {@link ZPartnerProfileFacts}). */
export function profileFactors(
  p: PartnerProfileFacts,
  ctx: ProfileContext,
): { factors: ProfileFactor[]; missing: Reason[] } {
  const factors = [...japanFactors(p, ctx), ...regionFactors(p, ctx)];
  const missing: Reason[] = [];
  const src = "seed001§IV.2-3";
  if (p.originUniversity !== null && p.originInquiry === null) {
    missing.push(
      reason(
        "HR-MISSING-ORIGIN-INQUIRY",
        src,
        `${ctx.name}: 大学等発ベンチャー（${p.originUniversity}）。シーズを提供した大学等への照会が未記録`,
        `${ctx.name}: a spin-off of ${p.originUniversity}; asking the originating university is not recorded`,
      ),
    );
  } else if (p.originUniversity !== null && p.originInquiry !== null) {
    factors.push({
      level: "low",
      reason: reason(
        "HR-ORIGIN-INQUIRY",
        src,
        `${ctx.name}: ${p.originUniversity} に照会済み（${p.originInquiry.askedOn}）: ${p.originInquiry.summary.slice(0, 300)}`,
        `${ctx.name}: asked ${p.originUniversity} on ${p.originInquiry.askedOn}: ${p.originInquiry.summary.slice(0, 300)}`,
      ),
    });
  } else if (p.venture) {
    factors.push({
      level: "low",
      reason: reason(
        "HR-ORIGIN-UNKNOWN",
        src,
        `${ctx.name}: ベンチャー企業。大学等発ベンチャーかどうか（出身大学）が未記録`,
        `${ctx.name}: a venture; whether it is a university spin-off is not recorded`,
      ),
    });
  }
  return { factors, missing };
}

/** Countries whose laws due diligence must know: the home country and every country of operation. */
export function lawCountries(homeCountry: string, p: PartnerProfileFacts | undefined): string[] {
  return [...new Set([homeCountry, ...(p?.operatingRegions ?? []).map((r) => r.country)])];
}

export function countryList(codes: string[], lang: "ja" | "en"): string {
  return names(codes, lang);
}
