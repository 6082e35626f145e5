import { readdirSync, readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../src/db/schema";
import { HUB_USER } from "../../src/db/seed/dev-seed";
import { deliverOutbox, mailDeliverJob } from "../../src/features/notifications/mail-delivery";
import { notify } from "../../src/features/notifications/notify";
import { findJob, JOBS } from "../../src/jobs/registry";
import { runDueJobs } from "../../src/jobs/scheduler";
import { renderPdf } from "../../src/lib/pdf";
import { createTestApp, email } from "../harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
let demoId: string;
beforeAll(async () => {
  t = await createTestApp();
  const [demo] = await t.deps.db.select().from(institutions).where(eq(institutions.code, "demo"));
  demoId = (demo as { id: string }).id;
});
afterAll(() => t.close());

describe("notifications and the mail outbox", () => {
  it("notifies every user whose role holds the permission, in-app and by queued mail", async () => {
    const now = t.deps.clock.now();
    const result = await t.deps.db.transaction((tx) =>
      notify(
        tx,
        {
          institutionId: demoId,
          recipients: { permission: "user.manage" },
          kind: "test.notice",
          title: "テスト通知",
          body: "確認してください",
          link: "/partners",
        },
        now,
      ),
    );
    expect(result.recipients).toBe(1);
    const admin = await t.signIn(email("admin"));
    const list = await admin.get("/api/v1/notifications");
    expect(list.status).toBe(200);
    const notice = list.json.items.find((n: { kind: string }) => n.kind === "test.notice");
    expect(notice).toMatchObject({ title: "テスト通知", readAt: null, link: "/partners" });
    const researcher = await t.signIn(email("researcher"));
    const theirs = (await researcher.get("/api/v1/notifications")).json.items;
    expect(theirs.some((n: { kind: string }) => n.kind === "test.notice")).toBe(false);

    const marked = await admin.post("/api/v1/notifications/read", { ids: [notice.id] });
    expect(marked.json.marked).toBe(1);
    expect((await admin.get("/api/v1/notifications")).json.unread).toBe(list.json.unread - 1);
  });

  it("sends nothing when the change that notified rolls back", async () => {
    const before = (await (await t.signIn(email("admin"))).get("/api/v1/outbox")).json.total;
    await expect(
      t.deps.db.transaction(async (tx) => {
        await notify(
          tx,
          {
            institutionId: demoId,
            recipients: { permission: "user.manage" },
            kind: "x",
            title: "x",
            body: "x",
          },
          t.deps.clock.now(),
        );
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect((await (await t.signIn(email("admin"))).get("/api/v1/outbox")).json.total).toBe(before);
  });

  it("delivers queued mail as .eml files with the public link, and shows it as sent", async () => {
    const { sent } = await deliverOutbox(t.deps, t.deps.clock.now());
    expect(sent).toBeGreaterThan(0);
    const files = readdirSync(t.deps.config.mailDir);
    expect(files.length).toBe(sent);
    const mails = files.map((f) => readFileSync(`${t.deps.config.mailDir}/${f}`, "utf8"));
    // The admin's notice from the first test, with its link made absolute by PUBLIC_URL.
    const eml = mails.filter((m) => /^To: admin@demo\.renkei\.example/m.test(m));
    expect(eml.some((m) => m.includes("http://localhost:3000/partners\n"))).toBe(true);
    expect(mails.some((m) => m.includes("{{PUBLIC_URL}}"))).toBe(false);
    const outbox = await (await t.signIn(email("admin"))).get("/api/v1/outbox");
    expect(outbox.json.items.every((m: { sentAt: string | null }) => m.sentAt !== null)).toBe(true);
    expect(outbox.json.items[0].transport).toMatch(/^file:/);
    expect((await deliverOutbox(t.deps, t.deps.clock.now())).sent).toBe(0);
  });

  it("keeps the outbox to the admin of the institution", async () => {
    const researcher = await t.signIn(email("researcher"));
    expect((await researcher.get("/api/v1/outbox")).status).toBe(403);
    // The hub's admin-less coordinator sees neither the member's outbox nor its notices.
    const hub = await t.signIn(HUB_USER.email);
    expect((await hub.get("/api/v1/outbox")).status).toBe(403);
    expect((await hub.get("/api/v1/notifications")).json.items).toHaveLength(0);
  });
});

describe("periodic jobs", () => {
  it("runs a due job once per turn even when asked twice", async () => {
    expect(findJob("mail.deliver")).toBe(mailDeliverJob);
    const first = await runDueJobs(t.deps, JOBS);
    expect(first).toContain("mail.deliver");
    const second = await runDueJobs(t.deps, JOBS);
    expect(second).not.toContain("mail.deliver");
    const admin = await t.signIn(email("admin"));
    const runs = await admin.get("/api/v1/jobs/runs");
    expect(runs.json.items[0]).toMatchObject({ name: "mail.deliver", ok: true });
  });
});

describe("PDF documents", () => {
  it("embeds the Japanese font and paginates long tables", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`${i + 1}`, "該非判定 非該当", "齋藤 太郎"]);
    const pdf = await renderPdf({ title: "該非判定書" }, (w) => {
      w.title("該非判定書");
      w.field("判定", "非該当");
      w.table(["No.", "項目", "担当"], rows, [0.2, 0.5, 0.3]);
    });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toContain("NotoSansJP");
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(1);
  });
});
