import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, users } from "../../src/db/schema";
import { createTestApp, email } from "../harness";
import { lastMail, movableClock, totpCode } from "./account-setup";

const clock = movableClock();
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const post = (path: string, body: unknown) =>
  t.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const login = (mail: string, password = "renkei-demo-2026") =>
  post("/api/v1/auth/login", { email: mail, password });

describe("password reset", () => {
  it("answers the same for a known and an unknown address, and mails only the known one", async () => {
    const known = await post("/api/v1/auth/password-reset", { email: email("researcher") });
    const unknown = await post("/api/v1/auth/password-reset", { email: "nobody@demo.renkei.example" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.text()).toBe(await unknown.text());
    expect((await lastMail(t.deps, email("researcher"))).mail?.kind).toBe("account.reset");
    const toNobody = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "nobody@demo.renkei.example"));
    expect(toNobody).toEqual([]);
  });

  it("throttles known and unknown addresses alike", async () => {
    const statuses = async (address: string) => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++) {
        out.push((await post("/api/v1/auth/password-reset", { email: address })).status);
      }
      return out;
    };
    expect(await statuses(email("student"))).toEqual([202, 202, 202, 429]);
    expect(await statuses("ghost@demo.renkei.example")).toEqual([202, 202, 202, 429]);
  });

  it("sets a new password once, ends sessions, and expires after an hour", async () => {
    const before = await login(email("legal-ip"));
    const cookie = (before.headers.get("set-cookie") ?? "").split(";")[0]!;
    await post("/api/v1/auth/password-reset", { email: email("legal-ip") });
    const { token } = await lastMail(t.deps, email("legal-ip"));
    expect(
      (await post("/api/v1/auth/password-token", { token, password: "reset passphrase 1" })).status,
    ).toBe(200);
    expect((await t.app.request("/api/v1/auth/session", { headers: { cookie } })).status).toBe(401);
    expect((await login(email("legal-ip"), "reset passphrase 1")).status).toBe(200);
    expect((await login(email("legal-ip"))).status).toBe(401);

    await post("/api/v1/auth/password-reset", { email: email("coordinator") });
    const late = await lastMail(t.deps, email("coordinator"));
    clock.advance(61 * 60_000);
    expect(
      (await post("/api/v1/auth/password-token", { token: late.token, password: "too late passphrase" }))
        .status,
    ).toBe(404);
    expect((await login(email("coordinator"))).status).toBe(200);
  });
});

describe("TOTP second factor", () => {
  let secret = "";
  let recovery: string[] = [];

  it("enrols with a confirming code and returns recovery codes once", async () => {
    const user = await t.signIn(email("department-head"));
    const start = await user.post("/api/v1/account/totp/start");
    expect(start.status).toBe(200);
    expect(start.json.uri).toMatch(/^otpauth:\/\/totp\/Renkei:/);
    expect(start.json.qrSvg).toContain("<svg");
    secret = start.json.secret;
    expect((await user.post("/api/v1/account/totp/confirm", { code: "000000" })).status).toBe(400);
    const confirm = await user.post("/api/v1/account/totp/confirm", { code: totpCode(secret, clock.now()) });
    expect(confirm.status).toBe(200);
    recovery = confirm.json.recoveryCodes;
    expect(recovery).toHaveLength(10);
    expect((await user.get("/api/v1/account")).json).toMatchObject({
      totpEnabled: true,
      recoveryCodesLeft: 10,
    });
  });

  it("asks for the code after the password; a wrong code opens nothing; a code is accepted once", async () => {
    clock.advance(60_000);
    const first = await login(email("department-head"));
    const body = (await first.json()) as { secondFactor: { challenge: string; mode: string } };
    expect(first.headers.get("set-cookie")).toBeNull();
    expect(body.secondFactor.mode).toBe("verify");
    const wrong = await post("/api/v1/auth/totp/verify", {
      challenge: body.secondFactor.challenge,
      code: "123456",
    });
    expect(wrong.status).toBe(400);
    const code = totpCode(secret, clock.now());
    const right = await post("/api/v1/auth/totp/verify", { challenge: body.secondFactor.challenge, code });
    expect(right.status).toBe(200);
    expect(right.headers.get("set-cookie")).toMatch(/renkei_session=/);
    // The same code within its 30 seconds: refused (no replay).
    const again = (await (await login(email("department-head"))).json()) as typeof body;
    expect(
      (await post("/api/v1/auth/totp/verify", { challenge: again.secondFactor.challenge, code })).status,
    ).toBe(400);
    // The challenge was used up by the successful answer.
    expect(
      (await post("/api/v1/auth/totp/verify", { challenge: body.secondFactor.challenge, code })).status,
    ).toBe(401);
  });

  it("accepts a recovery code once", async () => {
    const ch = (await (await login(email("department-head"))).json()) as {
      secondFactor: { challenge: string };
    };
    expect(
      (await post("/api/v1/auth/totp/verify", { challenge: ch.secondFactor.challenge, code: recovery[0] }))
        .status,
    ).toBe(200);
    const ch2 = (await (await login(email("department-head"))).json()) as {
      secondFactor: { challenge: string };
    };
    expect(
      (await post("/api/v1/auth/totp/verify", { challenge: ch2.secondFactor.challenge, code: recovery[0] }))
        .status,
    ).toBe(400);
  });

  it("gives up a challenge after five wrong codes", async () => {
    const ch = (await (await login(email("department-head"))).json()) as {
      secondFactor: { challenge: string };
    };
    for (let i = 0; i < 5; i++) {
      expect(
        (await post("/api/v1/auth/totp/verify", { challenge: ch.secondFactor.challenge, code: "999999" }))
          .status,
      ).toBe(400);
    }
    clock.advance(30_000);
    const res = await post("/api/v1/auth/totp/verify", {
      challenge: ch.secondFactor.challenge,
      code: totpCode(secret, clock.now()),
    });
    expect(res.status).toBe(401);
  });

  it("makes a role the admin requires it for enrol at sign-in before any session", async () => {
    const admin = await t.signIn(email("admin"));
    const settings = (await admin.get("/api/v1/admin/settings")).json;
    const saved = await admin.put("/api/v1/admin/settings", {
      ...settings,
      totpRequiredRoles: ["auditor"],
      oidc: { issuer: "", clientId: "", clientSecret: "", label: "" },
      saml: { entryPoint: "", idpIssuer: "", idpCert: "", label: "" },
    });
    expect(saved.status).toBe(200);
    const res = await login(email("auditor"));
    const { secondFactor } = (await res.json()) as { secondFactor: { challenge: string; mode: string } };
    expect(secondFactor.mode).toBe("enrol");
    expect(
      (await post("/api/v1/auth/totp/verify", { challenge: secondFactor.challenge, code: "123456" })).status,
    ).toBe(401);
    const enrol = await post("/api/v1/auth/totp/enrol", { challenge: secondFactor.challenge });
    const { secret: auditorSecret } = (await enrol.json()) as { secret: string };
    const confirm = await post("/api/v1/auth/totp/enrol/confirm", {
      challenge: secondFactor.challenge,
      code: totpCode(auditorSecret, clock.now()),
    });
    expect(confirm.status).toBe(200);
    const body = (await confirm.json()) as { recoveryCodes: string[]; session: { user: { role: string } } };
    expect(body.session.user.role).toBe("auditor");
    expect(body.recoveryCodes).toHaveLength(10);

    // The required factor cannot be removed by its holder; an administrator can reset it.
    const cookie = (confirm.headers.get("set-cookie") ?? "").split(";")[0]!;
    const csrf = (body.session as unknown as { csrfToken: string }).csrfToken;
    const remove = await t.app.request("/api/v1/account/totp/disable", {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
      body: "{}",
    });
    expect(remove.status).toBe(422);
    const [auditor] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.email, email("auditor")));
    expect((await admin.post(`/api/v1/admin/users/${auditor!.id}/reset-totp`)).status).toBe(200);
    const next = (await (await login(email("auditor"))).json()) as { secondFactor: { mode: string } };
    expect(next.secondFactor.mode).toBe("enrol");
  });
});

describe("language", () => {
  it("stores the user's language and returns it with the session", async () => {
    const user = await t.signIn(email("student"));
    expect((await user.put("/api/v1/account/preferences", { locale: "en" })).status).toBe(200);
    expect((await user.get("/api/v1/auth/session")).json.user.locale).toBe("en");
    expect((await user.put("/api/v1/account/preferences", { locale: "fr" })).status).toBe(400);
  });
});
