import { describe, expect, it } from "vitest";
import { parseFtmRelations, parseShare, widenDate } from "./ftm-relations";

// Fictional FtM lines in the OpenSanctions shape.
const line = (o: unknown) => JSON.stringify(o);
const FILE = [
  line({
    id: "p1",
    schema: "Company",
    target: true,
    properties: { name: ["Kartell Holding"], country: ["ru"] },
  }),
  line({ id: "c1", schema: "Company", target: false, properties: { name: ["Tochter Eins LLC"] } }),
  line({ id: "g1", schema: "PublicBody", properties: { name: ["State Property Fund"], country: ["xx"] } }),
  line({ id: "d1", schema: "Person", properties: { name: ["Ivan Fictional"], topics: ["role.pep"] } }),
  line({
    id: "o1",
    schema: "Ownership",
    properties: { owner: ["p1"], asset: ["c1"], percentage: ["60%"], startDate: ["2019"] },
  }),
  line({ id: "o2", schema: "Ownership", properties: { owner: ["g1"], asset: ["c1"], percentage: ["40"] } }),
  line({ id: "dir", schema: "Directorship", properties: { director: ["d1"], organization: ["c1"] } }),
  line({ id: "o3", schema: "Ownership", properties: { owner: ["missing"], asset: ["c1"] } }),
  "not json",
].join("\n");

describe("parseFtmRelations", () => {
  const { relations, warnings } = parseFtmRelations([FILE]);

  it("resolves owners and assets within the file, with kind, country, share and dates", () => {
    expect(relations).toHaveLength(3);
    expect(relations[0]).toEqual({
      relation: "ownership",
      ownerId: "p1",
      ownerName: "Kartell Holding",
      ownerKind: "organisation",
      ownerCountry: "RU",
      ownerListed: true,
      ownedId: "c1",
      ownedName: "Tochter Eins LLC",
      share: 60,
      startDate: "2019-01-01",
      endDate: null,
    });
    expect(relations[1]).toMatchObject({ ownerKind: "government", ownerCountry: "XX", share: 40 });
    expect(relations[2]).toMatchObject({ relation: "directorship", ownerKind: "person", share: null });
  });

  it("counts as listed only targets (flag or sanction-like topic), not carried-along entities", () => {
    // g1 has no flag and no topics: a plain export lists its targets.
    expect(relations.map((r) => r.ownerListed)).toEqual([true, true, false]);
  });

  it("warns about an edge whose party is not in the file", () => {
    expect(warnings).toEqual(["o3: missing is not in the file"]);
  });
});

describe("parseShare / widenDate", () => {
  it.each<[string | undefined, number | null]>([
    ["51", 51],
    ["51.5%", 51.5],
    ["50-75", 50],
    ["150", null],
    ["unknown", null],
    [undefined, null],
  ])("share %s", (raw, out) => expect(parseShare(raw)).toBe(out));

  it.each<[string, boolean, string | null]>([
    ["2020", false, "2020-01-01"],
    ["2020", true, "2020-12-31"],
    ["2024-02", true, "2024-02-29"],
    ["2024-02-10T00:00", true, "2024-02-10"],
    ["later", false, null],
  ])("date %s (end %s)", (raw, end, out) => expect(widenDate(raw, end)).toBe(out));
});
