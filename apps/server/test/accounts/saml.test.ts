import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import {
  AFFILIATION,
  DISPLAY_NAME,
  EPPN,
  MAIL,
  makeTestIdp,
  requestIdOf,
  samlResponse,
  type TestIdp,
} from "./saml-idp";

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: TestUser;
let idp: TestIdp;
const BASE = "http://localhost:3000/api/v1/auth/sso/demo";
const ACS = `${BASE}/saml/acs`;
const SP = `${BASE}/saml/metadata`;

async function configure(over: Record<string, unknown> = {}) {
  const current = (await admin.get("/api/v1/admin/settings")).json;
  const res = await admin.put("/api/v1/admin/settings", {
    ...current,
    samlEnabled: true,
    oidc: { issuer: "", clientId: "", clientSecret: "", label: "" },
    saml: {
      entryPoint: "https://idp.test.example/idp/profile/SAML2/Redirect/SSO",
      idpIssuer: idp.entityId,
      idpCert: idp.certPem,
      label: "学認",
    },
    ...over,
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(email("admin"));
  idp = makeTestIdp();
  await configure();
});
afterAll(() => t.close());

/** SP-initiated: our AuthnRequest's id, as the IdP would answer it. */
async function start(next = "/cases"): Promise<string> {
  const res = await t.app.request(`/api/v1/auth/sso/demo/saml/start?next=${encodeURIComponent(next)}`);
  expect(res.status).toBe(302);
  const location = res.headers.get("location") ?? "";
  expect(location).toMatch(/^https:\/\/idp\.test\.example\/idp\/profile\/SAML2\/Redirect\/SSO\?SAMLRequest=/);
  return requestIdOf(location);
}

async function post(SAMLResponse: string, RelayState = "/cases") {
  const res = await t.app.request("/api/v1/auth/sso/demo/saml/acs", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://idp.test.example" },
    body: new URLSearchParams({ SAMLResponse, RelayState }).toString(),
  });
  return {
    status: res.status,
    location: res.headers.get("location") ?? "",
    cookie: (res.headers.get("set-cookie") ?? "").split(";")[0]!,
  };
}

const researcher = {
  [EPPN]: "r-tanaka@demo.ac.jp",
  [MAIL]: email("researcher"),
  [DISPLAY_NAME]: "Tanaka",
  [AFFILIATION]: ["faculty@demo.ac.jp"],
};

describe("SAML 2.0 sign-in (学認 / Shibboleth)", () => {
  it("publishes SP metadata with the ACS", async () => {
    const res = await t.app.request("/api/v1/auth/sso/demo/saml/metadata");
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(xml).toContain(`entityID="${SP}"`);
    expect(xml).toContain(`Location="${ACS}"`);
  });

  it("signs in with a signed assertion, matched by e-mail, and links the ePPN", async () => {
    const id = await start();
    const res = await post(
      samlResponse(idp, { inResponseTo: id, acs: ACS, audience: SP, attributes: researcher }),
    );
    expect(res.status).toBe(302);
    expect(res.location).toBe("/cases");
    const session = await t.app.request("/api/v1/auth/session", { headers: { cookie: res.cookie } });
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe(email("researcher"));
    const [row] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.email, email("researcher")));
    expect(row?.eppn).toBe("r-tanaka@demo.ac.jp");
    expect(row?.lastSignInAt).not.toBeNull();
  });

  it("matches by ePPN once linked, whatever the mail says", async () => {
    const id = await start("/");
    const res = await post(
      samlResponse(idp, {
        inResponseTo: id,
        acs: ACS,
        audience: SP,
        attributes: { ...researcher, [MAIL]: "changed@demo.ac.jp" },
      }),
      "/",
    );
    expect(res.location).toBe("/");
    expect(res.cookie).toMatch(/renkei_session=/);
  });

  it.each([
    ["signed by another key", { signWith: makeTestIdp() }],
    ["unsigned", { unsigned: true }],
    ["for another audience", { audience: "https://other-sp.example/shibboleth" }],
    ["for another recipient", { recipient: "https://evil.example/acs" }],
    ["expired", { shiftMs: -3_600_000 }],
  ])("refuses an assertion %s", async (_name, over) => {
    const id = await start();
    const res = await post(
      samlResponse(idp, { inResponseTo: id, acs: ACS, audience: SP, attributes: researcher, ...over }),
    );
    expect(res.status).toBe(302);
    expect(res.location).toBe("/sign-in?sso_error=sso_invalid");
    expect(res.cookie).toBe("");
  });

  it("refuses an answer to a request we never sent, and a replayed one", async () => {
    const forged = await post(
      samlResponse(idp, { inResponseTo: "_never-sent", acs: ACS, audience: SP, attributes: researcher }),
    );
    expect(forged.location).toBe("/sign-in?sso_error=sso_invalid");
    const id = await start();
    const response = samlResponse(idp, { inResponseTo: id, acs: ACS, audience: SP, attributes: researcher });
    expect((await post(response)).location).toBe("/cases");
    expect((await post(response)).location).toBe("/sign-in?sso_error=sso_invalid");
  });

  it("refuses a deactivated account and an unknown person while just-in-time creation is off", async () => {
    const [student] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.email, email("student")));
    await admin.post(`/api/v1/admin/users/${student!.id}/deactivate`);
    const deactivated = await post(
      samlResponse(idp, {
        inResponseTo: await start(),
        acs: ACS,
        audience: SP,
        attributes: { [MAIL]: email("student") },
      }),
    );
    expect(deactivated.location).toBe("/sign-in?sso_error=deactivated");
    const stranger = {
      [EPPN]: "new-person@demo.ac.jp",
      [MAIL]: "new-person@demo.ac.jp",
      [DISPLAY_NAME]: "New Person",
    };
    const unknown = await post(
      samlResponse(idp, { inResponseTo: await start(), acs: ACS, audience: SP, attributes: stranger }),
    );
    expect(unknown.location).toBe("/sign-in?sso_error=no_account");
    expect(await t.deps.db.select().from(users).where(eq(users.email, "new-person@demo.ac.jp"))).toEqual([]);
    const refused = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "auth.sso_refused"));
    expect(refused.length).toBeGreaterThanOrEqual(2);
  });

  it("creates the account with the default role when just-in-time creation is on", async () => {
    await configure({ jitEnabled: true, jitDefaultRole: "student" });
    const stranger = {
      [EPPN]: "jit-person@demo.ac.jp",
      [MAIL]: "jit-person@demo.ac.jp",
      [DISPLAY_NAME]: "山田 花子",
      [AFFILIATION]: "student@demo.ac.jp",
    };
    const res = await post(
      samlResponse(idp, { inResponseTo: await start(), acs: ACS, audience: SP, attributes: stranger }),
    );
    expect(res.location).toBe("/cases");
    const [row] = await t.deps.db.select().from(users).where(eq(users.email, "jit-person@demo.ac.jp"));
    expect(row).toMatchObject({
      role: "student",
      displayName: "山田 花子",
      eppn: "jit-person@demo.ac.jp",
      passwordHash: null,
    });
  });

  it("does not follow a RelayState to another site", async () => {
    const res = await post(
      samlResponse(idp, { inResponseTo: await start(), acs: ACS, audience: SP, attributes: researcher }),
      "//evil.example/",
    );
    expect(res.location).toBe("/");
  });
});
