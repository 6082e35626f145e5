// Importers of every format, versioning and the per-version diff (issue 3 "Lists").

import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screeningListEntries, screeningListVersions } from "../../src/db/schema";
import { importList } from "../../src/features/screening/list-import.service";
import { createTestApp, email, type TestUser } from "../harness";
import { bytes, demoInstitutionId, hasRealLists, realFile, upload } from "./support";

let t: Awaited<ReturnType<typeof createTestApp>>;
let officer: TestUser;
let institutionId: string;
const cli = { userId: null, label: "test" };

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn(email("export-control"));
  institutionId = await demoInstitutionId(t.deps.db);
});
afterAll(() => t.close());

async function entriesOf(versionId: string) {
  return t.deps.db.select().from(screeningListEntries).where(eq(screeningListEntries.versionId, versionId));
}

const EUL_HEADER =
  "No.,国名・地域名 Country or Region,企業名・組織名 Company or Organization,別名 Also Known As,懸念区分 Type of WMD,通常兵器 Conventional weapons";

describe("importers (fictional fixtures written here)", () => {
  it("METI EUL from CSV: Japanese name split out, aliases, categories B/C/M/N/CW", async () => {
    const csv = [
      EUL_HEADER,
      '1,架空国 Fictland,Example Aerospace Institute (エグザンプル航空宇宙研究所),EAI・Example Aero,"M, N",',
      "2,架空国 Fictland,Sample Optics Co. Ltd.,,B,CW",
    ].join("\n");
    const res = await upload(officer, { format: "meti-eul", name: "EUL test (csv)" }, [
      { name: "eul.csv", bytes: bytes(csv) },
    ]);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      mode: "commit",
      seq: 1,
      entryCount: 2,
      added: 2,
      changed: 0,
      removed: 0,
    });
    const rows = await entriesOf(res.json.versionId);
    const eai = rows.find((r) => r.sourceId === "1")!;
    expect(eai.primaryName).toBe("Example Aerospace Institute");
    expect(eai.names.map((n) => n.value)).toEqual(
      expect.arrayContaining(["エグザンプル航空宇宙研究所", "EAI", "Example Aero"]),
    );
    expect(eai.categories).toEqual(["M", "N"]);
    expect(rows.find((r) => r.sourceId === "2")!.categories).toEqual(["B", "CW"]);
  });

  it("METI EUL from .xlsx (exceljs)", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("EUL");
    sheet.addRow(EUL_HEADER.split(","));
    sheet.addRow(["1", "架空国 Fictland", "Imaginary Nuclear Works (架空原子力工業)", "INW", "N", ""]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await upload(officer, { format: "meti-eul", name: "EUL test (xlsx)" }, [
      { name: "eul.xlsx", bytes: xlsx },
    ]);
    expect(res.status).toBe(200);
    const [row] = await entriesOf(res.json.versionId);
    expect(row?.primaryName).toBe("Imaginary Nuclear Works");
    expect(row?.categories).toEqual(["N"]);
  });

  it("FollowTheMoney JSON lines: ids kept, weak aliases stored", async () => {
    const ftm = [
      JSON.stringify({
        id: "ftm-fict-1",
        schema: "Company",
        properties: { name: ["Zyxor Fictive Trading"], alias: ["Zyxor FT"], country: ["cn"] },
      }),
      JSON.stringify({ id: "ftm-fict-2", schema: "Person", properties: { name: ["Quillon Marsh"] } }),
    ].join("\n");
    const res = await upload(officer, { format: "ftm", name: "FtM test" }, [
      { name: "e.ftm.json", bytes: bytes(ftm) },
    ]);
    expect(res.json.entryCount).toBe(2);
    const rows = await entriesOf(res.json.versionId);
    expect(rows.map((r) => r.sourceId).sort()).toEqual(["ftm-fict-1", "ftm-fict-2"]);
    expect(rows.find((r) => r.sourceId === "ftm-fict-2")?.schema).toBe("person");
  });

  it("refuses a file without entries and a format change of an existing list", async () => {
    const empty = await upload(officer, { format: "csv", name: "Empty" }, [
      { name: "x.csv", bytes: bytes("id,name\n") },
    ]);
    expect(empty.status).toBe(422);
    expect(empty.json.error.code).toBe("IMPORT_FAILED");
    const mismatch = await upload(officer, { format: "csv", name: "FtM test" }, [
      { name: "w.csv", bytes: bytes("id,name\nX1,Someone Fictional\n") },
    ]);
    expect(mismatch.status).toBe(400);
  });
});

describe("versions and diff", () => {
  const v1 =
    "id,name,aliases,country,type\nA1,Orvane Dynamics,,CN,organization\nA2,Pellucid Rotor Works,,RU,organization\nA3,Quenby Holdings,,IR,organization\n";
  const v2 =
    "id,name,aliases,country,type\nA1,Orvane Dynamics,Orvane Dyn,CN,organization\nA3,Quenby Holdings,,IR,organization\nA4,Rastrel Avionics,,KP,organization\n";
  let listId: string;

  it("stores version 1 with file hash and counts", async () => {
    const res = await upload(
      officer,
      { format: "csv", name: "Diff list", source: "test", versionLabel: "v1" },
      [{ name: "w.csv", bytes: bytes(v1) }],
    );
    expect(res.json).toMatchObject({ seq: 1, versionLabel: "v1", entryCount: 3, added: 3 });
    expect(res.json.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    listId = res.json.listId;
  });

  it("previews version 2 without storing anything", async () => {
    const res = await upload(
      officer,
      { format: "csv", name: "Diff list" },
      [{ name: "w.csv", bytes: bytes(v2) }],
      "preview",
    );
    expect(res.json).toMatchObject({
      mode: "preview",
      versionId: null,
      seq: 2,
      added: 1,
      changed: 1,
      removed: 1,
    });
    const versions = await officer.get(`/api/v1/screening/lists/${listId}/versions`);
    expect(versions.json.versions).toHaveLength(1);
  });

  it("stores version 2 beside version 1 with its added / changed / removed entries", async () => {
    const res = await upload(officer, { format: "csv", name: "Diff list", versionLabel: "v2" }, [
      { name: "w.csv", bytes: bytes(v2) },
    ]);
    expect(res.json).toMatchObject({ seq: 2, added: 1, changed: 1, removed: 1, unchanged: false });
    const versions = await officer.get(`/api/v1/screening/lists/${listId}/versions`);
    expect(versions.json.versions.map((v: { seq: number }) => v.seq)).toEqual([2, 1]);
    const changes = await officer.get(`/api/v1/screening/versions/${res.json.versionId}/changes`);
    const summary = changes.json.items.map((c: { change: string; sourceId: string; fields: string[] }) => [
      c.change,
      c.sourceId,
      c.fields,
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ["added", "A4", []],
        ["changed", "A1", ["names"]],
        ["removed", "A2", []],
      ]),
    );
    expect(changes.json.total).toBe(3);
    const onlyAdded = await officer.get(
      `/api/v1/screening/versions/${res.json.versionId}/changes?change=added`,
    );
    expect(onlyAdded.json.items).toHaveLength(1);
    // The old version keeps its entries.
    const [old] = await t.deps.db
      .select()
      .from(screeningListVersions)
      .where(and(eq(screeningListVersions.listId, listId), eq(screeningListVersions.seq, 1)));
    expect((await entriesOf(old!.id)).map((e) => e.sourceId).sort()).toEqual(["A1", "A2", "A3"]);
    const lists = await officer.get("/api/v1/screening/lists");
    const mine = lists.json.items.find((l: { id: string }) => l.id === listId);
    expect(mine).toMatchObject({ versionCount: 2, latest: { seq: 2, entryCount: 3 } });
  });

  it("does not store an identical file again", async () => {
    const res = await upload(officer, { format: "csv", name: "Diff list" }, [
      { name: "w.csv", bytes: bytes(v2) },
    ]);
    expect(res.json).toMatchObject({ unchanged: true, seq: 2 });
    const versions = await officer.get(`/api/v1/screening/lists/${listId}/versions`);
    expect(versions.json.versions).toHaveLength(2);
  });

  it("keys METI entries on name + country, so renumbering is not a change (§3.1)", async () => {
    const a = [
      EUL_HEADER,
      "1,架空国 Fictland,Alpha Fict Institute,,M,",
      "2,架空国 Fictland,Beta Fict Works,,N,",
    ];
    const b = [
      EUL_HEADER,
      "1,架空国 Fictland,Aardvark Fict Lab,,B,",
      "2,架空国 Fictland,Alpha Fict Institute,,M,",
      '3,架空国 Fictland,Beta Fict Works,,"N, C",',
    ];
    await upload(officer, { format: "meti-eul", name: "EUL renumbered" }, [
      { name: "a.csv", bytes: bytes(a.join("\n")) },
    ]);
    const res = await upload(officer, { format: "meti-eul", name: "EUL renumbered" }, [
      { name: "b.csv", bytes: bytes(b.join("\n")) },
    ]);
    expect(res.json).toMatchObject({ added: 1, changed: 1, removed: 0 });
    const changes = await officer.get(
      `/api/v1/screening/versions/${res.json.versionId}/changes?change=changed`,
    );
    expect(changes.json.items[0]).toMatchObject({
      name: "Beta Fict Works",
      sourceId: "3",
      fields: ["programs", "details"],
    });
  });
});

describe.skipIf(!hasRealLists)("real list files from ../shared/data/lists", () => {
  it("OFAC SDN takes sdn.csv + alt.csv + add.csv together", async () => {
    const r = await importList(
      t.deps,
      institutionId,
      cli,
      {
        format: "ofac",
        name: "OFAC SDN",
        files: [realFile("ofac/sdn.csv"), realFile("ofac/alt.csv"), realFile("ofac/add.csv")],
      },
      { mode: "commit" },
    );
    expect(r.entryCount).toBeGreaterThan(8900);
    const [bnc] = await t.deps.db
      .select()
      .from(screeningListEntries)
      .where(and(eq(screeningListEntries.versionId, r.versionId!), eq(screeningListEntries.sourceId, "306")));
    expect(bnc?.names.map((n) => n.value)).toEqual(["BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA"]);
    expect(bnc?.countries).toContain("Japan");
  }, 120_000);

  it.each([
    ["un-xml", "un/consolidated.xml", 1003],
    ["us-csl", "us-csl/consolidated-sample.csv", 13],
    ["mofa-text", "jp-mofa/third-country-designated.txt", 56],
    ["mofa-text", "jp-mofa/belarus-designated.txt", 27],
  ] as const)(
    "%s: %s → %i entries",
    async (format, file, count) => {
      const r = await importList(
        t.deps,
        institutionId,
        cli,
        { format, name: file, files: [realFile(file)] },
        {
          mode: "commit",
        },
      );
      expect(r.entryCount).toBe(count);
    },
    120_000,
  );

  it("MOFA: the notice's 最終更新日 becomes the version and publication date", async () => {
    const r = await importList(
      t.deps,
      institutionId,
      cli,
      { format: "mofa-text", name: "MOFA third", files: [realFile("jp-mofa/third-country-designated.txt")] },
      { mode: "preview" },
    );
    expect(r.versionLabel).toBe("2025年9月12日");
  });

  it("BIS DPL (tab-separated)", async () => {
    const r = await importList(
      t.deps,
      institutionId,
      cli,
      {
        format: "bis-dpl",
        name: "BIS DPL",
        files: [realFile("us-bis-dpl/dpl.txt")],
      },
      { mode: "commit" },
    );
    expect(r.entryCount).toBeGreaterThan(400);
    const [v] = await t.deps.db
      .select()
      .from(screeningListVersions)
      .where(eq(screeningListVersions.id, r.versionId!));
    expect(v?.publishedOn).toBeNull();
  }, 120_000);
});
