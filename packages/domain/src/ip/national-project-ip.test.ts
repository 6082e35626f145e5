import { describe, expect, it } from "vitest";
import {
  checkDataPlan,
  type DataSetPlan,
  resultDecisionRefusals,
  techListRefusals,
  techTagRefusals,
} from "./national-project-ip";

const today = "2026-12-01";
const listed = {
  check: { result: "listed" as const, on: "2026-01-10", recordedByRole: "legal_ip" as const },
  reviewStatus: "under_review" as const,
  jpFiledOn: "2026-02-02",
};
const notListed = {
  ...listed,
  check: { ...listed.check, result: "not_listed" as const },
  reviewStatus: "none" as const,
};

describe("national-project result decisions (seed 004 §4(1), G9)", () => {
  it.each([
    ["legal/IP publishes a result with no invention", "publish", "legal_ip", "査読誌で公表", null, []],
    ["the PI cannot decide", "publish", "researcher", "公表したい", null, ["NP-RESULT-ROLE"]],
    ["a decision needs its reason", "keep_secret", "legal_ip", "  ", null, ["NP-RESULT-REASON"]],
    ["patenting needs the disclosure", "patent", "legal_ip", "権利化", null, ["NP-RESULT-PATENT-DISCLOSURE"]],
    ["patenting a disclosed invention", "patent", "legal_ip", "権利化", listed, []],
    [
      "publishing an invention under security review is refused (J6)",
      "publish",
      "legal_ip",
      "公表",
      listed,
      ["IP-SEC-LISTED-REVIEW"],
    ],
    ["publishing an invention outside the listed fields", "publish", "legal_ip", "公表", notListed, []],
    ["keeping a result secret", "keep_secret", "legal_ip", "製造ノウハウとして秘匿", null, []],
  ] as const)("%s", (_, decision, role, why, invention, expected) => {
    const ids = resultDecisionRefusals({ decision, reason: why, role, invention, today }).map(
      (r) => r.ruleId,
    );
    if (expected[0] === "IP-SEC-LISTED-REVIEW") {
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.every((id) => id.startsWith("IP-SEC"))).toBe(true);
    } else {
      expect(ids).toEqual(expected);
    }
  });
});

const ds = (over: Partial<DataSetPlan>): DataSetPlan => ({
  name: "計測データ",
  access: "open",
  reason: "社会課題の解決に資する",
  repository: "機関リポジトリ",
  manager: "",
  ...over,
});

describe("data-management plan (seed 004 §4(2), G10)", () => {
  it.each([
    ["open data with its repository", [ds({})], false, [], []],
    [
      "open data without a repository is a warning",
      [ds({ repository: "" })],
      false,
      [],
      ["NP-DATA-REPOSITORY"],
    ],
    ["closed data needs a manager", [ds({ access: "closed" })], false, ["NP-DATA-MANAGER"], []],
    ["shared data with a manager", [ds({ access: "participants", manager: "研究室長" })], false, [], []],
    ["every dataset needs its reason", [ds({ reason: "" })], false, ["NP-DATA-REASON"], []],
    ["a dataset listed twice", [ds({}), ds({})], false, ["NP-DATA-DUP"], []],
    ["open data in a project with important technologies", [ds({})], true, [], ["NP-DATA-IMPORTANT-TECH"]],
  ] as const)("%s", (_, datasets, important, refusals, warnings) => {
    const r = checkDataPlan([...datasets], important);
    expect(r.refusals.map((x) => x.ruleId)).toEqual(refusals);
    expect(r.warnings.map((x) => x.ruleId)).toEqual(warnings);
  });
});

describe("important-technology list (seed 004 §4(4), G11)", () => {
  const list = [
    { code: "battery", labelJa: "蓄電池材料", labelEn: "Battery materials" },
    { code: "quantum", labelJa: "量子計測", labelEn: "Quantum sensing" },
  ];
  it("refuses duplicate codes and missing names", () => {
    expect(techListRefusals(list)).toEqual([]);
    expect(techListRefusals([...list, list[0]!]).map((r) => r.ruleId)).toEqual(["NP-TECH-DUP"]);
    expect(techListRefusals([{ code: "x", labelJa: "x", labelEn: " " }]).map((r) => r.ruleId)).toEqual([
      "NP-TECH-LABEL",
    ]);
  });
  it("tags only from the list version", () => {
    expect(techTagRefusals(["battery"], list)).toEqual([]);
    expect(techTagRefusals(["battery", "space"], list).map((r) => r.ruleId)).toEqual(["NP-TECH-UNKNOWN"]);
  });
  it("every reason cites a source a person can read", () => {
    const r = [
      ...techTagRefusals(["space"], list),
      ...checkDataPlan([ds({ access: "closed" })], true).refusals,
    ];
    for (const x of r) {
      expect(x.text.en.length).toBeGreaterThan(0);
      expect(x.citation.ja.length).toBeGreaterThan(0);
    }
  });
});
