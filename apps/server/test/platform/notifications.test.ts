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
          title: { ja: "テスト通知", en: "Test notice" },
          body: { ja: "確認してください", en: "Please check" },
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
            title: { ja: "x", en: "x" },
            body: { ja: "x", en: "x" },
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

  it("refuses a notice that lacks either language, and writes nothing", async () => {
    const admin = await t.signIn(email("admin"));
    const before = (await admin.get("/api/v1/outbox")).json.total;
    const send = (title: unknown, body: unknown) =>
      t.deps.db.transaction((tx) =>
        notify(
          tx,
          {
            institutionId: demoId,
            recipients: { permission: "user.manage" },
            kind: "test.one_language",
            title: title as { ja: string; en: string },
            body: body as { ja: string; en: string },
          },
          t.deps.clock.now(),
        ),
      );
    await expect(send("日本語だけ", { ja: "本文", en: "Body" })).rejects.toThrow(/Japanese and English/);
    await expect(send({ ja: "件名" }, { ja: "本文", en: "Body" })).rejects.toThrow(/Japanese and English/);
    await expect(send({ ja: "件名", en: " " }, { ja: "本文", en: "Body" })).rejects.toThrow(
      /Japanese and English/,
    );
    await expect(send({ ja: "件名", en: "Subject" }, { ja: "本文" })).rejects.toThrow(/Japanese and English/);
    expect((await admin.get("/api/v1/outbox")).json.total).toBe(before);
    const notices = (await admin.get("/api/v1/notifications")).json.items;
    expect(notices.some((n: { kind: string }) => n.kind === "test.one_language")).toBe(false);
  });

  it("gives an English-preference user the notice and the mail in English, a Japanese user in Japanese", async () => {
    const researcher = await t.signIn(email("researcher"));
    expect((await researcher.put("/api/v1/account/preferences", { locale: "en" })).status).toBe(200);
    const head = await t.signIn(email("department-head"));
    const coord = await t.signIn(email("coordinator"));
    // A real flow: the coordinator registers a case naming each of them principal investigator.
    for (const pi of [researcher, head]) {
      const res = await coord.post("/api/v1/cases", {
        kind: "joint_research",
        title: `言語別通知の確認 ${pi.user.id.slice(0, 4)}`,
        piUserId: pi.user.id,
        departmentIds: [],
        field: { area: "ict", emergingTech: [], keywords: [] },
        partnerIds: [],
      });
      expect(res.status).toBe(201);
    }
    const coordName = (await coord.get("/api/v1/auth/session")).json.user.displayName as string;
    const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
    // Names stay as they are (the case title and the coordinator's name are Japanese); the rest is English.
    const stripTitle = (s: string) => s.replace(/言語別通知の確認 \S+/g, "").replaceAll(coordName, "");
    const ours = (n: { kind: string; title: string }) =>
      n.kind === "case.assigned" && n.title.includes("言語別通知の確認");
    const en = (await researcher.get("/api/v1/notifications")).json.items.find(ours);
    expect(en.title).toMatch(/^You are the principal investigator of/);
    expect(japanese.test(stripTitle(`${en.title}\n${en.body}`))).toBe(false);
    const ja = (await head.get("/api/v1/notifications")).json.items.find(ours);
    expect(ja.title).toMatch(/^研究責任者として登録されました/);
    const outbox = (await (await t.signIn(email("admin"))).get("/api/v1/outbox?limit=200")).json.items as {
      toAddress: string;
      subject: string;
      kind: string;
    }[];
    const mailTo = (who: string) =>
      outbox.find((m) => ours({ kind: m.kind, title: m.subject }) && m.toAddress === email(who));
    expect(mailTo("researcher")?.subject).toMatch(/^\[Renkei\] You are the principal investigator of/);
    expect(japanese.test(stripTitle(mailTo("researcher")?.subject ?? "日本語"))).toBe(false);
    expect(mailTo("department-head")?.subject).toMatch(/^\[Renkei\] 研究責任者として登録されました/);
    // A notice already sent follows a later change of the setting (both texts are kept).
    expect((await researcher.put("/api/v1/account/preferences", { locale: "ja" })).status).toBe(200);
    const again = (await researcher.get("/api/v1/notifications")).json.items.find(ours);
    expect(again.id).toBe(en.id);
    expect(again.title).toMatch(/^研究責任者として登録されました/);
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
