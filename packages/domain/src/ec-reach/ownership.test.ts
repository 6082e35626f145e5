import { describe, expect, it } from "vitest";
import { assessOwnership, type ListedParty, type OwnershipEdge } from "./ownership";

const TODAY = "2026-12-01";

function own(
  owner: string,
  owned: string,
  share: number | null,
  extra: Partial<OwnershipEdge> = {},
): OwnershipEdge {
  return {
    relation: "ownership",
    ownerKey: owner,
    ownerName: owner,
    ownerKind: "organisation",
    ownerCountry: null,
    ownedKey: owned,
    ownedName: owned,
    share,
    startDate: null,
    endDate: null,
    ...extra,
  };
}

const listed = (...keys: string[]) =>
  new Map<string, ListedParty>(keys.map((k) => [k, { list: "OFAC SDN", kind: "sanctions" }]));

describe("assessOwnership: aggregated ownership by listed parties", () => {
  it.each([
    {
      name: "one listed owner with 50 %",
      edges: [own("L1", "T", 50)],
      listedKeys: ["L1"],
      flagged: true,
      share: 50,
    },
    {
      name: "one listed owner with 49.9 %",
      edges: [own("L1", "T", 49.9)],
      listedKeys: ["L1"],
      flagged: false,
      share: 49.9,
    },
    {
      name: "two listed owners with 25 % each aggregate to 50 %",
      edges: [own("L1", "T", 25), own("L2", "T", 25)],
      listedKeys: ["L1", "L2"],
      flagged: true,
      share: 50,
    },
    {
      name: "an unlisted owner does not count",
      edges: [own("L1", "T", 30), own("U", "T", 40)],
      listedKeys: ["L1"],
      flagged: false,
      share: 30,
    },
    {
      name: "indirect: listed owns 60 % of B, B owns 50 % of T",
      edges: [own("L1", "B", 60), own("B", "T", 50)],
      listedKeys: ["L1"],
      flagged: true,
      share: 50,
    },
    {
      name: "indirect through a minority holding does not count",
      edges: [own("L1", "B", 40), own("B", "T", 80)],
      listedKeys: ["L1"],
      flagged: false,
      share: 0,
    },
    {
      name: "an ended ownership no longer counts",
      edges: [own("L1", "T", 70, { endDate: "2025-12-31" })],
      listedKeys: ["L1"],
      flagged: false,
      share: 0,
    },
    {
      name: "an ownership that starts later does not count yet",
      edges: [own("L1", "T", 70, { startDate: "2027-01-01" })],
      listedKeys: ["L1"],
      flagged: false,
      share: 0,
    },
    {
      name: "an unknown share counts as nothing",
      edges: [own("L1", "T", null)],
      listedKeys: ["L1"],
      flagged: false,
      share: 0,
    },
    {
      name: "a cycle terminates",
      edges: [own("A", "B", 60), own("B", "A", 60), own("B", "T", 50)],
      listedKeys: [],
      flagged: false,
      share: 0,
    },
  ])("$name", ({ edges, listedKeys, flagged, share }) => {
    const f = assessOwnership("T", edges, listed(...listedKeys), TODAY, "JP");
    expect(f.listedOwnership).toBe(flagged);
    expect(f.listedShare).toBe(share);
    expect(f.reasons.some((r) => r.ruleId === "OWN-LISTED-50")).toBe(flagged);
  });

  it("shows the path from the listed party to the partner", () => {
    const f = assessOwnership("T", [own("L1", "B", 60), own("B", "T", 50)], listed("L1"), TODAY, "JP");
    expect(f.paths).toEqual([["L1（OFAC SDN）", "B 60%", "T 50%"]]);
    expect(f.listedRoots).toEqual([{ list: "OFAC SDN", kind: "sanctions" }]);
  });

  it("names the list of each root, so an End User List owner is not read as sanctions", () => {
    const roots = new Map<string, ListedParty>([
      ["L1", { list: "OFAC SDN", kind: "sanctions" }],
      ["L2", { list: "外国ユーザーリスト", kind: "eul" }],
    ]);
    const f = assessOwnership("T", [own("L1", "T", 10), own("L2", "T", 45)], roots, TODAY, "JP");
    expect(f.listedRoots.map((r) => r.kind).sort()).toEqual(["eul", "sanctions"]);
    expect(assessOwnership("T", [own("L1", "T", 10)], roots, TODAY, "JP").listedRoots).toEqual([]);
  });
});

describe("assessOwnership: control by a foreign government", () => {
  const gov = (
    owned: string,
    share: number | null,
    country = "CN",
    relation: OwnershipEdge["relation"] = "ownership",
  ) =>
    own("State", owned, share, {
      ownerKind: "government",
      ownerCountry: country,
      ownerName: "国有資産監督管理委員会",
      relation,
    });

  it.each([
    { name: "majority held by a foreign state", edges: [gov("T", 51)], flagged: true },
    { name: "half is not control", edges: [gov("T", 50)], flagged: false },
    {
      name: "a directorship held by a state body",
      edges: [gov("T", null, "CN", "directorship")],
      flagged: true,
    },
    { name: "the own government is not foreign", edges: [gov("T", 100, "JP")], flagged: false },
    {
      name: "through a majority-owned intermediary",
      edges: [gov("B", 100), own("B", "T", 60)],
      flagged: true,
    },
    { name: "not through a minority holding", edges: [gov("B", 100), own("B", "T", 40)], flagged: false },
  ])("$name", ({ edges, flagged }) => {
    const f = assessOwnership("T", edges, new Map(), TODAY, "JP");
    expect(f.foreignGovernmentControl).toBe(flagged);
    expect(f.reasons.some((r) => r.ruleId === "OWN-FOREIGN-GOV")).toBe(flagged);
    if (flagged) {
      const why = f.reasons.find((r) => r.ruleId === "OWN-FOREIGN-GOV");
      expect(why?.text.ja).toContain("中国");
      expect(why?.text.en).toContain("China");
      expect(f.paths[0]?.join(" ")).not.toMatch(/\bCN\b/);
    }
  });
});
