import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, email, samplePartner, type TestUser } from "./harness";

let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
});
afterAll(() => t.close());

describe("partner registry", () => {
  let id: string;

  it("creates a partner and finds it by Japanese, English, romanised, alias and corporate number", async () => {
    const res = await coord.post("/api/v1/partners", samplePartner);
    expect(res.status).toBe(201);
    id = res.json.id;
    for (const q of ["テスト精機", "てすと精機", "test seiki", "TESUTO", "テストセイキ", "7000012050002"]) {
      const list = await coord.get(`/api/v1/partners?q=${encodeURIComponent(q)}`);
      expect(
        list.json.items.map((p: { id: string }) => p.id),
        q,
      ).toContain(id);
    }
    const none = await coord.get(`/api/v1/partners?q=${encodeURIComponent("存在しない会社")}`);
    expect(none.json.total).toBe(0);
  });

  it("filters by country, type and risk flags, and paginates", async () => {
    const cn = await coord.get("/api/v1/partners?country=CN&pageSize=100");
    expect(cn.json.total).toBeGreaterThan(2);
    expect(cn.json.items.every((p: { country: string }) => p.country === "CN")).toBe(true);
    const soe = await coord.get("/api/v1/partners?risk=state_owned,foreign_government_control&pageSize=100");
    expect(soe.json.items.length).toBeGreaterThan(0);
    for (const p of soe.json.items) {
      expect(p.riskFlags).toEqual(expect.arrayContaining(["state_owned", "foreign_government_control"]));
    }
    const page1 = await coord.get("/api/v1/partners?pageSize=10&page=1");
    const page2 = await coord.get("/api/v1/partners?pageSize=10&page=2");
    expect(page1.json.items).toHaveLength(10);
    expect(page1.json.total).toBeGreaterThan(50);
    expect(page2.json.items[0].id).not.toBe(page1.json.items[0].id);
  });

  it("reports field-level validation errors and saves nothing", async () => {
    const before = (await coord.get("/api/v1/partners?pageSize=1")).json.total;
    const res = await coord.post("/api/v1/partners", {
      ...samplePartner,
      legalName: "",
      corporateNumber: "1234567890123",
      country: "Japan",
      website: "not a url",
    });
    expect(res.status).toBe(400);
    const fields = res.json.error.details.issues.map((i: { path: string }) => i.path);
    expect(fields).toEqual(expect.arrayContaining(["legalName", "corporateNumber", "country", "website"]));
    expect((await coord.get("/api/v1/partners?pageSize=1")).json.total).toBe(before);
  });

  it("edits with optimistic concurrency and audits before / after", async () => {
    const detail = (await coord.get(`/api/v1/partners/${id}`)).json;
    const ok = await coord.put(`/api/v1/partners/${id}`, {
      version: detail.version,
      partner: { ...samplePartner, notes: "更新" },
    });
    expect(ok.status).toBe(200);
    const stale = await coord.put(`/api/v1/partners/${id}`, {
      version: detail.version,
      partner: samplePartner,
    });
    expect(stale.status).toBe(409);
    const auditor = await t.signIn(email("auditor"));
    const log = await auditor.get(`/api/v1/audit?entityType=partner&entityId=${id}&action=partner.updated`);
    expect(log.json.items).toHaveLength(1);
    expect(log.json.items[0].before.notes).toBe("");
    expect(log.json.items[0].after.notes).toBe("更新");
  });

  it("warns of duplicates across scripts and by corporate number", async () => {
    const byName = await coord.post("/api/v1/partners/duplicates", {
      legalName: "さくら精機(株)",
      country: "JP",
    });
    expect(byName.json.candidates[0].legalName).toBe("株式会社さくら精機");
    const byCorp = await coord.post("/api/v1/partners/duplicates", {
      legalName: "全然違う名前",
      corporateNumber: "7000012050002",
    });
    expect(byCorp.json.candidates.map((c: { id: string }) => c.id)).toContain(id);
    expect(byCorp.json.candidates[0].reasons[0].ruleId).toBe("DUP-CORPNO-SAME");
  });

  it("records contacts (restricted ones hidden from others) and credit checks that drive risk flags", async () => {
    const researcher = await t.signIn(email("researcher"));
    const secret = await coord.post(`/api/v1/partners/${id}/contacts`, {
      kind: "donation",
      occurredOn: "2026-10-01",
      title: "寄附の相談",
      visibility: "restricted",
    });
    expect(secret.status).toBe(201);
    await coord.post(`/api/v1/partners/${id}/contacts`, {
      kind: "meeting",
      occurredOn: "2026-10-02",
      title: "定例面談",
    });
    const seenByResearcher = (await researcher.get(`/api/v1/partners/${id}`)).json.contacts.map(
      (c: { title: string }) => c.title,
    );
    expect(seenByResearcher).toEqual(["定例面談"]);
    const seenByCoord = (await coord.get(`/api/v1/partners/${id}`)).json.contacts.map(
      (c: { title: string }) => c.title,
    );
    expect(seenByCoord).toEqual(expect.arrayContaining(["定例面談", "寄附の相談"]));

    expect((await coord.get(`/api/v1/partners/${id}`)).json.riskFlags).toContain("credit_missing");
    const credit = await coord.post(`/api/v1/partners/${id}/credit-checks`, {
      checkedOn: "2026-11-01",
      sources: "信用調査レポート",
      result: "caution",
      expiresOn: "2027-11-01",
    });
    expect(credit.status).toBe(201);
    const flags = (await coord.get(`/api/v1/partners/${id}`)).json.riskFlags;
    expect(flags).toContain("credit_caution");
    expect(flags).not.toContain("credit_missing");
    const bad = await coord.post(`/api/v1/partners/${id}/credit-checks`, {
      checkedOn: "2026-11-01",
      sources: "x",
      result: "clear",
      expiresOn: "2026-01-01",
    });
    expect(bad.status).toBe(400);
  });

  it("merges a duplicate, keeping its history and names", async () => {
    const dup = await coord.post("/api/v1/partners", {
      ...samplePartner,
      legalName: "テスト精機株式会社",
      corporateNumber: null,
      aliases: [],
    });
    await coord.post(`/api/v1/partners/${dup.json.id}/contacts`, {
      kind: "event",
      occurredOn: "2026-09-01",
      title: "展示会で名刺交換",
    });
    const res = await coord.post(`/api/v1/partners/${id}/merge`, { duplicateId: dup.json.id });
    expect(res.status).toBe(200);
    const survivor = (await coord.get(`/api/v1/partners/${id}`)).json;
    expect(survivor.aliases).toContain("テスト精機株式会社");
    expect(survivor.contacts.map((c: { title: string }) => c.title)).toContain("展示会で名刺交換");
    const tomb = (await coord.get(`/api/v1/partners/${dup.json.id}`)).json;
    expect(tomb.mergedIntoId).toBe(id);
    const list = await coord.get(`/api/v1/partners?q=${encodeURIComponent("テスト精機")}`);
    expect(list.json.items.map((p: { id: string }) => p.id)).not.toContain(dup.json.id);
  });

  it("keeps a person's affiliation history when they move", async () => {
    const other = (await coord.get("/api/v1/partners?country=DE&pageSize=1")).json.items[0].id;
    const person = await coord.post("/api/v1/people", {
      name: "試験 太郎",
      partnerId: id,
      role: "部長",
      startedOn: "2024-04-01",
    });
    expect(person.status).toBe(201);
    await coord.post(`/api/v1/people/${person.json.id}/move`, {
      partnerId: other,
      role: "CTO",
      movedOn: "2026-04-01",
    });
    const p = (await coord.get(`/api/v1/people/${person.json.id}`)).json;
    expect(p.affiliations).toHaveLength(2);
    const old = p.affiliations.find((a: { partnerId: string }) => a.partnerId === id);
    expect(old.endedOn).toBe("2026-04-01");
    expect((await coord.get(`/api/v1/people?q=${encodeURIComponent("試験")}`)).json.items).toHaveLength(1);
  });
});

describe("import and export", () => {
  const csvFile = (text: string, name = "partners.csv") => {
    const form = new FormData();
    form.append("file", new File([text], name, { type: "text/csv" }));
    return form;
  };

  it("previews row errors and refuses to commit any row when one is bad", async () => {
    const csv =
      "正式名称,英語名,種別,国・地域,法人番号\n株式会社インポート一号,Import One,企業,JP,\n,Missing Name,company,US,\n株式会社インポート二号,,unknown-type,JP,123\n";
    const preview = await coord.post("/api/v1/partners/import?mode=preview", csvFile(csv));
    expect(preview.status).toBe(200);
    expect(preview.json.valid).toBe(1);
    const rows = preview.json.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`);
    expect(rows).toEqual(expect.arrayContaining(["3:legalName", "4:type", "4:corporateNumber"]));
    const commit = await coord.post("/api/v1/partners/import?mode=commit", csvFile(csv));
    expect(commit.status).toBe(422);
    expect(commit.json.error.code).toBe("IMPORT_FAILED");
    const found = await coord.get(`/api/v1/partners?q=${encodeURIComponent("インポート一号")}`);
    expect(found.json.total).toBe(0);
  });

  it("commits a clean CSV and an .xlsx, and round-trips its own export", async () => {
    const csv =
      "legalName,nameEn,type,country,aliases,foreignGovControl\nImport Alpha GmbH,Import Alpha,company,DE,Alpha;IA,はい\n";
    const commit = await coord.post("/api/v1/partners/import?mode=commit", csvFile(csv));
    expect(commit.status).toBe(200);
    expect(commit.json.created).toBe(1);
    const alpha = (await coord.get("/api/v1/partners?q=alpha")).json.items[0];
    expect(alpha.riskFlags).toContain("foreign_government_control");

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["正式名称", "種別", "国・地域"]);
    ws.addRow(["エクセル取込株式会社", "ベンチャー", "JP"]);
    const form = new FormData();
    form.append("file", new File([new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)], "p.xlsx"));
    const x = await coord.post("/api/v1/partners/import?mode=commit", form);
    expect(x.status).toBe(200);
    expect(
      (await coord.get(`/api/v1/partners?q=${encodeURIComponent("エクセル取込")}`)).json.items[0].type,
    ).toBe("venture");

    const exported = await coord.get("/api/v1/partners/export?format=csv&country=DE");
    expect(exported.headers.get("content-type")).toMatch(/text\/csv/);
    expect(exported.text).toContain("Import Alpha GmbH");
    const again = await coord.post("/api/v1/partners/import?mode=preview", csvFile(exported.text));
    expect(again.json.errors).toEqual([]);
    expect(again.json.duplicates.length).toBe(again.json.valid);

    const xlsx = await t.app.request("/api/v1/partners/export?format=xlsx", {
      headers: { cookie: coord.cookie },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    expect(book.worksheets[0]!.rowCount).toBeGreaterThan(50);
  });

  it("numbers errors by spreadsheet row even after a blank line", async () => {
    const csv = "正式名称,種別,国・地域\n株式会社空行前,企業,JP\n\n株式会社空行後,企業,XX1\n";
    const preview = await coord.post("/api/v1/partners/import?mode=preview", csvFile(csv));
    expect(preview.json.rows).toBe(2);
    expect(preview.json.errors).toEqual([expect.objectContaining({ row: 4, field: "country" })]);
  });

  it("rejects a file that is not a spreadsheet with a clear error", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array([0x50, 0x4b, 1, 2, 3])], "broken.xlsx"));
    const res = await coord.post("/api/v1/partners/import?mode=preview", form);
    expect(res.status).toBe(422);
    expect(res.json.error.details.reason).toBe("unreadable");
  });
});
