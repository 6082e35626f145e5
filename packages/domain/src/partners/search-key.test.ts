import { describe, expect, it } from "vitest";
import { foldForSearch, partnerSearchKey } from "./search-key";

describe("partner search key", () => {
  it.each([
    ["full-width Latin and case", "ＴＯＫＹＯ Seimitsu", "tokyoseimitsu"],
    ["hiragana folds to katakana", "さくら精工", "サクラ精工"],
    ["half-width katakana keeps dakuten", "ｻﾞｲﾃﾞﾝ", "ザイデン"],
    ["punctuation and middle dot", "Kaiho・Bio-Tech Co., Ltd.", "kaihobiotechcoltd"],
  ])("%s", (_name, input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it("joins distinct name forms and drops empties", () => {
    expect(partnerSearchKey(["さくら精工", "Sakura Seiko", null, "sakura seiko", ""])).toBe(
      "サクラ精工|sakuraseiko",
    );
  });

  it("finds a Japanese query inside the key", () => {
    const key = partnerSearchKey(["株式会社さくら精工", "Sakura Seiko Co., Ltd."]);
    expect(key.includes(foldForSearch("さくら"))).toBe(true);
    expect(key.includes(foldForSearch("SAKURA SEIKO"))).toBe(true);
  });
});
