// Parsers against the real list files in ../shared/data (never copied into the repo). Skipped with
// a note when the folder is absent (e.g. on a fresh clone).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseBisDpl } from "./bis-dpl";
import { parseCsl } from "./csl";
import { parseMofaDesignations } from "./mofa-designation";
import { parseOfacSdn } from "./ofac";
import { parseUnConsolidatedXml } from "./un-xml";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../..");
const lists = path.resolve(repoRoot, "../shared/data/lists");
const exists = existsSync(lists);
if (!exists) {
  console.log(`[screening] real list files not found at ${lists}; skipping real-file parser tests`);
}
const read = (rel: string) => readFileSync(path.join(lists, rel), "utf8");

describe.skipIf(!exists)("real list files", () => {
  it("OFAC SDN: all rows, Banco Nacional de Cuba with alias and Tokyo address", () => {
    const r = parseOfacSdn({
      sdn: read("ofac/sdn.csv"),
      alt: read("ofac/alt.csv"),
      add: read("ofac/add.csv"),
    });
    expect(r.entries.length).toBeGreaterThan(8900);
    const bnc = r.entries.find((e) => e.sourceId === "306");
    expect(bnc?.names.map((n) => n.value)).toEqual(["BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA"]);
    expect(bnc?.countries).toContain("Japan");
    expect(r.entries.filter((e) => e.schema === "vessel").length).toBeGreaterThan(300);
  });

  it("UN consolidated: 730 individuals and 273 entities; Arabic original script kept", () => {
    const r = parseUnConsolidatedXml(read("un/consolidated.xml"));
    expect(r.entries.filter((e) => e.schema === "person")).toHaveLength(730);
    expect(r.entries.filter((e) => e.schema === "organization")).toHaveLength(273);
    const saddam = r.entries.find((e) => e.sourceId === "IQi.001");
    expect(saddam?.names[0]?.value).toBe("SADDAM HUSSEIN AL-TIKRITI");
    expect(saddam?.names.find((n) => n.kind === "native")?.script).toBe("arabic");
  });

  it("US CSL sample: 13 rows", () => {
    const r = parseCsl(read("us-csl/consolidated-sample.csv"));
    expect(r.entries).toHaveLength(13);
    expect(r.warnings).toEqual([]);
    expect(r.entries[0]?.names[0]?.value).toBe("Sinobright Import and Export Company");
  });

  it("BIS DPL: address rows grouped per order", () => {
    const r = parseBisDpl(read("us-bis-dpl/dpl.txt"));
    expect(r.entries.length).toBeGreaterThan(400);
    expect(r.entries.find((e) => e.names[0]?.value === "ABDULAH AL NASSER")?.addresses).toHaveLength(2);
  });

  it("MOFA third-country designations: 56 entries incl. glued numbers and the newer 別称 layout", () => {
    const r = parseMofaDesignations(read("jp-mofa/third-country-designated.txt"));
    expect(r.entries.map((e) => e.sourceId)).toEqual(Array.from({ length: 56 }, (_, i) => String(i + 1)));
    const success = r.entries[3];
    expect(success?.names[0]?.value).toBe("Success Aviation Services FZC");
    expect(success?.countries).toEqual(["United Arab Emirates"]);
    const eastech = r.entries[48];
    expect(eastech?.names.map((n) => n.value)).toContain("Shenzhen Yitai Technology Co Ltd");
    expect(r.entries[12]?.names.map((n) => n.value)).toEqual([
      "Yilufa Electronics Ltd",
      "イールーファ・エレクトロニクス有限会社",
      "深圳市亿路发科技有限公司",
      "Yilufa Electronics Limited",
    ]);
  });

  it("MOFA Belarus designations: 27 entries with full-width numbers", () => {
    const r = parseMofaDesignations(read("jp-mofa/belarus-designated.txt"));
    expect(r.entries).toHaveLength(27);
    expect(r.entries[2]?.names.map((n) => n.value)).toContain("株式会社第140 修理工場");
  });
});
