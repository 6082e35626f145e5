import { describe, expect, it } from "vitest";
import { clearanceStatusOf, decideTrip, formatClearanceRef, TRIP_STATUSES } from "./trip-workflow";

const base = {
  status: "submitted" as const,
  decision: "clear" as const,
  comment: "",
  outcome: "NO_LICENCE" as const,
  departOn: "2026-12-01",
  returnOn: "2026-12-06",
  licences: [],
};

describe("officer decision on a trip", () => {
  it("clears a trip the engine found needs no licence", () => {
    expect(decideTrip(base)).toBe("cleared");
  });

  it("never clears a PROHIBITED trip (sanctions, spec §4.6)", () => {
    expect(() => decideTrip({ ...base, outcome: "PROHIBITED" })).toThrow(/prohibited/);
  });

  it("clears LICENCE_REQUIRED only with a granted licence covering the whole trip", () => {
    const needs = { ...base, outcome: "LICENCE_REQUIRED" as const, comment: "許可取得済み" };
    expect(() => decideTrip(needs)).toThrow(/licence/);
    const short = { status: "granted", validFrom: "2026-01-01", validUntil: "2026-12-05" };
    expect(() => decideTrip({ ...needs, licences: [short] })).toThrow(/licence/);
    const filed = { status: "filed", validFrom: null, validUntil: "2027-12-31" };
    expect(() => decideTrip({ ...needs, licences: [filed] })).toThrow(/licence/);
    const ok = { status: "granted", validFrom: "2026-01-01", validUntil: "2026-12-06" };
    expect(decideTrip({ ...needs, licences: [short, ok] })).toBe("cleared");
  });

  it("asks the officer to write the reasoning when the engine asked for manual review", () => {
    expect(() => decideTrip({ ...base, outcome: "MANUAL_REVIEW" })).toThrow(/comment/);
    expect(decideTrip({ ...base, outcome: "MANUAL_REVIEW", comment: "公開済み論文のみと確認" })).toBe(
      "cleared",
    );
  });

  it("refuses or asks for more only with a comment; decides only submitted trips", () => {
    expect(() => decideTrip({ ...base, decision: "refuse" })).toThrow(/comment/);
    expect(decideTrip({ ...base, decision: "request_info", comment: "訪問先の詳細を" })).toBe(
      "more_info_requested",
    );
    expect(() => decideTrip({ ...base, status: "cleared" })).toThrow(/submitted/);
  });
});

describe("clearance answered to external systems", () => {
  it("maps every trip status to cleared / pending / refused (withdrawn stops payment)", () => {
    expect(TRIP_STATUSES.map(clearanceStatusOf)).toEqual([
      "pending",
      "pending",
      "cleared",
      "refused",
      "refused",
    ]);
  });

  it("formats references as TRP-<year>-<4 digits>", () => {
    expect(formatClearanceRef(2026, 1)).toBe("TRP-2026-0001");
    expect(formatClearanceRef(2026, 12345)).toBe("TRP-2026-12345");
  });
});
