import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assessExportControl } from "./assess";
import { RULE_IDS } from "./rule-catalogue";
import { ZExportControlFacts } from "./schema";

// docs/export-control-assess.md is the contract for script authors: keep it in step with the engine.
const doc = readFileSync(
  fileURLToPath(new URL("../../../../docs/export-control-assess.md", import.meta.url)),
  "utf8",
);
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? "null"));

describe("docs/export-control-assess.md", () => {
  it("lists every rule id in the catalogue", () => {
    const missing = RULE_IDS.filter((id) => !doc.includes(`| \`${id}\` |`));
    expect(missing).toEqual([]);
  });

  it("documents every input field of the schema", () => {
    const shape = ZExportControlFacts.shape;
    const nested = [shape.recipient, shape.provision, shape.item, shape.endUser].flatMap((s) =>
      Object.keys(s.unwrap().shape),
    );
    const fields = [
      ...Object.keys(shape),
      ...nested,
      ...Object.keys(shape.recipient.unwrap().shape.tokutei.unwrap().shape),
    ];
    const undocumented = fields.filter((f) => !doc.includes(`| \`${f}\` |`));
    expect(undocumented).toEqual([]);
  });

  it("the example output is what the engine returns for the example input", () => {
    const [input, output] = jsonBlocks;
    expect(assessExportControl(input)).toEqual(output);
  });

  it("the example's variants described in prose hold", () => {
    const [input] = jsonBlocks;
    const early = assessExportControl({ ...input, asOf: "2025-08-01" });
    expect([early.residency, early.outcome, early.tokutei]).toEqual(["NON_RESIDENT", "LICENCE_REQUIRED", []]);
    const noForeignJob = {
      ...input,
      asOf: "2025-11-01",
      recipient: {
        ...input.recipient,
        employerCountry: undefined,
        tokutei: { foreignEmploymentContract: false },
      },
    };
    expect(assessExportControl(noForeignJob).outcome).toBe("NO_LICENCE");
  });
});
