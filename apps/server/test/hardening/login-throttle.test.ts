import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { japanDate } from "@renkei/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { DEMO_PASSWORD, seedDemo } from "../../src/db/seed/dev-seed";
import { clientAddress, parseProxyList } from "../../src/lib/client-address";
import { createTestDeps, email, TEST_NOW } from "../harness";

/** Issue 10 item 2: throttling checked before the attempt was recorded, and one NAT locked everyone out. */
let now = new Date(TEST_NOW).getTime();
const clock = { now: () => new Date(now), today: () => japanDate(new Date(now)) };
let t: Awaited<ReturnType<typeof createTestDeps>>;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDeps(clock);
  await seedDemo(t.deps);
  const config = loadConfig({
    RENKEI_DATA_DIR: "/nonexistent",
    RENKEI_MAIL_DIR: mkdtempSync(path.join(tmpdir(), "renkei-mail-")),
    RENKEI_AUDIT_KEY_FILE: t.deps.config.auditKeyFile,
    RENKEI_TRUSTED_PROXIES: "10.0.0.0/8, fd00::/8",
  });
  app = createApp({ ...t.deps, config }, { webDir: null });
});
afterAll(() => t.drop());

/** A sign-in arriving from `remote` (the TCP peer), optionally with an X-Forwarded-For header. */
function login(mail: string, password: string, remote = "192.0.2.1", forwardedFor?: string) {
  return app.request(
    "/api/v1/auth/login",
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
      },
      body: JSON.stringify({ email: mail, password }),
    },
    { incoming: { socket: { remoteAddress: remote, remotePort: 40000, remoteFamily: "IPv4" } } },
  );
}

const failures = async (mail: string) =>
  (
    await t.deps.handle.query<{ n: number }>(
      "select count(*)::int as n from login_attempts where email = $1 and not success",
      [mail],
    )
  )[0]!.n;

describe("password policy wherever a password is set", () => {
  it("refuses the issue's weak passwords when an admin creates an account and on a change", async () => {
    const signIn = await login(email("admin"), DEMO_PASSWORD, "192.0.2.10");
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const call = (p: string, body: unknown) =>
      app.request(p, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const mail = "weak.user@demo.renkei.example";
    for (const [password, code] of [
      ["aaaaaaaaaa", "validation.password_too_simple"],
      ["password12", "validation.password_common"],
      [mail, "validation.password_contains_email"],
      [DEMO_PASSWORD, "validation.password_demo"],
    ]) {
      const res = await call("/api/v1/users", {
        email: mail,
        displayName: "弱い 人",
        role: "researcher",
        password,
      });
      expect(res.status, password).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(code);
    }
    const change = await call("/api/v1/auth/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "P@ssw0rd2026!",
    });
    expect(change.status).toBe(400);
    expect(JSON.stringify(await change.json())).toContain("validation.password_common");
  });
});

describe("sign-in throttling", () => {
  it("lets at most the limit of 100 parallel wrong guesses reach the password check", async () => {
    const target = email("legal-ip");
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => login(target, `wrong-guess-${i}`, `198.51.100.${i + 1}`)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(t.deps.config.loginMaxFailures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - t.deps.config.loginMaxFailures);
    expect(await failures(target)).toBe(t.deps.config.loginMaxFailures);
    const audited = await t.deps.handle.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'auth.login_failed' and actor_label = $1",
      [target],
    );
    expect(audited[0]!.n).toBe(t.deps.config.loginMaxFailures);
    // Even the right password waits out the window.
    const right = await login(target, DEMO_PASSWORD, "198.51.100.200");
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("slows an address down progressively instead of locking every account behind it", async () => {
    const nat = "203.0.113.50"; // the campus NAT, as seen by the trusted proxy
    const free = t.deps.config.loginMaxFailures * 4;
    for (let i = 0; i < free; i++) {
      expect(
        (await login(`nobody${i}@demo.renkei.example`, "wrong-password-x", "10.0.0.2", nat)).status,
      ).toBe(401);
    }
    // A colleague behind the same NAT is asked to wait a moment, not locked out for the window.
    const colleague = email("executive");
    const wait = await login(colleague, DEMO_PASSWORD, "10.0.0.2", nat);
    expect(wait.status).toBe(429);
    const seconds = Number(wait.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    now += seconds * 1000;
    expect((await login(colleague, DEMO_PASSWORD, "10.0.0.2", nat)).status).toBe(200);
    // Each further failure from the NAT doubles the wait.
    expect((await login("nobody-x@demo.renkei.example", "wrong-password-x", "10.0.0.2", nat)).status).toBe(
      401,
    );
    const next = await login(email("auditor"), DEMO_PASSWORD, "10.0.0.2", nat);
    expect(Number(next.headers.get("retry-after"))).toBe(seconds * 2);
    // Another address behind the same proxy is not affected.
    expect((await login(email("auditor"), DEMO_PASSWORD, "10.0.0.2", "203.0.113.51")).status).toBe(200);
  });

  it("believes X-Forwarded-For only from a trusted proxy", async () => {
    const free = t.deps.config.loginMaxFailures * 4;
    for (let i = 0; i < free; i++) {
      // An attacker connecting directly rotates the header to dodge the per-address limit.
      const res = await login(
        `spoof${i}@demo.renkei.example`,
        "wrong-password-x",
        "192.0.2.77",
        `198.18.0.${i}`,
      );
      expect(res.status).toBe(401);
    }
    const blocked = await login(
      "spoof-last@demo.renkei.example",
      "wrong-password-x",
      "192.0.2.77",
      "198.18.1.1",
    );
    expect(blocked.status).toBe(429);
  });

  it("reads the client address through the trusted hops only", () => {
    const { list, problems } = parseProxyList(["10.0.0.0/8", "::1", "fd00::/8"]);
    expect(problems).toEqual([]);
    expect(clientAddress("10.1.2.3", "198.51.100.7, 10.9.9.9", list)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:10.1.2.3", "198.51.100.7", list)).toBe("198.51.100.7");
    expect(clientAddress("192.0.2.1", "198.51.100.7", list)).toBe("192.0.2.1");
    expect(clientAddress("10.1.2.3", "1.1.1.1, 198.51.100.7", list)).toBe("198.51.100.7");
    expect(clientAddress("10.1.2.3", "not-an-ip", list)).toBe("10.1.2.3");
    expect(clientAddress("10.1.2.3", "198.51.100.7", null)).toBe("10.1.2.3");
    expect(parseProxyList(["10.0.0.0/33", "proxy.example"]).problems).toHaveLength(2);
    expect(() => loadConfig({ RENKEI_TRUSTED_PROXIES: "10.0.0.0/8,nonsense" })).toThrow(/nonsense/);
  });
});
