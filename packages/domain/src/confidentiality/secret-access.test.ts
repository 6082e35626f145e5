import { describe, expect, it } from "vitest";
import type { Role } from "../shared/roles";
import { decideSecretAccess, type SecretItemFacts, type SecretSubject } from "./secret-access";
import { DEFAULT_SECRET_SCHEME, pledgeRequired, ZSecretScheme } from "./secret-scheme";
import type { SecretAction, SecretLevel } from "./secret-types";

const S = DEFAULT_SECRET_SCHEME;

function subject(over: Partial<SecretSubject> = {}): SecretSubject {
  return {
    userId: "u1",
    role: "researcher",
    seesCase: true,
    grant: null,
    employed: false,
    supervisorPermission: false,
    heldPartnerIds: [],
    wallApprovedPartnerIds: [],
    ...over,
  };
}

function item(level: SecretLevel, over: Partial<SecretItemFacts> = {}): SecretItemFacts {
  return {
    level,
    status: "active",
    partnerId: "pA",
    responsibleUserId: "owner",
    competitorPartnerIds: [],
    ...over,
  };
}

const ids = (d: { reasons: { ruleId: string }[] }) => d.reasons.map((r) => r.ruleId);

describe("decideSecretAccess: levels × who (seed 003 秘/厳秘/機密; issue 12 item 3)", () => {
  // [case, subject overrides, level, action, outcome, rule ids]
  const table: [string, Partial<SecretSubject>, SecretLevel, SecretAction, string, string[]][] = [
    ["public: anyone in the institution", { seesCase: false }, 0, "download", "allow", ["SEC-PUBLIC"]],
    [
      "public: the administrator is not a reader",
      { role: "admin", seesCase: false },
      0,
      "view",
      "deny",
      ["SEC-REACH-INSTITUTION"],
    ],
    ["秘: a member of the case views", {}, 1, "view", "allow", ["SEC-CASE"]],
    ["秘: a member downloads, stamped", {}, 1, "download", "allow", ["SEC-CASE", "SEC-STAMP"]],
    ["秘: not on the case, no grant", { seesCase: false }, 1, "list", "deny", ["SEC-REACH-CASE"]],
    [
      "秘: not on the case but granted",
      { seesCase: false, grant: { canDownload: false } },
      1,
      "view",
      "allow",
      ["SEC-GRANT"],
    ],
    ["厳秘: on the case is not enough", {}, 2, "list", "deny", ["SEC-REACH-ACCESS_LIST"]],
    ["厳秘: granted, view", { grant: { canDownload: false } }, 2, "view", "allow", ["SEC-GRANT"]],
    [
      "厳秘: granted without download → view only",
      { grant: { canDownload: false } },
      2,
      "download",
      "view_only",
      ["SEC-GRANT", "SEC-VIEW-ONLY"],
    ],
    [
      "厳秘: granted with download → stamped",
      { grant: { canDownload: true } },
      2,
      "download",
      "allow",
      ["SEC-GRANT", "SEC-STAMP"],
    ],
    ["機密: the responsible person views", { userId: "owner" }, 3, "view", "allow", ["SEC-RESPONSIBLE"]],
    [
      "機密: responsible person downloads → view only",
      { userId: "owner" },
      3,
      "download",
      "view_only",
      ["SEC-RESPONSIBLE", "SEC-VIEW-ONLY"],
    ],
    [
      "機密: coordinator on the case, no grant",
      { role: "coordinator" },
      3,
      "list",
      "deny",
      ["SEC-REACH-ACCESS_LIST"],
    ],
    [
      "機密: auditor sees the case but not the item",
      { role: "auditor" },
      3,
      "view",
      "deny",
      ["SEC-REACH-ACCESS_LIST"],
    ],
    [
      "機密: the officer keeps the register",
      { role: "confidentiality_officer", seesCase: false },
      3,
      "view",
      "allow",
      ["SEC-OFFICER"],
    ],
    // Students (seed 003 名古屋大学 学生の取扱)
    ["student: public", { role: "student" }, 0, "view", "allow", ["SEC-PUBLIC"]],
    [
      "student: 秘 without contract or permission",
      { role: "student" },
      1,
      "view",
      "deny",
      ["SEC-STUDENT-PERMISSION"],
    ],
    ["student: 秘 with employment", { role: "student", employed: true }, 1, "view", "allow", ["SEC-CASE"]],
    [
      "student: 秘 with supervisor's permission",
      { role: "student", supervisorPermission: true },
      1,
      "download",
      "allow",
      ["SEC-CASE", "SEC-STAMP"],
    ],
    [
      "student: 厳秘 even when granted",
      { role: "student", grant: { canDownload: true }, employed: true },
      2,
      "list",
      "deny",
      ["SEC-STUDENT-NEVER"],
    ],
    [
      "student: 機密 even as responsible",
      { role: "student", userId: "owner" },
      3,
      "view",
      "deny",
      ["SEC-STUDENT-NEVER"],
    ],
  ];
  it.each(table)("%s", (_name, over, level, action, outcome, rules) => {
    const d = decideSecretAccess(subject(over), item(level), action, S);
    expect(d.outcome).toBe(outcome);
    expect(ids(d)).toEqual(rules);
    for (const r of d.reasons) {
      expect(r.text.ja.length).toBeGreaterThan(0);
      expect(r.text.en.length).toBeGreaterThan(0);
    }
    expect(d.dataVersions.scheme).toMatch(/^[0-9a-f]+$/);
  });

  it("a student never receives a 厳秘/機密 item, whatever else is true", () => {
    const roles: Role[] = ["student"];
    for (const role of roles) {
      for (const level of [2, 3] as const) {
        for (const action of ["list", "view", "download"] as const) {
          for (const grant of [null, { canDownload: true }]) {
            const s = subject({ role, grant, employed: true, supervisorPermission: true, userId: "owner" });
            expect(decideSecretAccess(s, item(level), action, S).outcome).toBe("deny");
          }
        }
      }
    }
  });

  it("returned or destroyed items are listed in the register but never opened", () => {
    const s = subject({ userId: "owner" });
    expect(decideSecretAccess(s, item(1, { status: "destroyed" }), "list", S).outcome).toBe("allow");
    const d = decideSecretAccess(s, item(1, { status: "destroyed" }), "view", S);
    expect([d.outcome, ids(d)]).toEqual(["deny", ["SEC-ENDED"]]);
  });

  it("an institution may relax a level: 厳秘 downloadable as a stamped file", () => {
    const scheme = structuredClone(S);
    scheme.levels[2]!.download = "stamped";
    const d = decideSecretAccess(subject({ grant: { canDownload: false } }), item(2), "download", scheme);
    expect(d.outcome).toBe("allow");
    expect(d.stamp).toBe(true);
  });
});

describe("walls between competitors (seed 001 case 26)", () => {
  const wallItem = item(1, { partnerId: "pB", competitorPartnerIds: ["pA"] });
  it.each([
    ["holds the competitor's secrets → refused", { heldPartnerIds: ["pA"] }, "deny", ["SEC-WALL"]],
    ["holds only this partner's secrets", { heldPartnerIds: ["pB"] }, "allow", ["SEC-CASE"]],
    [
      "officer approved crossing for pB",
      { heldPartnerIds: ["pA"], wallApprovedPartnerIds: ["pB"] },
      "allow",
      ["SEC-CASE"],
    ],
    [
      "the responsible person keeps their own item",
      { userId: "owner", heldPartnerIds: ["pA"] },
      "allow",
      ["SEC-RESPONSIBLE"],
    ],
    [
      "the officer is not walled",
      { role: "confidentiality_officer" as Role, heldPartnerIds: ["pA"] },
      "allow",
      ["SEC-OFFICER"],
    ],
  ] as const)("%s", (_n, over, outcome, rules) => {
    const d = decideSecretAccess(subject(over), wallItem, "view", S);
    expect(d.outcome).toBe(outcome);
    expect(ids(d)).toEqual(rules);
  });

  it("public items are not walled", () => {
    const d = decideSecretAccess(
      subject({ heldPartnerIds: ["pA"] }),
      item(0, { partnerId: "pB", competitorPartnerIds: ["pA"] }),
      "view",
      S,
    );
    expect(d.outcome).toBe("allow");
  });
});

describe("scheme and pledge policy", () => {
  it("the default scheme is valid and names 公開/秘/厳秘/機密", () => {
    expect(ZSecretScheme.parse(S).levels.map((l) => l.name.ja)).toEqual(["公開", "秘", "厳秘", "機密"]);
  });

  it("refuses a scheme where a higher level reaches further than a lower one", () => {
    const bad = structuredClone(S);
    bad.levels[2]!.reach = "institution";
    expect(ZSecretScheme.safeParse(bad).success).toBe(false);
  });

  it.each([
    ["always", false, false, true],
    ["always", true, false, true],
    ["when_partner_asks", false, false, false],
    ["when_partner_asks", false, true, true],
    ["not_for_employed", true, true, false],
    ["not_for_employed", false, false, true],
  ] as const)("%s (employed %s, partner asks %s) → %s", (req, employed, partnerRequiresPledge, needed) => {
    expect(pledgeRequired(req, { employed, partnerRequiresPledge })).toBe(needed);
  });
});
