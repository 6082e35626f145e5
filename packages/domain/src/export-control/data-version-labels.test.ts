import { describe, expect, it } from "vitest";
import { dataVersionLabel, dataVersionLabels } from "./data-version-labels";

describe("data versions in words", () => {
  it.each([
    [
      "listItems",
      "list-items@2019-08-02",
      "輸出貿易管理令別表第1（リスト規制品目） 2019-08-02 版",
      "version of 2019-08-02",
    ],
    [
      "eul",
      "eul@2025-10-09",
      "経済産業省 外国ユーザーリスト 2025-10-09 版",
      "METI End User List, version of 2025-10-09",
    ],
    ["engine", "export-control-engine@1", "判定エンジン 第1版", "Assessment engine, version 1"],
    [
      "sanctions",
      "nk@current-to-2027-04-13,beppyo2-3@2022",
      "制裁措置 2027-04-13 まで有効・2022 版",
      "in force until 2027-04-13",
    ],
  ])("%s %s", (key, value, ja, en) => {
    const l = dataVersionLabel(key, value);
    expect(l.ja).toBe(ja);
    expect(l.en).toContain(en);
  });

  it("never shows the internal name@version key", () => {
    const labels = dataVersionLabels({ listItems: "list-items@2019-08-02", x: "foo-bar@2020-01-01" });
    for (const l of labels) {
      expect(`${l.ja} ${l.en}`).not.toMatch(/@|list-items|foo-bar/);
    }
  });
});
