import { describe, expect, it } from "vitest";
import { MODEL_TEXT_KINDS, scopesOf } from "./ip-library-types";
import { defaultModelTexts } from "./model-text-defaults";
import { diffLines, modelTextFileName, modelTextScopeRefusal } from "./model-texts";

describe("model-text library (E5, E14)", () => {
  it("the built-in set has every kind, NDAs in each scope, in Japanese and English", () => {
    const texts = defaultModelTexts();
    const keys = texts.map((t) => `${t.kind}/${t.scope}`).sort();
    const expected = MODEL_TEXT_KINDS.flatMap((k) => scopesOf(k).map((s) => `${k}/${s}`)).sort();
    expect(keys).toEqual(expected);
    for (const t of texts) {
      // Same number of articles in both languages, so the two versions say the same thing.
      expect(t.bodyJa.split("\n").length).toBe(t.bodyEn.split("\n").length);
      expect(t.bodyEn).not.toMatch(/[\u3040-\u30ff]/);
    }
  });

  it("the research texts cover the new contract terms", () => {
    const jr = defaultModelTexts().find((t) => t.kind === "joint_research")!;
    for (const word of ["バックグラウンドIP", "不実施", "ソフトウェア", "共有特許", "第三者の参加", "延長"]) {
      expect(jr.bodyJa).toContain(word);
    }
  });

  it.each([
    ["nda_mutual", "visit", true],
    ["nda_one_way", "standard", false],
    ["licence", "standard", true],
    ["licence", "technology_evaluation", false],
  ] as const)("%s in scope %s allowed: %s", (kind, scope, ok) => {
    expect(modelTextScopeRefusal(kind, scope) === null).toBe(ok);
  });

  it.each([
    ["a\nb\nc", "a\nb\nc", ["=a", "=b", "=c"]],
    ["a\nb\nc", "a\nx\nc", ["=a", "-b", "+x", "=c"]],
    ["a\nc", "a\nb\nc", ["=a", "+b", "=c"]],
    ["a\nb", "b", ["-a", "=b"]],
    ["", "a", ["-", "+a"]],
  ])("compares %j with %j line by line", (a, b, expected) => {
    const sign = { same: "=", added: "+", removed: "-" } as const;
    expect(diffLines(a, b).map((l) => `${sign[l.op]}${l.text}`)).toEqual(expected);
  });

  it("names downloads without internal characters", () => {
    expect(modelTextFileName("nda_mutual", "visit", 3, "en")).toBe("nda-mutual-visit-v3-en.txt");
    expect(modelTextFileName("licence", "standard", 1, "ja")).toBe("licence-v1-ja.txt");
  });
});
