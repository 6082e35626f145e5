import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, email } from "./harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (mail: string, password: string) =>
  t.app.request("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: mail, password }),
  });

describe("accounts and sessions", () => {
  it("sets an httpOnly SameSite session cookie and returns the CSRF token", async () => {
    const res = await login(email("researcher"), "renkei-demo-2026");
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/renkei_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { csrfToken: string; user: { role: string } };
    expect(body.user.role).toBe("researcher");
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const a = await login("nobody@demo.renkei.example", "whatever-password");
    const b = await login(email("executive"), "wrong-password-1");
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(((await a.json()) as any).error.code).toBe("UNAUTHENTICATED");
    expect(((await b.json()) as any).error.message).toBe("E-mail or password is wrong");
  });

  it("throttles an address after repeated failures, even with the right password", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login(email("legal-ip"), `wrong-${i}-password`)).status).toBe(401);
    }
    const res = await login(email("legal-ip"), "renkei-demo-2026");
    expect(res.status).toBe(429);
    expect(((await res.json()) as any).error.code).toBe("RATE_LIMITED");
  });

  it("refuses writes without the CSRF token", async () => {
    const user = await t.signIn(email("coordinator"));
    const res = await t.app.request("/api/v1/partners", {
      method: "POST",
      headers: { cookie: user.cookie, "content-type": "application/json" },
      body: JSON.stringify({ legalName: "X", type: "company", country: "JP" }),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.code).toBe("CSRF_FAILED");
  });

  it("refuses a cross-origin write even with a token", async () => {
    const user = await t.signIn(email("coordinator"));
    const res = await user.post("/api/v1/auth/logout", undefined, {
      origin: "https://evil.example",
      host: "localhost",
    });
    expect(res.status).toBe(403);
  });

  it("ends the session on logout", async () => {
    const user = await t.signIn(email("coi-reviewer"));
    expect((await user.get("/api/v1/auth/session")).status).toBe(200);
    expect((await user.post("/api/v1/auth/logout")).status).toBe(200);
    expect((await user.get("/api/v1/auth/session")).status).toBe(401);
  });

  it("changes a password, checks the current one, and ends other sessions", async () => {
    const first = await t.signIn(email("department-head"));
    const second = await t.signIn(email("department-head"));
    const wrong = await first.post("/api/v1/auth/password", {
      currentPassword: "nope",
      newPassword: "a-new-password-1",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details.issues[0].message).toBe("validation.password_wrong");
    const ok = await first.post("/api/v1/auth/password", {
      currentPassword: "renkei-demo-2026",
      newPassword: "a-new-password-1",
    });
    expect(ok.status).toBe(200);
    expect((await first.get("/api/v1/auth/session")).status).toBe(200);
    expect((await second.get("/api/v1/auth/session")).status).toBe(401);
    expect((await login(email("department-head"), "a-new-password-1")).status).toBe(200);
  });
});
