// The CLI as scripts use it (issue 3 "Interfaces"): `renkei screen batch --list …` without any
// database, and `renkei lists import` / `lists list` / `screen` against a database.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { groupListArgs } from "../../src/features/screening/batch-file";
import { hasRealLists, LISTS_DIR } from "./support";

const run = promisify(execFile);
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bin/renkei.js");
const dir = mkdtempSync(path.join(tmpdir(), "renkei-screen-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function renkei(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, RENKEI_DATA_DIR: path.join(dir, "db"), LOG_LEVEL: "silent", ...env },
    maxBuffer: 50 * 1024 * 1024,
  });
}

const WATCH = `id,name,aliases,country,type,notes
F-1,Vorlane Fictive Optics,ヴォルレーン光学;沃兰光学有限公司,CN,organization,
F-2,Istrani Fict Rocketry,,IR,organization,
`;
const QUERIES = `id,name,country
q1,Vorlane Fictive Optics Co. Ltd.,CN
q2,ヴォルレーン光学株式会社,
q3,Completely Different Bakery,
`;

describe("groupListArgs", () => {
  it("gives each format the files before it (OFAC: three files, one list)", () => {
    const specs = groupListArgs([
      { kind: "file", value: "sdn.csv" },
      { kind: "file", value: "alt.csv" },
      { kind: "file", value: "add.csv" },
      { kind: "format", value: "ofac" },
      { kind: "file", value: "own.csv" },
      { kind: "format", value: "csv" },
    ]);
    expect(specs).toEqual([
      { format: "ofac", files: ["sdn.csv", "alt.csv", "add.csv"] },
      { format: "csv", files: ["own.csv"] },
    ]);
  });

  it("refuses a list file without any format", () => {
    expect(() => groupListArgs([{ kind: "file", value: "x.csv" }])).toThrow(/--list-format/);
  });
});

describe("renkei screen batch --list (no database)", () => {
  it("writes one line per query with matches ordered by score", async () => {
    writeFileSync(path.join(dir, "watch.csv"), WATCH);
    writeFileSync(path.join(dir, "queries.csv"), QUERIES);
    const { stdout } = await renkei(
      [
        "screen",
        "batch",
        "--input",
        "queries.csv",
        "--output",
        "results.jsonl",
        "--list",
        "watch.csv",
        "--list-format",
        "csv",
      ],
      { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
    );
    expect(stdout).toContain("Screened 3 name(s): 2 with a match");
    const lines = readFileSync(path.join(dir, "results.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["q1", "q2", "q3"]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(["id", "matches"]);
      for (const m of line.matches) {
        expect(Object.keys(m)).toEqual(["list", "sourceId", "name", "score", "isMatch", "explanation"]);
      }
      const scores = line.matches.map((m: { score: number }) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    expect(lines[0].matches[0]).toMatchObject({ list: "watch", sourceId: "F-1", isMatch: true });
    expect(lines[1].matches[0]).toMatchObject({ sourceId: "F-1", name: "ヴォルレーン光学", isMatch: true });
    expect(lines[2].matches.some((m: { isMatch: boolean }) => m.isMatch)).toBe(false);
  }, 60_000);

  it.skipIf(!hasRealLists)(
    "reads OFAC's three files as one list",
    async () => {
      writeFileSync(path.join(dir, "q2.csv"), "id,name\nbnc,Banco Nacional de Cuba\n");
      const ofac = (f: string) => ["--list", path.join(LISTS_DIR, "ofac", f)];
      await renkei([
        "screen",
        "batch",
        "--input",
        "q2.csv",
        "--output",
        "r2.jsonl",
        ...ofac("sdn.csv"),
        ...ofac("alt.csv"),
        ...ofac("add.csv"),
        "--list-format",
        "ofac",
      ]);
      const [line] = readFileSync(path.join(dir, "r2.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(line.matches[0]).toMatchObject({ list: "ofac", sourceId: "306", isMatch: true });
    },
    60_000,
  );
});

describe("renkei lists import / lists list / screen (database)", () => {
  it("imports a version, prints counts and diff, lists it, and screens a name", async () => {
    await renkei(["db", "seed", "--demo"]);
    writeFileSync(path.join(dir, "watch.csv"), WATCH);
    const first = await renkei(["lists", "import", "--format", "csv", "--name", "CLI list", "watch.csv"]);
    expect(first.stdout).toMatch(
      /Imported CLI list version 1 .* for demo: 2 entries; added 2, changed 0, removed 0/,
    );
    expect(first.stdout).toMatch(/sha256 [0-9a-f]{64}/);
    expect(first.stdout).toMatch(/re-screened \d+ partners\/people/);
    expect(first.stderr).toContain("stored 2/2 entries");
    writeFileSync(path.join(dir, "watch2.csv"), `${WATCH}F-3,Nandor Fict Labs,,KP,organization,\n`);
    const second = await renkei(["lists", "import", "--format", "csv", "--name", "CLI list", "watch2.csv"]);
    expect(second.stdout).toContain("version 2");
    expect(second.stdout).toContain("added 1, changed 0, removed 0");
    const listed = await renkei(["lists", "list"]);
    expect(listed.stdout).toMatch(/CLI list {2}\[csv\] {2}version 2 .*, 3 entries, 2 version\(s\)/);
    const screened = await renkei(["screen", "Vorlane Fictive Optics", "--country", "CN", "--json"]);
    const result = JSON.parse(screened.stdout);
    expect(result.matches[0]).toMatchObject({ list: "CLI list", sourceId: "F-1", isMatch: true });
    const text = await renkei(["screen", "Vorlane Fictive Optics"]);
    expect(text.stdout).toMatch(/MATCH 1\.000 {2}Vorlane Fictive Optics {2}\[CLI list F-1\]/);
  }, 180_000);
});
