import { randomUUID } from "node:crypto";
import { LIST_FORMATS } from "@renkei/contract";
import { count, eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import {
  auditEvents,
  departments,
  partners,
  screeningListVersions,
  webhookSubscriptions,
} from "../../src/db/schema";
import {
  assertWebhookTarget,
  guardedLookup,
  outboundPolicy,
} from "../../src/features/webhooks/outbound-address";
import { deliverWebhooks } from "../../src/features/webhooks/webhook-delivery";
import { newCase, newPartner } from "../cases/case-setup";
import { addInstitution, OFFICER } from "../ec-workflows/support";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";

/**
 * The attacks of issue 10 (items 7, 8, 10, 11), each reproduced through the API and now refused with a
 * clear 4xx, nothing written, and no other institution's name in any answer.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
let officer: TestUser;
let admin: TestUser;
let foreignUserId: string;
let foreignDepartmentId: string;
const FOREIGN = "fortress";

beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  officer = await t.signIn(OFFICER);
  admin = await t.signIn(email("admin"));
  const other = await addInstitution(t, FOREIGN, ["coordinator"]);
  foreignUserId = (await other.signIn("coordinator")).user.id;
  const [dept] = await t.deps.db
    .insert(departments)
    .values({ institutionId: other.id, nameJa: `${FOREIGN}学部`, nameEn: `${FOREIGN} Faculty` })
    .returning();
  foreignDepartmentId = dept!.id;
});
afterAll(() => t.close());

async function rowCounts() {
  const [p] = await t.deps.db.select({ n: count() }).from(partners);
  const [a] = await t.deps.db.select({ n: count() }).from(auditEvents);
  return { partners: p!.n, audit: a!.n };
}

/** A 400 naming `field`, with no foreign name in it. */
function refusedOn(res: { status: number; json: any; text: string }, field: string) {
  expect(res.status, res.text).toBe(400);
  expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
  expect(res.text).not.toContain(FOREIGN);
}

describe("ids in a body must belong to the caller's institution (item 7)", () => {
  it("refuses another institution's user or department, and a random UUID, with 400 naming the field", async () => {
    const before = await rowCounts();
    for (const id of [foreignUserId, randomUUID()]) {
      refusedOn(await coord.post("/api/v1/partners", { ...samplePartner, ownerUserId: id }), "ownerUserId");
      refusedOn(
        await coord.post("/api/v1/visitors", {
          kind: "visiting_researcher",
          fullName: "Test Visitor",
          homeOrganisation: "X",
          homeCountry: "US",
          purpose: "x",
          stayFrom: "2026-12-01",
          stayUntil: "2026-12-10",
          hostUserId: id,
          declaration: { nationality: "US" },
        }),
        "hostUserId",
      );
      refusedOn(await officer.post("/api/v1/licences", { title: "x", holderUserId: id }), "holderUserId");
      refusedOn(
        await admin.post("/api/v1/users", {
          email: `u-${randomUUID()}@demo.renkei.example`,
          displayName: "x",
          role: "researcher",
          password: "a-long-passphrase-2026",
          departmentId: id === foreignUserId ? foreignDepartmentId : id,
        }),
        "departmentId",
      );
    }
    const partnerId = await newPartner(coord);
    refusedOn(
      await coord.post(`/api/v1/partners/${partnerId}/contacts`, {
        kind: "meeting",
        occurredOn: "2026-11-01",
        title: "x",
        staffIds: [foreignUserId],
      }),
      "staffIds",
    );
    const caseId = await newCase(coord, (await t.signIn(email("researcher"))).user.id, [partnerId]);
    refusedOn(
      await coord.post(`/api/v1/cases/${caseId}/tasks`, { title: "x", assigneeId: foreignUserId }),
      "assigneeId",
    );
    refusedOn(
      await coord.post("/api/v1/cases", {
        kind: "joint_research",
        title: "x",
        piUserId: null,
        departmentIds: [foreignDepartmentId],
        field: { area: "nanotech_materials", emergingTech: [], keywords: [] },
        partnerIds: [randomUUID()],
      }),
      "departmentIds",
    );
    const after = await rowCounts();
    // Only the partner and case made on purpose (and their audit events) were written.
    expect(after.partners).toBe(before.partners + 1);
  });

  it("the auditor and the admin cannot comment on a 取引審査; the officer can", async () => {
    const reviewId = (await officer.get("/api/v1/export-control/reviews")).json.items[0].id;
    const auditor = await t.signIn(email("auditor"));
    for (const who of [auditor, admin]) {
      expect(
        (await who.post(`/api/v1/export-control/reviews/${reviewId}/comments`, { comment: "x" })).status,
      ).toBe(403);
    }
    expect(
      (await officer.post(`/api/v1/export-control/reviews/${reviewId}/comments`, { comment: "確認" })).status,
    ).toBe(200);
  });
});

/** A body that streams `total` bytes in 256 KB chunks and counts how many the server pulled. */
function streamedBody(total: number, prefix = new Uint8Array()) {
  const chunk = new Uint8Array(256 * 1024).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0 && prefix.length) {
        sent += prefix.length;
        controller.enqueue(prefix);
      } else if (sent >= total) {
        controller.close();
      } else {
        sent += chunk.length;
        controller.enqueue(chunk);
      }
    },
  });
  return { body, pulled: () => sent };
}

describe("limits before parsing (item 8)", () => {
  it("cuts off a 300 MB anonymous sign-in body after the first megabyte", async () => {
    const s = streamedBody(300 * 1024 * 1024);
    const res = await t.app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: s.body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).error.code).toBe("TOO_LARGE");
    expect(s.pulled()).toBeLessThan(4 * 1024 * 1024);
  });

  it("stops reading a 200 MB case document at the 10 MB limit, while it streams", async () => {
    const partnerId = await newPartner(coord);
    const caseId = await newCase(coord, (await t.signIn(email("researcher"))).user.id, [partnerId]);
    const boundary = "----renkei";
    const head = new TextEncoder().encode(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.pdf"\r\n` +
        "content-type: application/pdf\r\n\r\n%PDF-",
    );
    const s = streamedBody(200 * 1024 * 1024, head);
    const res = await t.app.request(`/api/v1/cases/${caseId}/documents`, {
      method: "POST",
      headers: {
        cookie: coord.cookie,
        "x-csrf-token": coord.csrf,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      body: s.body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(s.pulled()).toBeLessThan(13 * 1024 * 1024);
  });

  it("keeps large facts out of the audit log: over the body limit 413, over the facts bound 400", async () => {
    const before = await rowCounts();
    const huge = await coord.post("/api/v1/export-control/assess", { notes: "x".repeat(3 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const big = await coord.post("/api/v1/export-control/reviews", {
      title: "facts",
      facts: { notes: "x".repeat(200_000) },
    });
    expect(big.status).toBe(400);
    expect(big.json.error.details.issues[0].path).toBe("facts");
    expect((await rowCounts()).audit).toBe(before.audit);
  });

  it("refuses deep nesting, malformed JSON, NUL characters and year 0000 with 400", async () => {
    const before = await rowCounts();
    const deep = `${"[".repeat(50_000)}"x"${"]".repeat(50_000)}`;
    const nested = await t.app.request("/api/v1/partners", {
      method: "POST",
      headers: { cookie: coord.cookie, "x-csrf-token": coord.csrf, "content-type": "application/json" },
      body: JSON.stringify({ ...samplePartner, notes: "@" }).replace('"@"', deep),
    });
    expect(nested.status).toBe(400);
    expect(((await nested.json()) as any).error.details.issues[0].message).toBe("validation.too_deep");
    const malformed = await t.app.request("/api/v1/partners", {
      method: "POST",
      headers: { cookie: coord.cookie, "x-csrf-token": coord.csrf, "content-type": "application/json" },
      body: '{"legalName": "x",',
    });
    expect(malformed.status).toBe(400);
    const nul = await coord.post("/api/v1/partners", { ...samplePartner, legalName: "株式会社\u0000テスト" });
    expect(nul.status).toBe(400);
    expect(nul.json.error.details.issues[0]).toEqual({
      path: "legalName",
      message: "validation.unstorable_character",
    });
    expect((await coord.get("/api/v1/partners?q=%00")).status).toBe(400);
    const partnerId = await newPartner(coord);
    const year0 = await coord.post(`/api/v1/partners/${partnerId}/contacts`, {
      kind: "meeting",
      occurredOn: "0000-01-01",
      title: "x",
    });
    expect(year0.status).toBe(400);
    const after = await rowCounts();
    expect(after.partners).toBe(before.partners + 1);
  });

  it("answers Origin: null with a clear 403, not a 500", async () => {
    const res = await coord.post("/api/v1/partners", samplePartner, { origin: "null" });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("CSRF_FAILED");
  });

  it("types case documents by content: a renamed executable is refused, a real PDF is stored as PDF", async () => {
    const partnerId = await newPartner(coord);
    const caseId = await newCase(coord, (await t.signIn(email("researcher"))).user.id, [partnerId]);
    const send = (name: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.set("file", new File([bytes], name, { type: "application/pdf" }));
      return coord.post(`/api/v1/cases/${caseId}/documents`, form);
    };
    const exe = await send("contract.pdf", new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]));
    expect(exe.status).toBe(400);
    expect(exe.json.error.details.issues[0].message).toBe("validation.file_type");
    expect((await send("notes.txt", new Uint8Array([0x41, 0x00, 0xff]))).status).toBe(400);
    expect((await send("tool.exe", new TextEncoder().encode("hello"))).status).toBe(400);
    // A readable PDF: downloads of classified documents are stamped (issue 12), which needs a real one.
    const real = await PDFDocument.create();
    real.addPage();
    const pdf = await send("nda.pdf", await real.save());
    expect(pdf.status).toBe(201);
    const down = await coord.get(`/api/v1/cases/${caseId}/documents/${pdf.json.id}`);
    expect(down.headers.get("content-type")).toBe("application/pdf");
  });

  it("answers broken list files of every format with a 4xx and imports nothing", async () => {
    const [before] = await t.deps.db.select({ n: count() }).from(screeningListVersions);
    const broken: [string, Uint8Array][] = [
      ["empty.csv", new Uint8Array()],
      ["binary.xml", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13])],
      ["truncated.xml", new TextEncoder().encode("<?xml version='1.0'?><sdnList><sdnEntry><uid>1")],
      ["garbage.txt", new TextEncoder().encode('"\u0000,,"\n"""\r\n\u0000')],
      ["fake.xlsx", new TextEncoder().encode("not a spreadsheet")],
      ["x.json", new TextEncoder().encode('{"id": [')],
    ];
    for (const format of LIST_FORMATS) {
      for (const [name, bytes] of broken) {
        const form = new FormData();
        form.set("format", format);
        form.set("name", `broken ${format}`);
        form.append("files", new Blob([bytes]), name);
        const res = await officer.post("/api/v1/screening/lists/import?mode=commit", form);
        expect(res.status, `${format} ${name}: ${res.text}`).toBeLessThan(500);
        expect(res.status, `${format} ${name}`).toBeGreaterThanOrEqual(400);
      }
    }
    const [after] = await t.deps.db.select({ n: count() }).from(screeningListVersions);
    expect(after!.n).toBe(before!.n);
  });
});

describe("headers and exports (item 10)", () => {
  it("sends CSP, Referrer-Policy and nosniff everywhere; HSTS only with secure cookies", async () => {
    const plain = await t.app.request("/healthz");
    expect(plain.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(plain.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(plain.headers.get("referrer-policy")).toBe("same-origin");
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const secure = createApp(
      { ...t.deps, config: { ...t.deps.config, secureCookies: true } },
      { webDir: null },
    );
    expect((await secure.request("/healthz")).headers.get("strict-transport-security")).toMatch(
      /max-age=\d+/,
    );
    // The API docs load their script from a file, so the policy needs no inline scripts.
    expect(await (await t.app.request("/api/docs")).text()).not.toMatch(/<script>[^<]/);
  });

  it("neutralises full-width ＝＋－＠ in the CSV export", async () => {
    await newPartner(coord, { legalName: '＝HYPERLINK("http://x")', nameEn: "＠SUM(A1)" });
    const csv = (await coord.get("/api/v1/partners/export?format=csv")).text;
    expect(csv).toContain("'＝HYPERLINK");
    expect(csv).toContain("'＠SUM(A1)");
  });

  it("shows no platform-wide job counts to an institution's admin", async () => {
    await t.deps.db.execute(
      // A run as the scheduler records it, with counts that span every institution.
      (await import("drizzle-orm")).sql`insert into job_runs (name, started_at, finished_at, ok, summary)
        values ('mail.deliver', now(), now(), true, '12 sent (all institutions)')`,
    );
    const runs = (await admin.get("/api/v1/jobs/runs")).json.items;
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r: { summary: string | null }) => r.summary === null)).toBe(true);
  });
});

describe("unknown references never give a 500 (item 11)", () => {
  it("a random UUID anywhere in a body is a 400", async () => {
    const partnerId = await newPartner(coord);
    const res = await coord.post("/api/v1/people", { name: "X", partnerId: randomUUID() });
    expect(res.status).toBe(400);
    const move = await coord.post(`/api/v1/partners/${partnerId}/merge`, { duplicateId: randomUUID() });
    expect(move.status).toBeLessThan(500);
    const [row] = await t.deps.db.select().from(partners).where(eq(partners.id, partnerId));
    expect(row?.mergedIntoId).toBeNull();
  });
});

describe("webhooks only to public receivers (item 9)", () => {
  const hook = (url: string) => admin.post("/api/v1/webhooks", { url, events: ["trip.submitted"] });

  it("refuses loopback, private, link-local, multicast and mapped addresses, and names resolving there", async () => {
    for (const url of [
      "http://127.0.0.1:5432/",
      "http://10.1.2.3/hook",
      "http://172.20.0.1/",
      "http://192.168.1.10/",
      "http://169.254.169.254/latest/meta-data/",
      "http://100.64.0.1/",
      "http://224.0.0.1/",
      "http://0.0.0.0:3000/",
      "http://[::1]/",
      "http://[fe80::1]/",
      "http://[fd00::1]/",
      "http://[ff02::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://localhost:3000/",
      "http://user:pw@93.184.215.14/",
    ]) {
      const res = await hook(url);
      expect(res.status, url).toBe(400);
      expect(res.json.error.details.issues[0].path, url).toBe("url");
    }
    expect((await hook("https://93.184.215.14/hook")).status).toBe(201);
  });

  it("allows an on-premise receiver named in RENKEI_WEBHOOK_ALLOWED_HOSTS", async () => {
    const saved = t.deps.config;
    t.deps.config = { ...saved, webhookAllowedHosts: ["10.20.0.0/16", "localhost"] };
    try {
      expect((await hook("http://10.20.3.4/renkei")).status).toBe(201);
      expect((await hook("http://localhost:9/renkei")).status).toBe(201);
      expect((await hook("http://10.21.0.1/renkei")).status).toBe(400);
    } finally {
      t.deps.config = saved;
    }
  });

  it("a delivery error says what failed, not which internal port answered", async () => {
    const saved = t.deps.config;
    t.deps.config = { ...saved, webhookAllowedHosts: ["127.0.0.1"] };
    try {
      const sub = (await hook("http://127.0.0.1:9/closed")).json.item;
      await admin.post(`/api/v1/webhooks/${sub.id}/ping`);
      await deliverWebhooks(t.deps, new Date("2026-11-21T03:00:00Z"));
      t.deps.config = saved;
      // The allow-list was narrowed meanwhile: the next attempt is refused before connecting.
      const other = (await hook("https://93.184.215.14/x")).json.item;
      await t.deps.db
        .update(webhookSubscriptions)
        .set({ url: "http://127.0.0.1:9/closed" })
        .where(eq(webhookSubscriptions.id, other.id));
      await admin.post(`/api/v1/webhooks/${other.id}/ping`);
      await deliverWebhooks(t.deps, new Date("2026-11-21T03:00:00Z"));
      const first = (await admin.get(`/api/v1/webhooks/${sub.id}/deliveries`)).json.items[0];
      const second = (await admin.get(`/api/v1/webhooks/${other.id}/deliveries`)).json.items[0];
      expect(first.lastError).toBe("Could not connect to the receiver");
      expect(second.lastError).toMatch(/not public/);
      for (const d of [first, second]) {
        expect(d.lastError).not.toMatch(/127\.0\.0\.1|:9\b|ECONN/);
      }
      const audit = (await admin.get(`/api/v1/audit?entityType=webhook&entityId=${sub.id}`)).json.items;
      expect(audit.map((e: { action: string }) => e.action)).toContain("webhook.pinged");
    } finally {
      t.deps.config = saved;
    }
  });

  it("checks the address actually connected to, so a DNS answer that changes is caught", async () => {
    const policy = outboundPolicy([]);
    let answer = "93.184.215.14";
    const resolver = async () => [{ address: answer, family: 4 }];
    await expect(
      assertWebhookTarget("https://hooks.example.com/x", policy, resolver),
    ).resolves.toBeUndefined();
    answer = "10.0.0.7";
    const lookup = guardedLookup(policy, resolver);
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      lookup("hooks.example.com", { all: true }, (e) => resolve(e)),
    );
    expect(err?.code).toBe("E_NOT_PUBLIC");
  });
});

describe("partner search under load (item 12): same answers from the faster query", () => {
  it("finds one- and two-character terms through the short-gram index, as LIKE would", async () => {
    await newPartner(coord, { legalName: "株式会社東芝テスト工業", nameEn: "Toshiba Test Kogyo" });
    for (const q of ["芝", "東芝", "ｔｏ", "o"]) {
      const res = await coord.get(`/api/v1/partners?q=${encodeURIComponent(q)}&pageSize=200`);
      expect(res.status).toBe(200);
      expect(
        res.json.items.some((p: { legalName: string }) => p.legalName === "株式会社東芝テスト工業"),
        q,
      ).toBe(true);
    }
    const none = await coord.get(`/api/v1/partners?q=${encodeURIComponent("芝犬")}`);
    expect(none.json.total).toBe(0);
  });

  it("caps the count of a broad search and still pages in name order", async () => {
    const [demo] = await t.deps.db.select().from(partners).limit(1);
    const { partnerSearchKey } = await import("@renkei/domain");
    const rows = Array.from({ length: 1_050 }, (_, i) => {
      const legalName = `Broadword Trading ${String(i).padStart(4, "0")}`;
      return {
        institutionId: demo!.institutionId,
        legalName,
        type: "company",
        country: "US",
        aliases: [],
        searchKey: partnerSearchKey([legalName]),
      };
    });
    for (let i = 0; i < rows.length; i += 500) {
      await t.deps.db.insert(partners).values(rows.slice(i, i + 500));
    }
    const page = await coord.get("/api/v1/partners?q=broadword&pageSize=25&page=2");
    expect(page.json.total).toBe(1_000);
    expect(page.json.totalCapped).toBe(true);
    expect(page.json.items.map((p: { legalName: string }) => p.legalName)).toEqual(
      rows.slice(25, 50).map((r) => r.legalName),
    );
    const narrow = await coord.get("/api/v1/partners?q=broadword%20trading%2000");
    expect(narrow.json).toMatchObject({ total: 100, totalCapped: false });
  });
});
