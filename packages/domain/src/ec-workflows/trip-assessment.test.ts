import { describe, expect, it } from "vitest";
import { assessTrip } from "./trip-assessment";
import { type TripPlanInput, ZTripPlan } from "./trip-plan";

const plan = (p: Partial<TripPlanInput>) =>
  ZTripPlan.parse({
    destinationCountry: "US",
    departOn: "2026-12-01",
    returnOn: "2026-12-06",
    purpose: "国際会議で発表",
    ...p,
  });

describe("a trip assessed by the engine (spec §1.2, §1.3, §10)", () => {
  it("C06: an open-conference paper (非該当, published, for publication) needs no licence", () => {
    const a = assessTrip(
      plan({
        meetings: [{ organisation: "Open conference attendees", country: "US" }],
        items: [
          {
            description: "発表論文",
            mode: "presented",
            classification: "none",
            published: true,
            purpose: "publication",
          },
        ],
      }),
    );
    expect(a.outcome).toBe("NO_LICENCE");
    expect(a.parts[0]!.result.provisionKinds).toEqual(["TT2_PROVISION_ABROAD"]);
    expect(a.asOf).toBe("2026-12-01");
  });

  it("C07: unpublished item-6 know-how on a laptop for a US company → LICENCE_REQUIRED with TT2 + TT3", () => {
    const a = assessTrip(
      plan({
        meetings: [{ organisation: "Northwind Machine Tools", country: "US" }],
        items: [
          {
            description: "発表論文",
            mode: "presented",
            classification: "none",
            published: true,
            purpose: "publication",
          },
          {
            description: "工作機械制御ノウハウ",
            mode: "carried",
            classification: "6",
            purpose: "product_development",
          },
        ],
      }),
    );
    expect(a.outcome).toBe("LICENCE_REQUIRED");
    const laptop = a.parts.find((p) => p.itemIndex === 1)!;
    expect(laptop.result.provisionKinds).toEqual(["TT2_PROVISION_ABROAD", "TT3_MEDIA_EXPORT"]);
    expect(laptop.result.listItem).toBe("6");
  });

  it("C08: item-9 technology e-mailed to Germany → TT4, licence required (Group A does not relieve list control)", () => {
    const a = assessTrip(
      plan({
        destinationCountry: "DE",
        items: [{ description: "暗号実装資料", mode: "sent", classification: "9", purpose: "other" }],
      }),
    );
    expect(a.outcome).toBe("LICENCE_REQUIRED");
    expect(a.parts[0]!.result.provisionKinds).toContain("TT4_TELECOM_SEND");
  });

  it("an unclassified item goes to manual review, never to a silent clearance", () => {
    const a = assessTrip(plan({ items: [{ description: "実験データ", mode: "carried" }] }));
    expect(a.outcome).toBe("MANUAL_REVIEW");
  });

  it("a trip that lists nothing is still assessed once (something is said in person abroad)", () => {
    const a = assessTrip(plan({}));
    expect(a.parts).toHaveLength(1);
    expect(a.outcome).toBe("MANUAL_REVIEW");
  });

  it("North Korea: sanctions make even published material PROHIBITED (§4.6)", () => {
    const a = assessTrip(
      plan({
        destinationCountry: "KP",
        items: [
          {
            description: "論文",
            mode: "presented",
            classification: "none",
            published: true,
            purpose: "publication",
          },
        ],
      }),
    );
    expect(a.outcome).toBe("PROHIBITED");
  });

  it("samples carried as goods are a goods export to the counterpart's country (C13-like 16(1) to a general country)", () => {
    const a = assessTrip(
      plan({
        destinationCountry: "CN",
        meetings: [{ organisation: "Huachen University", country: "CN" }],
        items: [{ description: "オシロスコープ", mode: "carried_goods", classification: "16-1" }],
      }),
    );
    expect(a.parts[0]!.facts.activity).toBe("goods_export");
    expect(a.parts[0]!.result.destinationCountry).toBe("CN");
    expect(["MANUAL_REVIEW", "LICENCE_REQUIRED"]).toContain(a.outcome);
  });

  it("runs every item against every counterpart and keeps the most restrictive", () => {
    const a = assessTrip(
      plan({
        meetings: [
          { organisation: "A", country: "US" },
          { organisation: "B", country: "GB" },
        ],
        items: [
          {
            description: "x",
            mode: "presented",
            classification: "none",
            published: true,
            purpose: "publication",
          },
          { description: "y", mode: "presented", classification: "7", purpose: "product_development" },
        ],
      }),
    );
    expect(a.parts).toHaveLength(4);
    expect(a.outcome).toBe("LICENCE_REQUIRED");
  });

  it("rejects a return before departure", () => {
    const r = ZTripPlan.safeParse({
      destinationCountry: "US",
      departOn: "2026-12-06",
      returnOn: "2026-12-01",
      purpose: "x",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("validation.return_before_departure");
  });
});
