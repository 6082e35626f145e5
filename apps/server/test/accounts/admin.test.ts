import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, users } from "../../src/db/schema";
import { createTestApp, email, type TestUser } from "../harness";
import { lastMail } from "./account-setup";

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(email("admin"));
});
afterAll(() => t.close());

function csv(text: string): FormData {
  const form = new FormData();
  form.set("file", new File([text], "staff.csv", { type: "text/csv" }));
  return form;
}

async function userCount() {
  return (await t.deps.db.select({ id: users.id }).from(users)).length;
}

async function actions(entityId: string) {
  const rows = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));
  return rows.map((r) => r.action);
}

describe("administration permissions", () => {
  it.each(["coordinator", "export-control", "auditor", "researcher"])(
    "refuses %s on every admin route",
    async (role) => {
      const user = await t.signIn(email(role));
      expect((await user.get("/api/v1/admin/users")).status).toBe(403);
      expect((await user.get("/api/v1/admin/settings")).status).toBe(403);
      expect((await user.get("/api/v1/admin/departments")).status).toBe(403);
      expect(
        (await user.post("/api/v1/admin/users", { email: "x@y.jp", displayName: "X", role: "admin" })).status,
      ).toBe(403);
    },
  );

  it("lists the institution's accounts only, with last sign-in", async () => {
    const res = await admin.get("/api/v1/admin/users");
    expect(res.status).toBe(200);
    const emails = res.json.items.map((u: { email: string }) => u.email);
    expect(emails).toContain(email("researcher"));
    expect(emails).not.toContain(email("hub-coordinator"));
    const me = res.json.items.find((u: { email: string }) => u.email === email("admin"));
    expect(me.lastSignInAt).not.toBeNull();
  });

  it("answers 404 for another institution's user", async () => {
    const [hubUser] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.email, email("hub-coordinator")));
    const res = await admin.patch(`/api/v1/admin/users/${hubUser!.id}`, { role: "auditor" });
    expect(res.status).toBe(404);
    expect((await admin.post(`/api/v1/admin/users/${hubUser!.id}/deactivate`)).status).toBe(404);
  });
});

describe("invitation", () => {
  it("creates an account, mails a single-use set-password link, and the person signs in", async () => {
    const created = await admin.post("/api/v1/admin/users", {
      email: "New.Colleague@demo.renkei.example",
      displayName: "新任 教員",
      role: "researcher",
    });
    expect(created.status).toBe(201);
    const { mail, token } = await lastMail(t.deps, "new.colleague@demo.renkei.example");
    expect(mail?.kind).toBe("account.invite");
    expect(mail?.subject).toContain("アカウントのご案内");
    expect(token).toBeTruthy();
    const outbox = await admin.get("/api/v1/outbox");
    expect(JSON.stringify(outbox.json)).not.toContain(token);

    const info = await t.app.request(`/api/v1/auth/password-token?token=${token}`);
    expect(await info.json()).toMatchObject({ purpose: "invite", displayName: "新任 教員" });
    const weak = await t.app.request("/api/v1/auth/password-token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password: "12345678901" }),
    });
    expect(weak.status).toBe(400);
    const set = await t.app.request("/api/v1/auth/password-token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password: "a fine new passphrase" }),
    });
    expect(set.status).toBe(200);
    const again = await t.app.request("/api/v1/auth/password-token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, password: "another fine passphrase" }),
    });
    expect(again.status).toBe(404);
    const user = await t.signIn("new.colleague@demo.renkei.example", "a fine new passphrase");
    expect(user.user.id).toBe(created.json.id);
    expect(await actions(created.json.id)).toEqual(
      expect.arrayContaining(["user.created", "user.invited", "user.password_set", "auth.login"]),
    );
  });

  it("refuses a taken address and an unknown department with field errors", async () => {
    const taken = await admin.post("/api/v1/admin/users", {
      email: email("student"),
      displayName: "X",
      role: "student",
    });
    expect(taken.status).toBe(409);
    expect(taken.json.error.details.issues[0].path).toBe("email");
    const dept = await admin.post("/api/v1/admin/users", {
      email: "x1@demo.renkei.example",
      displayName: "X",
      role: "student",
      departmentId: "00000000-0000-4000-8000-000000000000",
    });
    expect(dept.status).toBe(400);
  });
});

describe("roles, deactivation and reactivation", () => {
  it("changes role and department, audited with before and after", async () => {
    const depts = await admin.get("/api/v1/admin/departments");
    const dept = depts.json.items[0];
    const list = await admin.get("/api/v1/admin/users");
    const target = list.json.items.find((u: { email: string }) => u.email === email("coi-reviewer"));
    const res = await admin.patch(`/api/v1/admin/users/${target.id}`, {
      role: "legal_ip",
      departmentId: dept.id,
    });
    expect(res.status).toBe(200);
    const [row] = await t.deps.db.select().from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ role: "legal_ip", departmentId: dept.id });
    expect(await actions(target.id)).toContain("user.updated");
  });

  it("ends the sessions of a deactivated user at once and refuses sign-in until reactivated", async () => {
    const exec = await t.signIn(email("executive"));
    expect((await exec.get("/api/v1/auth/session")).status).toBe(200);
    const res = await admin.post(`/api/v1/admin/users/${exec.user.id}/deactivate`);
    expect(res.status).toBe(200);
    expect((await exec.get("/api/v1/auth/session")).status).toBe(401);
    await expect(t.signIn(email("executive"))).rejects.toThrow(/401/);
    expect((await admin.post(`/api/v1/admin/users/${exec.user.id}/reactivate`)).status).toBe(200);
    expect((await t.signIn(email("executive"))).user.id).toBe(exec.user.id);
    expect(await actions(exec.user.id)).toEqual(
      expect.arrayContaining(["user.deactivated", "user.reactivated"]),
    );
  });

  it("refuses to deactivate or demote oneself, which would leave no administrator", async () => {
    const self = await admin.post(`/api/v1/admin/users/${admin.user.id}/deactivate`);
    expect(self.status).toBe(422);
    expect(self.json.error.details.reasons[0].code).toBe("accounts.rule.own_account");
    expect((await admin.patch(`/api/v1/admin/users/${admin.user.id}`, { role: "auditor" })).status).toBe(422);
  });
});

describe("bulk import", () => {
  it("previews row errors and writes nothing on commit when any row is wrong", async () => {
    const before = await userCount();
    const file =
      "メールアドレス,氏名,ロール,部局\nimport-a@demo.renkei.example,取込 一郎,研究者,\nbroken,取込 二郎,魔法使い,\n";
    const preview = await admin.post("/api/v1/admin/users/import?mode=preview", csv(file));
    expect(preview.status).toBe(200);
    expect(preview.json.valid).toBe(1);
    expect(preview.json.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual([
      "3:email",
      "3:role",
    ]);
    const commit = await admin.post("/api/v1/admin/users/import?mode=commit", csv(file));
    expect(commit.status).toBe(422);
    expect(commit.json.error.code).toBe("IMPORT_FAILED");
    expect(await userCount()).toBe(before);
    expect((await lastMail(t.deps, "import-a@demo.renkei.example")).mail).toBeNull();
  });

  it("creates every row and queues invitations when all rows are right", async () => {
    const before = await userCount();
    const file =
      "email,name,role,language\nimport-b@demo.renkei.example,Import B,student,en\nimport-c@demo.renkei.example,取込 三郎,安全保障輸出管理担当,\n";
    const commit = await admin.post("/api/v1/admin/users/import?mode=commit", csv(file));
    expect(commit.status).toBe(200);
    expect(commit.json.created).toBe(2);
    expect(await userCount()).toBe(before + 2);
    const { mail } = await lastMail(t.deps, "import-b@demo.renkei.example");
    expect(mail?.subject).toBe("[Renkei] Your account");
  });

  it("names missing columns", async () => {
    const res = await admin.post("/api/v1/admin/users/import?mode=preview", csv("email\nx@y.jp\n"));
    expect(res.status).toBe(422);
    expect(res.json.error.details.missing).toEqual(["displayName", "role"]);
  });
});

describe("departments and institution settings", () => {
  it("creates, renames and deactivates a department; a deactivated one is not assignable", async () => {
    const created = await admin.post("/api/v1/admin/departments", {
      nameJa: "新研究所",
      nameEn: "New Institute",
    });
    expect(created.status).toBe(201);
    const id = created.json.id;
    expect(
      (
        await admin.put(`/api/v1/admin/departments/${id}`, {
          nameJa: "先端研究所",
          nameEn: "Advanced Institute",
          active: false,
        })
      ).status,
    ).toBe(200);
    const list = await admin.get("/api/v1/admin/departments");
    expect(list.json.items.find((d: { id: string }) => d.id === id)).toMatchObject({
      nameJa: "先端研究所",
      active: false,
    });
    const res = await admin.post("/api/v1/admin/users", {
      email: "x2@demo.renkei.example",
      displayName: "X",
      role: "student",
      departmentId: id,
    });
    expect(res.status).toBe(400);
    expect(await actions(id)).toEqual(["department.created", "department.updated"]);
  });

  it("saves settings with a version check and never returns secrets", async () => {
    const current = await admin.get("/api/v1/admin/settings");
    expect(current.json).toMatchObject({ passwordEnabled: true, oidcEnabled: false, jitEnabled: false });
    const body = {
      ...current.json,
      jitEnabled: true,
      jitDefaultRole: "student",
      totpRequiredRoles: [],
      oidcEnabled: true,
      oidc: {
        issuer: "https://op.example.ac.jp",
        clientId: "renkei",
        clientSecret: "s3cret-value",
        label: "学内ID",
      },
      saml: { entryPoint: "", idpIssuer: "", idpCert: "", label: "" },
    };
    const saved = await admin.put("/api/v1/admin/settings", body);
    expect(saved.status).toBe(200);
    expect(saved.json.oidc).toMatchObject({ clientSecretSet: true, issuer: "https://op.example.ac.jp" });
    expect(JSON.stringify(saved.json)).not.toContain("s3cret-value");
    const stale = await admin.put("/api/v1/admin/settings", body);
    expect(stale.status).toBe(409);
    const jitWithoutRole = await admin.put("/api/v1/admin/settings", {
      ...body,
      version: saved.json.version,
      jitDefaultRole: null,
    });
    expect(jitWithoutRole.status).toBe(400);
    const methods = await t.app.request("/api/v1/auth/methods");
    expect(((await methods.json()) as { sso: unknown }).sso).toEqual([
      expect.objectContaining({
        protocol: "oidc",
        label: "学内ID",
        startUrl: "/api/v1/auth/sso/demo/oidc/start",
      }),
    ]);
    const audit = await t.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "institution.settings_changed"));
    expect(JSON.stringify(audit)).not.toContain("s3cret-value");
  });
});
