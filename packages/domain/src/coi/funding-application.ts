import { z } from "zod";
import { foldForSearch } from "../partners/search-key";
import { ZKnownCountryCode } from "../shared/countries";
import { toCsvLine } from "../shared/csv";
import { compareDates, type IsoDate } from "../shared/dates";
import type { Decision, Reason } from "../shared/decision";
import { coiReason } from "./coi-rules";
import type { CoiProfile } from "./coi-schemas";

/**
 * Funding applications (J2 競争的研究費指針, rev. 2021-12): the funder asks for current and pending
 * support, every affiliation and outside job and talent-programme participation; the researcher pledges
 * that all of it was reported to the institution. The check compares what the application lists with
 * the profile the institution holds — both ways.
 */

const name = z.string().trim().min(1, "validation.required").max(300, "validation.too_long");
const text = (max: number) => z.string().trim().max(max, "validation.too_long").default("");
const ZDate = z.iso.date("validation.date").nullable().default(null);
const effort = z.number().min(0).max(100).nullable().default(null);

export const ZFundingApplicationInput = z.object({
  funder: name,
  programme: name,
  title: name,
  eRadNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]*$/, "validation.format")
    .max(20)
    .nullable()
    .default(null),
  declaredSupport: z
    .array(
      z.object({
        giver: name,
        /** The project or programme title the funder asks for (研究課題名). */
        project: text(300),
        status: z.enum(["current", "pending"]),
        annualAmountJpy: z.number().int().min(0).max(10_000_000_000).nullable().default(null),
        effortPercent: effort,
        from: ZDate,
        until: ZDate,
      }),
    )
    .max(100),
  declaredAffiliations: z
    .array(z.object({ organisation: name, position: text(200), effortPercent: effort }))
    .max(100),
  // A sponsor country is a known code like every country field (issue 11 item 6); empty when not known.
  declaredTalentProgrammes: z
    .array(z.object({ name, sponsorCountry: ZKnownCountryCode.or(z.literal("")).default("") }))
    .max(50),
});
export type FundingApplicationInput = z.output<typeof ZFundingApplicationInput>;

/** The pledge the researcher makes in person (J2); the version is stored with the record. */
export const FUNDING_PLEDGE = {
  version: "2026-04-01",
  ja: "この申請に記載した現在及び申請中の研究費・支援、所属・兼業、外国の人材登用プログラムへの参加は、すべて所属機関に報告済みであり、配分機関への記載内容と一致していることを誓約します。",
  en: "I pledge that all current and pending support, affiliations and outside appointments, and participation in foreign talent programmes listed in this application have been reported to my institution and match what I told the funder.",
} as const;

const inForce = (until: IsoDate | null, today: IsoDate) => until === null || compareDates(today, until) <= 0;

/** What a new application starts with: the profile's current entries, so the researcher types nothing twice. */
export function applicationFromProfile(
  profile: CoiProfile,
  today: IsoDate,
): Pick<FundingApplicationInput, "declaredSupport" | "declaredAffiliations" | "declaredTalentProgrammes"> {
  return {
    declaredSupport: profile.support
      .filter((s) => inForce(s.until, today) && s.kind !== "gift")
      .map((s) => ({
        giver: s.giver,
        project: "",
        status: s.status,
        annualAmountJpy: s.annualAmountJpy,
        effortPercent: null,
        from: s.from,
        until: s.until,
      })),
    declaredAffiliations: profile.appointments
      .filter((a) => inForce(a.until, today))
      .map((a) => ({ organisation: a.organisation, position: a.position, effortPercent: a.effortPercent })),
    declaredTalentProgrammes: profile.talentProgrammes
      .filter((t) => inForce(t.until, today))
      .map((t) => ({ name: t.name, sponsorCountry: t.sponsorCountry })),
  };
}

function diff(kind: string, profileNames: string[], declared: string[]): Reason[] {
  const p = new Set(profileNames.map(foldForSearch));
  const d = new Set(declared.map(foldForSearch));
  return [
    ...profileNames
      .filter((n) => !d.has(foldForSearch(n)))
      .map((n) => coiReason("FUND-MISSING", `${kind}: ${n}`)),
    ...declared.filter((n) => !p.has(foldForSearch(n))).map((n) => coiReason("FUND-EXTRA", `${kind}: ${n}`)),
  ];
}

/** Whether what the funder is told equals what the institution holds, and the pledge is recorded. */
export function fundingProfileCheck(
  app: Pick<FundingApplicationInput, "declaredSupport" | "declaredAffiliations" | "declaredTalentProgrammes">,
  profile: CoiProfile,
  pledgedOn: IsoDate | null,
  today: IsoDate,
): Decision<"match" | "mismatch"> {
  const reasons = [
    ...diff(
      "support",
      profile.support.filter((s) => inForce(s.until, today) && s.kind !== "gift").map((s) => s.giver),
      app.declaredSupport.map((s) => s.giver),
    ),
    ...diff(
      "affiliation",
      profile.appointments.filter((a) => inForce(a.until, today)).map((a) => a.organisation),
      app.declaredAffiliations.map((a) => a.organisation),
    ),
    ...diff(
      "talent",
      profile.talentProgrammes.filter((t) => inForce(t.until, today)).map((t) => t.name),
      app.declaredTalentProgrammes.map((t) => t.name),
    ),
  ];
  if (pledgedOn === null) {
    reasons.push(coiReason("FUND-PLEDGE"));
  }
  return { outcome: reasons.length === 0 ? "match" : "mismatch", reasons, dataVersions: {} };
}

/** Columns researchers copy into e-Rad's 研究費の応募・受入等の状況 / 所属 / 人材登用 sections. */
export const ERAD_COLUMNS = [
  "区分",
  "名称・配分機関",
  "研究課題名・職",
  "状況",
  "年額(円)",
  "エフォート(%)",
  "期間開始",
  "期間終了",
] as const;

export type ERadCell = string | number | null;

/** The e-Rad entry sheet of one application: what the funder is told, in e-Rad's order. */
export function eRadRows(app: FundingApplicationInput): ERadCell[][] {
  return [
    ...app.declaredSupport.map((s) => [
      "研究費・支援",
      s.giver,
      s.project,
      s.status === "current" ? "受入中" : "応募中",
      s.annualAmountJpy,
      s.effortPercent,
      s.from,
      s.until,
    ]),
    ...app.declaredAffiliations.map((a) => [
      "所属・兼業",
      a.organisation,
      a.position,
      "在職",
      null,
      a.effortPercent,
      null,
      null,
    ]),
    ...app.declaredTalentProgrammes.map((t) => [
      "外国の人材登用プログラム",
      t.name,
      t.sponsorCountry,
      "参加中",
      null,
      null,
      null,
      null,
    ]),
  ];
}

/** The same sheet as CSV lines (header first); formula-leading cells are neutralised by `toCsvLine`. */
export function eRadCsv(app: FundingApplicationInput): string {
  return [toCsvLine([...ERAD_COLUMNS]), ...eRadRows(app).map((r) => toCsvLine(r))].join("\r\n");
}
