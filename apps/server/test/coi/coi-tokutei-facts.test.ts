import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addInstitution, OFFICER } from "../ec-workflows/support";
import { createTestApp, email, type TestUser } from "../harness";

/**
 * Issue 13 item 8 (J4) on both databases: the foreign-government share in a researcher's profile feeds
 * 特定類型② in the visitor intake and in the assess input, whatever the form declared, and the reason
 * names the profile version and its date.
 */

let t: Awaited<ReturnType<typeof createTestApp>>;
let researcher: TestUser;
let officer: TestUser;
let profileVersion: number;

const foreignGov = {
  id: "s-fg",
  giver: "Foreign Ministry of Science (fictional)",
  giverCountry: "CN",
  partnerId: null,
  kind: "honorarium",
  status: "current",
  annualAmountJpy: 3_300_000,
  foreignGovernment: true,
  paidToInstitution: false,
  from: "2026-01-01",
  until: null,
};

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
  officer = await t.signIn(OFFICER);
  const current = (await researcher.get(`/api/v1/coi/profiles/${researcher.user.id}`)).json;
  const p = current.profile;
  // 3.3 M of 11 M yen from a foreign government, paid to the person: 30 %.
  const saved = await researcher.put(`/api/v1/coi/profiles/${researcher.user.id}`, {
    version: current.version,
    profile: { ...p, support: [...p.support, foreignGov] },
  });
  expect(saved.status, saved.text).toBe(200);
  profileVersion = saved.json.version;
});
afterAll(() => t.close());

const intake = (emailAddress: string) => ({
  kind: "staff",
  fullName: "兼務 研究者",
  email: emailAddress,
  homeOrganisation: "連携大学",
  homeCountry: "JP",
  purpose: "共同研究",
  stayFrom: "2026-04-01",
  stayUntil: "2027-03-31",
  // The form says no foreign-government income at all.
  declaration: { nationality: "JP", employedInJapan: true, tokutei: { foreignGovBenefitShare: 0 } },
});

describe("visitor intake reads 特定類型② from the researcher's profile", () => {
  it("finds ② from the profile although the form declared 0, citing the profile version and date", async () => {
    const res = await researcher.post("/api/v1/visitors", intake(email("researcher")));
    expect(res.status, res.text).toBe(201);
    const d = (await officer.get(`/api/v1/visitors/${res.json.id}`)).json;
    expect(d.tokutei).toContain("T2");
    const cited = d.assessment.reasons.find((r: { ruleId: string }) => r.ruleId === "COI-TK2-FROM-PROFILE");
    expect(cited.text.ja).toContain(`30%、プロフィール第${profileVersion}版 2026-11-21`);
    expect(cited.sourceId).toBe("J4");
  });

  it("assesses someone without a profile on the declaration alone", async () => {
    const res = await researcher.post("/api/v1/visitors", intake("guest@example.org"));
    const d = (await officer.get(`/api/v1/visitors/${res.json.id}`)).json;
    expect(d.tokutei).not.toContain("T2");
    expect(d.assessment.reasons.some((r: { ruleId: string }) => r.ruleId.startsWith("COI-"))).toBe(false);
  });
});

describe("the assess input names the researcher instead of a share", () => {
  const facts = (recipient: object) => ({
    asOf: "2026-11-21",
    activity: "technology_provision",
    recipient: {
      nationality: "JP",
      employedInJapan: true,
      tokutei: { foreignGovBenefitShare: 0 },
      ...recipient,
    },
    provision: { place: "JP", channels: ["in_person"] },
  });

  it("computes ② from the profile", async () => {
    const res = await officer.post(
      "/api/v1/export-control/assess",
      facts({ profileUserId: researcher.user.id }),
    );
    expect(res.status, res.text).toBe(200);
    expect(res.json.tokutei).toContain("T2");
    expect(res.json.reasons[0]).toMatchObject({ ruleId: "COI-TK2-FROM-PROFILE", sourceId: "J4" });
    const plain = await officer.post("/api/v1/export-control/assess", facts({}));
    expect(plain.json.tokutei).not.toContain("T2");
  });

  it("says so when the researcher keeps no profile", async () => {
    const res = await officer.post(
      "/api/v1/export-control/assess",
      facts({ profileUserId: officer.user.id }),
    );
    expect(res.status).toBe(200);
    expect(res.json.reasons[0].ruleId).toBe("COI-TK2-NO-PROFILE");
  });

  it("refuses another institution's user with 400 and no name", async () => {
    const other = await addInstitution(t, "tk2other", ["researcher"]);
    const stranger = await other.signIn("researcher");
    const res = await officer.post(
      "/api/v1/export-control/assess",
      facts({ profileUserId: stranger.user.id }),
    );
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].path).toBe("recipient.profileUserId");
    expect(res.text).not.toContain("tk2other");
  });
});
