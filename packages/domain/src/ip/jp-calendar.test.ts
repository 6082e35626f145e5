import { describe, expect, it } from "vitest";
import { isAdministrativeHoliday, nextBusinessDay } from "./jp-calendar";

describe("administrative holidays (行政機関の休日)", () => {
  it.each([
    ["2026-01-01", true, "元日"],
    ["2026-01-12", true, "成人の日 (second Monday)"],
    ["2026-03-20", true, "春分の日 (equinox formula)"],
    ["2027-03-22", true, "振替休日: 春分の日 2027-03-21 is a Sunday"],
    ["2026-05-06", true, "振替休日: 憲法記念日 on a Sunday moves past 5/4, 5/5"],
    ["2026-09-22", true, "国民の休日 between 敬老の日 and 秋分の日"],
    ["2026-09-24", false, "an ordinary Thursday"],
    ["2020-07-24", true, "スポーツの日 moved for the 2020 Olympics"],
    ["2020-10-12", false, "2020's usual Sports Day was a working day"],
    ["2026-12-28", false, "the last working day of the year"],
    ["2026-12-29", true, "year-end closure (29 Dec – 3 Jan)"],
    ["2027-01-03", true, "year-end closure"],
    ["2026-11-21", true, "Saturday"],
  ])("%s → %s (%s)", (date, holiday) => {
    expect(isAdministrativeHoliday(date)).toBe(holiday);
  });

  it("moves to the next working day", () => {
    expect(nextBusinessDay("2026-12-29")).toBe("2027-01-04");
    expect(nextBusinessDay("2026-05-02")).toBe("2026-05-07");
    expect(nextBusinessDay("2026-05-07")).toBe("2026-05-07");
  });
});
