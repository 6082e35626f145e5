import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reason, upgradeReason } from "../shared/decision";
import { allCitations, citationAreas, citationFor } from "./catalogue";

const repo = join(__dirname, "../../../..");
const ROOTS = ["packages/domain/src", "apps/server/src"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      return name === "migrations" ? [] : sourceFiles(p);
    }
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/**
 * The shapes of sourceIds used by the rules: seed sections, spec sections, the export-control register
 * (S01…), research-security rows (J1…), issue references. IP sources are typed keys of IP_SOURCES.
 */
const SOURCE_ID = /^(seed\d{3}\S*|seed-coverage§\S+|spec[§:]\S+|S\d{2}[a-z]?|J\d{1,2}|issue-\d+:\S+)$/;

function sourceIdsInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const root of ROOTS) {
    for (const file of sourceFiles(join(repo, root))) {
      for (const m of readFileSync(file, "utf8").matchAll(/"([^"\n]{2,80})"/g)) {
        const literal = m[1] as string;
        if (SOURCE_ID.test(literal) && !found.has(literal)) {
          found.set(literal, file.slice(repo.length + 1));
        }
      }
    }
  }
  return found;
}

const INTERNAL_ID =
  /seed\d{3}|seed-coverage|spec[§:]|\bS\d{2}[a-z]?\b|\bJ\d{1,2}\b|issue-\d|\[[RU]\]|\b[A-Z]{2,}(-[A-Z0-9]+){1,}\b/;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe("citation catalogue", () => {
  it("has an entry for every sourceId used in the domain and the server", () => {
    const ids = sourceIdsInCode();
    expect(ids.size).toBeGreaterThan(50);
    const missing = [...ids].filter(([id]) => !(id in allCitations())).map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
  });

  it("defines each sourceId in one area file only", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, table] of Object.entries(citationAreas())) {
      for (const id of Object.keys(table)) {
        if (seen.has(id)) {
          twice.push(`${id}: ${seen.get(id)} and ${area}`);
        }
        seen.set(id, area);
      }
    }
    expect(twice).toEqual([]);
  });

  it("cites in Japanese and English without internal ids", () => {
    const bad: string[] = [];
    for (const [id, c] of Object.entries(allCitations())) {
      if (!c.ja.trim() || !c.en.trim()) {
        bad.push(`${id}: empty`);
      }
      if (INTERNAL_ID.test(c.ja) || INTERNAL_ID.test(c.en)) {
        bad.push(`${id}: internal id in “${c.ja}” / “${c.en}”`);
      }
      if (JAPANESE.test(c.en)) {
        bad.push(`${id}: Japanese in the English citation “${c.en}”`);
      }
      if (!JAPANESE.test(c.ja)) {
        bad.push(`${id}: the Japanese citation is not Japanese “${c.ja}”`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("reason()", () => {
  it("carries bilingual text and the catalogue's citation", () => {
    const r = reason("GATE-NDA", "seed001§IV.2-5", { ja: "秘密保持契約がない", en: "No NDA" });
    expect(r.text).toEqual({ ja: "秘密保持契約がない", en: "No NDA" });
    expect(r.citation.ja).toContain("秘密保持契約締結後");
    expect(r.citation.en).toContain("negotiation after the NDA");
  });

  it("accepts the Japanese and English texts as two arguments, and the old one-text form", () => {
    expect(reason("X-A", "S17", "基礎科学", "Basic science").text.en).toBe("Basic science");
    expect(reason("X-A", "S17", "基礎科学").text).toEqual({ ja: "基礎科学", en: "基礎科学" });
    expect(reason("X-A", "S17", "基礎科学").citation.ja).toBe(
      "貿易外省令第9条第2項第10号（基礎科学分野の研究活動）",
    );
  });

  it("never shows an unknown sourceId to the reader", () => {
    expect(citationFor("seed999§nowhere")).toEqual({ ja: "出典未登録", en: "Source not catalogued" });
  });

  it("upgrades reasons stored before texts were bilingual", () => {
    const old = upgradeReason({
      ruleId: "SEC-GRANT",
      sourceId: "seed002§3-1",
      text: "登録あり",
      textEn: "Listed",
    });
    expect(old.text).toEqual({ ja: "登録あり", en: "Listed" });
    expect(old.citation.en).toContain("who may access");
    const current = reason("X", "S15", "公知", "Public");
    expect(upgradeReason(JSON.parse(JSON.stringify(current)))).toEqual(current);
  });
});
