import { describe, expect, it } from "vitest";
import { dueReminder, type FilingDates, filingDeadlines } from "./deadlines";

const jp = (o: Partial<FilingDates>): FilingDates => ({
  kind: "jp",
  country: "JP",
  filedOn: "2026-01-15",
  priorityDate: null,
  examinationRequestedOn: null,
  registeredOn: null,
  paidThroughYear: 3,
  ...o,
});

const brief = (f: FilingDates) =>
  filingDeadlines(f).map((d) => [d.kind, d.nominalOn, d.dueOn, d.reasons.map((r) => r.ruleId)]);

describe("filing deadlines (computed in JST, moved past JPO holidays)", () => {
  it.each<[string, FilingDates, unknown[]]>([
    [
      "first Japanese filing: priority year and examination request",
      jp({}),
      [
        ["priority_year", "2027-01-15", "2027-01-15", ["IP-DL-PRIORITY"]],
        ["examination_request", "2029-01-15", "2029-01-15", ["IP-DL-EXAM"]],
      ],
    ],
    [
      "priority year ending on Saturday 2026-05-02 runs past Golden Week (特許法3条2項)",
      jp({ filedOn: "2025-05-02", examinationRequestedOn: "2025-06-01" }),
      [["priority_year", "2026-05-02", "2026-05-07", ["IP-DL-PRIORITY", "IP-DL-HOLIDAY"]]],
    ],
    [
      "priority year ending in the year-end closure",
      jp({ filedOn: "2025-12-29", examinationRequestedOn: "2026-01-10" }),
      [["priority_year", "2026-12-29", "2027-01-04", ["IP-DL-PRIORITY", "IP-DL-HOLIDAY"]]],
    ],
    [
      "month-end clamp: 29 February + 12 months",
      jp({ filedOn: "2024-02-29", examinationRequestedOn: "2024-03-01" }),
      [["priority_year", "2025-02-28", "2025-02-28", ["IP-DL-PRIORITY"]]],
    ],
    [
      "PCT claiming priority: 30 months from the priority date, no priority year of its own",
      { ...jp({}), kind: "pct", country: "WO", filedOn: "2026-01-09", priorityDate: "2025-01-10" },
      [["pct_national_phase", "2027-07-10", "2027-07-12", ["IP-DL-PCT30", "IP-DL-HOLIDAY"]]],
    ],
    [
      "Japanese national phase: examination within 3 years of the international filing date",
      { ...jp({}), kind: "national_phase", filedOn: "2026-01-09", priorityDate: "2025-01-10" },
      [["examination_request", "2029-01-09", "2029-01-09", ["IP-DL-EXAM"]]],
    ],
    [
      "US national phase: no Japanese periods",
      { ...jp({}), kind: "national_phase", country: "US", filedOn: "2026-01-09", priorityDate: "2025-01-10" },
      [],
    ],
  ])("%s", (_name, filing, expected) => {
    expect(brief(filing)).toEqual(expected);
  });

  it("annuities from year 4 fall on each anniversary of registration until the 20-year term ends", () => {
    const ds = filingDeadlines(
      jp({ filedOn: "2020-06-01", examinationRequestedOn: "2021-01-01", registeredOn: "2023-03-15" }),
    ).filter((d) => d.kind === "annuity");
    expect(ds.map((d) => d.year)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    // 2026-03-15 is a Sunday.
    expect(ds[0]).toMatchObject({ nominalOn: "2026-03-15", dueOn: "2026-03-16" });
    expect(ds.at(-1)).toMatchObject({ nominalOn: "2040-03-15" });
    expect(ds[0]!.reasons[0]!.sourceId).toBe("jp-patent-act§108");
    expect(ds[0]!.label).toEqual({ ja: "第4年分の特許料", en: "Annuity for year 4" });
  });

  it("skips annuities already paid", () => {
    const ds = filingDeadlines(
      jp({ filedOn: "2020-06-01", registeredOn: "2023-03-15", paidThroughYear: 10 }),
    ).filter((d) => d.kind === "annuity");
    expect(ds[0]!.year).toBe(11);
  });
});

describe("docket reminders", () => {
  it.each([
    ["2027-01-15", "2026-10-01", [], null],
    ["2027-01-15", "2026-10-17", [], 90],
    ["2027-01-15", "2026-12-20", [90], 30],
    ["2027-01-15", "2026-12-20", [90, 30], null],
    ["2027-01-15", "2027-01-10", [90], 7],
    ["2027-01-15", "2027-01-16", [], null],
  ])("due %s, today %s, sent %j → %s", (due, today, sent, expected) => {
    expect(dueReminder(due, today, sent)).toBe(expected);
  });
});
