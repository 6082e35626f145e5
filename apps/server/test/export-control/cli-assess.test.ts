import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, runAssessCommand } from "../../src/cli/export-assess";
import { createTestApp } from "../harness";
import { fictionalEulLookup } from "./eul-lookup";

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bin/renkei.js");
const dir = mkdtempSync(path.join(tmpdir(), "renkei-assess-"));

// spec §10 C04 (visiting researcher, month 8 → resident but T1 → licence).
const C04 = {
  asOf: "2026-01-15",
  activity: "technology_provision",
  recipient: {
    nationality: "CN",
    employedInJapan: false,
    employerCountry: "CN",
    entryDate: "2025-05-01",
    tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
  },
  provision: { place: "JP", channels: ["in_person"] },
  item: { listItem: "10", published: false, purpose: "other" },
};

function file(name: string, content: string) {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    readFile: (p: string) => readFileSync(p, "utf8"),
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    today: () => "2026-11-21",
  };
  return io;
}

describe("renkei export-control assess (function)", () => {
  it("prints a readable summary: outcome, residency, 特定類型, reasons with sources, data versions", async () => {
    const io = capture();
    expect(await runAssessCommand({ input: file("c04.json", JSON.stringify(C04)) }, io)).toBe(0);
    expect(io.out).toContain("LICENCE_REQUIRED — 許可が必要 / Licence required");
    expect(io.out).toContain("RESIDENT（居住者）");
    expect(io.out).toMatch(/特定類型 Tokutei:\s+T1/);
    expect(io.out).toContain(
      "入国後6か月以上経過した外国人は居住者です（財務省「外国為替法令の解釈及び運用について」",
    );
    expect(io.out).toContain("[RES-F2]");
    expect(io.out).toContain("listItems");
  });

  it("--json prints the issue's JSON shape, and --as-of re-runs for another date", async () => {
    const io = capture();
    await runAssessCommand(
      { input: file("c04.json", JSON.stringify(C04)), json: true, asOf: "2025-08-01" },
      io,
    );
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({
      outcome: "LICENCE_REQUIRED",
      exemption: null,
      residency: "NON_RESIDENT",
      tokutei: [],
    });
    expect(result.asOf).toBe("2025-08-01");
  });

  it("--json gives every reason a citation in Japanese and English, neither an internal id", async () => {
    const io = capture();
    await runAssessCommand({ input: file("c04.json", JSON.stringify(C04)), json: true }, io);
    const { reasons } = JSON.parse(io.out) as {
      reasons: {
        ruleId: string;
        sourceId: string;
        text: { ja: string; en: string };
        citation: { ja: string; en: string };
      }[];
    };
    expect(reasons.length).toBeGreaterThan(3);
    const internal = new Set(reasons.flatMap((r) => [r.ruleId, r.sourceId]));
    for (const r of reasons) {
      for (const lang of ["ja", "en"] as const) {
        const citation = r.citation[lang];
        expect(citation, `${r.ruleId} ${lang}`).toMatch(/\S/);
        expect(citation).not.toBe("出典未登録");
        expect(citation).not.toBe("Source not catalogued");
        for (const id of internal) {
          expect(citation).not.toContain(id);
        }
        expect(citation).not.toMatch(/\bS\d{2}\b|spec§|seed\d{3}|\[[RU]\]/);
      }
      expect(r.citation.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(r.citation.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(r.text.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    // The statutes the rules apply, by name: 特定類型 (役務通達) and the provision to a non-resident (外為法25条).
    expect(reasons.map((r) => r.citation.ja).join("\n")).toContain("役務通達1(3)サ");
    expect(reasons.map((r) => r.citation.ja).join("\n")).toContain("外為法第25条第1項");
  });

  it("names every bad field by path and exits 2", async () => {
    const io = capture();
    const bad = {
      recipient: { entryDate: "2025-02-30" },
      item: { listItem: "17" },
      provision: { channels: ["fax"] },
    };
    expect(await runAssessCommand({ input: file("bad.json", JSON.stringify(bad)) }, io)).toBe(2);
    expect(io.err).toContain("invalid facts");
    expect(io.err).toContain("recipient.entryDate:");
    expect(io.err).toContain("item.listItem:");
    expect(io.err).toContain("provision.channels.0:");
    expect(io.out).toBe("");
  });

  it("explains unreadable input: missing file, broken JSON, not an object, bad --as-of", async () => {
    const cases: [string, string | undefined, RegExp][] = [
      [path.join(dir, "missing.json"), undefined, /Cannot read .*missing\.json/],
      [file("broken.json", "{ not json"), undefined, /is not valid JSON/],
      [file("array.json", "[1,2]"), undefined, /\(top level\): expected a JSON object/],
      [file("ok.json", "{}"), "15/01/2026", /--as-of must be a date/],
    ];
    for (const [input, asOf, message] of cases) {
      const io = capture();
      expect(await runAssessCommand({ input, ...(asOf ? { asOf } : {}) }, io)).toBe(2);
      expect(io.err).toMatch(message);
    }
  });
});

describe("renkei export-control assess with End User List screening", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("opens the database only to screen a named end user, then fills the categories", async () => {
    const io = capture();
    let opened = 0;
    const facts = {
      asOf: "2026-01-15",
      activity: "goods_export",
      provision: { destinationCountry: "PK" },
      item: { listItem: "16", hsCode: "9030.20" },
      endUser: { name: "NIAP Northwind Institute of Applied Physics", country: "PK" },
    };
    const open = async () => {
      opened++;
      return { ...t.deps, handle: { ...t.deps.handle, close: async () => undefined } };
    };
    const code = await runAssessCommand(
      { input: file("eul.json", JSON.stringify(facts)), json: true, institution: "demo" },
      io,
      fictionalEulLookup(),
      open,
    );
    expect(code, io.err).toBe(0);
    expect(opened).toBe(1);
    const result = JSON.parse(io.out);
    expect(result.eul).toMatchObject({ source: "screening", categories: ["CW"] });
    expect(result.outcome).toBe("LICENCE_REQUIRED");
    // Categories in the input: no database needed.
    const io2 = capture();
    await runAssessCommand(
      {
        input: file(
          "eul2.json",
          JSON.stringify({ ...facts, endUser: { ...facts.endUser, eulCategories: [] } }),
        ),
      },
      io2,
      fictionalEulLookup(),
      open,
    );
    expect(opened).toBe(1);
  });
});

describe("renkei export-control assess (child process)", () => {
  it("runs through the renkei command", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [BIN, "export-control", "assess", "--input", file("child.json", JSON.stringify(C04)), "--json"],
      { env: { ...process.env, RENKEI_DATA_DIR: path.join(dir, "data") }, timeout: 60_000 },
    );
    expect(JSON.parse(stdout)).toMatchObject({
      outcome: "LICENCE_REQUIRED",
      residency: "RESIDENT",
      tokutei: ["T1"],
    });
  }, 60_000);

  it("exits 2 with the field path on bad input", async () => {
    const run = promisify(execFile)(
      process.execPath,
      [BIN, "export-control", "assess", "--input", file("child-bad.json", '{"asOf":"soon"}')],
      { timeout: 60_000 },
    );
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("asOf:") });
  }, 60_000);
});
