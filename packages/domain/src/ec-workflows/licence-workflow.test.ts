import { describe, expect, it } from "vitest";
import {
  dueLicenceReminder,
  licenceExpiryLevel,
  licenceHasExpired,
  transitionLicence,
} from "./licence-workflow";

const f = { metiNumber: null, filedOn: null, validFrom: null, validUntil: null };

describe("licence application states (spec §6.3)", () => {
  it("follows drafting → filed → granted → expired", () => {
    expect(transitionLicence("drafting", "filed", { ...f, filedOn: "2026-06-01" })).toBe("filed");
    expect(
      transitionLicence("filed", "granted", {
        ...f,
        metiNumber: "経産省許可 第123号",
        validUntil: "2027-06-30",
      }),
    ).toBe("granted");
    expect(transitionLicence("granted", "expired", f)).toBe("expired");
  });

  it("refuses skipping states or leaving a final state", () => {
    expect(() => transitionLicence("drafting", "granted", f)).toThrow(/cannot go/);
    expect(() => transitionLicence("refused", "filed", f)).toThrow(/cannot go/);
  });

  it("needs the METI number and the validity to record a grant", () => {
    expect(() => transitionLicence("filed", "granted", f)).toThrow(/Missing/);
    expect(() =>
      transitionLicence("filed", "granted", {
        ...f,
        metiNumber: "X",
        validFrom: "2027-01-01",
        validUntil: "2026-01-01",
      }),
    ).toThrow(/ends before/);
  });
});

describe("expiry reminders at 90 / 30 / 7 days", () => {
  it("sends nothing more than 90 days ahead", () => {
    expect(dueLicenceReminder("2027-06-30", "2027-03-01", [])).toBeNull();
  });

  it("sends the 90-day reminder once", () => {
    expect(dueLicenceReminder("2027-06-30", "2027-04-01", [])).toEqual({
      threshold: 90,
      daysLeft: 90,
      markSent: [90],
    });
    expect(dueLicenceReminder("2027-06-30", "2027-04-02", [90])).toBeNull();
  });

  it("sends the 30-day reminder on day 30", () => {
    expect(dueLicenceReminder("2027-06-30", "2027-05-31", [90])).toEqual({
      threshold: 30,
      daysLeft: 30,
      markSent: [90, 30],
    });
  });

  it("a licence entered 20 days before expiry gets one reminder, not three", () => {
    expect(dueLicenceReminder("2027-06-30", "2027-06-10", [])).toEqual({
      threshold: 30,
      daysLeft: 20,
      markSent: [90, 30],
    });
    expect(dueLicenceReminder("2027-06-30", "2027-06-23", [90, 30])?.threshold).toBe(7);
  });

  it("says nothing after expiry; the licence is then expired", () => {
    expect(dueLicenceReminder("2027-06-30", "2027-07-01", [])).toBeNull();
    expect(licenceHasExpired("granted", "2027-06-30", "2027-06-30")).toBe(false);
    expect(licenceHasExpired("granted", "2027-06-30", "2027-07-01")).toBe(true);
    expect(licenceExpiryLevel("granted", "2027-06-30", "2027-06-01")).toBe("soon");
    expect(licenceExpiryLevel("granted", "2027-06-30", "2027-04-15")).toBe("upcoming");
    expect(licenceExpiryLevel("filed", "2027-06-30", "2027-06-01")).toBeNull();
  });
});
