import { describe, expect, it } from "vitest";
import { canSeeContact } from "./contact-visibility";

const restricted = { visibility: "restricted" as const, createdBy: "u-author", staffIds: ["u-staff"] };

describe("contact visibility", () => {
  it.each([
    [
      "any researcher sees an institution-wide record",
      { userId: "u-x", role: "researcher" as const },
      { ...restricted, visibility: "institution" as const },
      true,
    ],
    [
      "the author sees a restricted record",
      { userId: "u-author", role: "researcher" as const },
      restricted,
      true,
    ],
    [
      "a participating staff member sees it",
      { userId: "u-staff", role: "student" as const },
      restricted,
      true,
    ],
    ["an unrelated researcher does not", { userId: "u-x", role: "researcher" as const }, restricted, false],
    ["a coordinator does", { userId: "u-x", role: "coordinator" as const }, restricted, true],
    ["a COI reviewer does not", { userId: "u-x", role: "coi_reviewer" as const }, restricted, false],
  ])("%s", (_n, viewer, contact, expected) => {
    expect(canSeeContact(viewer, contact)).toBe(expected);
  });
});
