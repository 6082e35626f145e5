import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredRoutes } from "../src/http/define-route";
import { createTestApp, email, samplePartner } from "./harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SAMPLE_ID = "00000000-0000-4000-8000-000000000000";

describe("deny by default", () => {
  it("registers routes, each with a permission or marked public", () => {
    expect(registeredRoutes.length).toBeGreaterThan(15);
    const publicRoutes = registeredRoutes.filter((r) => r.permission === "public").map((r) => r.path);
    expect(publicRoutes).toEqual([
      "/api/v1/auth/login",
      // Accounts (issue 11): steps before a session exists, and single sign-on.
      "/api/v1/auth/methods",
      "/api/v1/auth/password-reset",
      "/api/v1/auth/password-token",
      "/api/v1/auth/password-token",
      "/api/v1/auth/totp/verify",
      "/api/v1/auth/totp/enrol",
      "/api/v1/auth/totp/enrol/confirm",
      "/api/v1/auth/sso/{code}/oidc/start",
      "/api/v1/auth/sso/{code}/oidc/callback",
      "/api/v1/auth/sso/{code}/saml/start",
      "/api/v1/auth/sso/{code}/saml/acs",
      "/api/v1/auth/sso/{code}/saml/metadata",
    ]);
  });

  it("answers 401 to an anonymous caller on every non-public route", async () => {
    const seen = new Set<string>();
    for (const route of registeredRoutes) {
      const key = `${route.method} ${route.path}`;
      if (route.permission === "public" || seen.has(key)) {
        continue;
      }
      seen.add(key);
      const path = route.path.replace("{id}", SAMPLE_ID);
      const res = await t.app.request(path, {
        method: route.method,
        headers: { "content-type": "application/json" },
        body: route.method === "GET" ? undefined : "{}",
      });
      expect(res.status, key).toBe(401);
    }
  });

  it("answers 404 as JSON for unknown API paths", async () => {
    const res = await t.app.request("/api/v1/nothing-here");
    expect(res.status).toBe(404);
  });

  it.each([
    ["auditor", "POST", "/api/v1/partners", samplePartner, 403],
    ["student", "POST", "/api/v1/partners", samplePartner, 403],
    ["researcher", "GET", "/api/v1/audit", undefined, 403],
    [
      "coordinator",
      "POST",
      "/api/v1/users",
      { email: "x@y.example", displayName: "X", role: "admin", password: "long-enough-1" },
      403,
    ],
    ["researcher", "POST", `/api/v1/partners/${SAMPLE_ID}/merge`, { duplicateId: SAMPLE_ID }, 403],
    ["coi-reviewer", "POST", `/api/v1/partners/${SAMPLE_ID}/credit-checks`, {}, 403],
  ])("%s: %s %s → %i", async (role, method, path, body, status) => {
    const user = await t.signIn(email(role));
    const res = method === "GET" ? await user.get(path) : await user.post(path, body);
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBe("FORBIDDEN");
  });

  it("lets an admin create an account that can then sign in", async () => {
    const admin = await t.signIn(email("admin"));
    const res = await admin.post("/api/v1/users", {
      email: "new.researcher@demo.renkei.example",
      displayName: "新任 研究者",
      role: "researcher",
      password: "initial-pass-2026",
    });
    expect(res.status).toBe(201);
    const dup = await admin.post("/api/v1/users", {
      email: "NEW.researcher@demo.renkei.example",
      displayName: "dup",
      role: "researcher",
      password: "initial-pass-2026",
    });
    expect(dup.status).toBe(409);
    await expect(t.signIn("new.researcher@demo.renkei.example", "initial-pass-2026")).resolves.toBeTruthy();
  });
});
