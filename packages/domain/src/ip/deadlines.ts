import { addDays, addMonths, compareDates, type IsoDate } from "../shared/dates";
import { type IpLabel, type IpReason, ipReason } from "./ip-sources";
import type { FilingKind } from "./ip-types";
import { nextBusinessDay } from "./jp-calendar";

/** The facts of one application that its deadlines depend on. */
export interface FilingDates {
  kind: FilingKind;
  /** Office country (`JP`, `US`, …; `WO` for a PCT application). */
  country: string;
  filedOn: IsoDate;
  /** Earliest priority claimed, if any (パリ優先権・国内優先権). */
  priorityDate: IsoDate | null;
  examinationRequestedOn: IsoDate | null;
  /** Date of registration (設定登録日) of a granted Japanese patent. */
  registeredOn: IsoDate | null;
  /** Annuity years already paid (e.g. 3 after paying 1–3 at registration). */
  paidThroughYear: number;
}

export const DEADLINE_KINDS = [
  "priority_year",
  "pct_national_phase",
  "examination_request",
  "annuity",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  kind: DeadlineKind;
  /** Annuity year, for `annuity`. */
  year: number | null;
  /** The date the rule names. */
  nominalOn: IsoDate;
  /** The last day to act: moved past administrative holidays (特許法第3条第2項). */
  dueOn: IsoDate;
  label: IpLabel;
  reasons: IpReason[];
}

const KIND_LABELS: Record<DeadlineKind, IpLabel> = {
  priority_year: { ja: "優先期間（外国出願・PCT出願の期限）", en: "Priority year (foreign / PCT filing)" },
  pct_national_phase: { ja: "PCT国内移行期限", en: "PCT national-phase entry" },
  examination_request: { ja: "出願審査請求期限", en: "Examination request" },
  annuity: { ja: "特許料（年金）納付期限", en: "Annuity due" },
};

function deadline(
  kind: DeadlineKind,
  nominalOn: IsoDate,
  reasons: IpReason[],
  year: number | null = null,
): Deadline {
  const dueOn = nextBusinessDay(nominalOn);
  const label =
    year === null ? KIND_LABELS[kind] : { ja: `第${year}年分の特許料`, en: `Annuity for year ${year}` };
  const moved =
    dueOn === nominalOn
      ? []
      : [
          ipReason(
            "IP-DL-HOLIDAY",
            "jp-patent-act§3-2",
            `${nominalOn} は行政機関の休日のため ${dueOn} まで`,
            `${nominalOn} is an administrative holiday, so the period ends on ${dueOn}`,
          ),
        ];
  return { kind, year, nominalOn, dueOn, label, reasons: [...reasons, ...moved] };
}

/** The basis of priority-based periods: the earliest priority claimed, or the filing date. */
export function priorityBasis(f: FilingDates): IsoDate {
  return f.priorityDate ?? f.filedOn;
}

/** A Japanese patent runs 20 years from filing (特許法第67条第1項); annuities stop with the term. */
export function patentExpiry(f: FilingDates): IsoDate {
  return addMonths(f.filedOn, 240);
}

/**
 * Every deadline of one application, computed on Japanese calendar dates and moved past JPO holidays.
 * Priority year and PCT entry run from the earliest priority; examination from the (international)
 * filing date; annuities from registration, years 4 and later due on each anniversary.
 */
export function filingDeadlines(f: FilingDates): Deadline[] {
  const out: Deadline[] = [];
  const basis = priorityBasis(f);
  if (f.priorityDate === null && f.kind !== "national_phase") {
    out.push(
      deadline("priority_year", addMonths(f.filedOn, 12), [
        ipReason(
          "IP-DL-PRIORITY",
          "paris§4C",
          `最初の出願日 ${f.filedOn} から12か月以内に優先権を主張して外国・PCT出願`,
          `File abroad or under the PCT claiming priority within 12 months of the first filing on ${f.filedOn}`,
        ),
      ]),
    );
  }
  if (f.kind === "pct") {
    out.push(
      deadline("pct_national_phase", addMonths(basis, 30), [
        ipReason(
          "IP-DL-PCT30",
          "pct§22",
          `優先日 ${basis} から30か月で各国へ国内移行`,
          `Enter the national phase 30 months from the priority date ${basis}`,
        ),
      ]),
    );
  }
  const japanese = f.country === "JP" && (f.kind === "jp" || f.kind === "national_phase");
  if (japanese && f.examinationRequestedOn === null && f.registeredOn === null) {
    out.push(
      deadline("examination_request", addMonths(f.filedOn, 36), [
        ipReason(
          "IP-DL-EXAM",
          "jp-patent-act§48-3",
          `出願日 ${f.filedOn} から3年以内に審査請求（しなければ取下げとみなされる）`,
          `Request examination within 3 years of filing on ${f.filedOn}, or the application is deemed withdrawn`,
        ),
      ]),
    );
  }
  if (japanese && f.registeredOn !== null) {
    const expiry = patentExpiry(f);
    for (let year = Math.max(4, f.paidThroughYear + 1); ; year++) {
      const start = addMonths(f.registeredOn, (year - 1) * 12);
      if (compareDates(start, expiry) >= 0) {
        break;
      }
      out.push(
        deadline(
          "annuity",
          start,
          [
            ipReason(
              "IP-DL-ANNUITY",
              "jp-patent-act§108",
              `第${year}年分は設定登録日 ${f.registeredOn} の応当日 ${start} までに納付（存続期間満了 ${expiry}）`,
              `Pay year ${year} by ${start}, the anniversary of registration on ${f.registeredOn} (term ends ${expiry})`,
            ),
          ],
          year,
        ),
      );
    }
  }
  return out.sort((a, b) => compareDates(a.dueOn, b.dueOn));
}

/** Reminder offsets before a deadline, in days (the docket job sends each once). */
export const REMINDER_DAYS = [90, 30, 7] as const;

/** The reminder due today for a deadline, if any: the smallest offset reached and not yet sent. */
export function dueReminder(dueOn: IsoDate, today: IsoDate, sent: readonly number[]): number | null {
  if (compareDates(today, dueOn) > 0) {
    return null;
  }
  const reached = REMINDER_DAYS.filter((d) => compareDates(addDays(dueOn, -d), today) <= 0);
  const smallest = reached.at(-1);
  return smallest !== undefined && !sent.includes(smallest) ? smallest : null;
}
