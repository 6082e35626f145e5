import { describe, expect, it } from "vitest";
import { assessDuplicate, organisationNameScore } from "./duplicates";

const jp = (names: string[], corporateNumber: string | null = null) => ({
  names,
  country: "JP",
  corporateNumber,
});

describe("partner duplicate detection", () => {
  it.each([
    ["legal form before vs after", jp(["株式会社さくら精工"]), jp(["さくら精工(株)"]), true],
    ["hiragana vs katakana writing", jp(["さくら精工"]), jp(["サクラ精工"]), true],
    ["English name with Co., Ltd.", jp(["Sakura Seiko Co., Ltd."]), jp(["SAKURA SEIKO"]), true],
    ["different companies", jp(["さくら精工"]), jp(["もみじ化学"]), false],
    [
      "same corporate number, different names",
      jp(["旧社名"], "7000012050002"),
      jp(["新社名"], "7000012050002"),
      true,
    ],
    [
      "different corporate numbers, same name",
      jp(["さくら精工"], "7000012050002"),
      jp(["さくら精工"], "1000012050000"),
      false,
    ],
  ])("%s", (_name, a, b, expected) => {
    expect(assessDuplicate(a, b).isLikelyDuplicate).toBe(expected);
  });

  it("lowers the score when countries differ and says so", () => {
    const a = { names: ["Helix Dynamics GmbH"], country: "DE", corporateNumber: null };
    const b = { names: ["Helix Dynamics Inc."], country: "US", corporateNumber: null };
    const result = assessDuplicate(a, b);
    expect(result.score).toBeCloseTo(0.7);
    expect(result.isLikelyDuplicate).toBe(false);
    expect(result.reasons.map((r) => r.ruleId)).toContain("DUP-COUNTRY-DIFF");
  });
});

describe("duplicates across scripts", () => {
  it("scores identical names 1 and unrelated names low", () => {
    expect(organisationNameScore("Orion Optics", "orion optics")).toBe(1);
    expect(organisationNameScore("Orion Optics", "Vega Foods")).toBeLessThan(0.3);
  });

  it.each([
    ["romanised vs katakana", jp(["Sakura Seiki"]), jp(["サクラセイキ"]), true],
    [
      "pinyin vs Chinese legal name",
      { names: ["华辰精密仪器有限公司"], country: "CN", corporateNumber: null },
      { names: ["Huachen Jingmi Yiqi"], country: "CN", corporateNumber: null },
      true,
    ],
    ["numbers are decisive", jp(["第13研究所"]), jp(["第14研究所"]), false],
  ])("%s", (_name, a, b, expected) => {
    expect(assessDuplicate(a, b).isLikelyDuplicate).toBe(expected);
  });
});
