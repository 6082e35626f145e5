import { z } from "zod";
import { foldForSearch } from "../partners/search-key";
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

export const ZFundingApplicationInput = z.object({
  funder: name,
  programme: name,
  title: name,
  eRadNumber: z.string().trim().max(20).nullable().default(null),
  declaredSupport: z.array(z.object({ giver: name, status: z.enum(["current", "pending"]) })).max(100),
  declaredAffiliations: z.array(z.object({ organisation: name })).max(100),
  declaredTalentProgrammes: z.array(z.object({ name })).max(50),
});
export type FundingApplicationInput = z.infer<typeof ZFundingApplicationInput>;

const inForce = (until: IsoDate | null, today: IsoDate) => until === null || compareDates(today, until) <= 0;

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
  app: FundingApplicationInput,
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
  "状況",
  "エフォート(%)",
  "期間開始",
  "期間終了",
] as const;

/** The e-Rad entry sheet of one application as CSV lines (header first), from the profile. */
export function eRadCsv(profile: CoiProfile, today: IsoDate): string {
  const rows: (string | number | null)[][] = [
    ...profile.support
      .filter((s) => inForce(s.until, today) && s.kind === "research_funding")
      .map((s) => ["研究費", s.giver, s.status === "current" ? "受入中" : "応募中", null, s.from, s.until]),
    ...profile.support
      .filter((s) => inForce(s.until, today) && s.kind !== "research_funding")
      .map((s) => [
        "研究費以外の支援",
        s.giver,
        s.status === "current" ? "受入中" : "応募中",
        null,
        s.from,
        s.until,
      ]),
    ...profile.appointments
      .filter((a) => inForce(a.until, today))
      .map((a) => [
        "所属・兼業",
        `${a.organisation} ${a.position}`.trim(),
        "在職",
        a.effortPercent,
        a.from,
        a.until,
      ]),
    ...profile.talentProgrammes
      .filter((t) => inForce(t.until, today))
      .map((t) => ["外国の人材登用プログラム", t.name, "参加中", null, t.from, t.until]),
  ];
  return [toCsvLine([...ERAD_COLUMNS]), ...rows.map((r) => toCsvLine(r))].join("\r\n");
}
