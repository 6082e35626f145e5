import { ZClosing, ZCoiProfile, ZContractTerms, ZFundingApplicationInput, ZScheme } from "@renkei/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { registeredRoutes } from "../../src/http/define-route";
import { createTestApp, email, samplePartner, type TestUser } from "../harness";

// Issue 11 item 6: an unknown code such as XX would silently switch off every country rule, so every
// route that takes a country refuses it with a field-level 400 and writes nothing.
let t: Awaited<ReturnType<typeof createTestApp>>;
let coord: TestUser;
let officer: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  coord = await t.signIn(email("coordinator"));
  officer = await t.signIn(email("export-control"));
});
afterAll(() => t.close());

const issuesOf = (res: { json: { error: { details: { issues: { path: string; message: string }[] } } } }) =>
  res.json.error.details.issues;

describe("country fields refuse unknown codes", () => {
  it.each(["XX", "ZZ", "Japan"])(
    "a partner with country %s: 400 on the field, nothing saved",
    async (code) => {
      const before = (await coord.get("/api/v1/partners?pageSize=1")).json.total;
      const res = await coord.post("/api/v1/partners", { ...samplePartner, country: code });
      expect(res.status).toBe(400);
      expect(issuesOf(res)).toContainEqual({ path: "country", message: "validation.country_code" });
      expect((await coord.get("/api/v1/partners?pageSize=1")).json.total).toBe(before);
    },
  );

  it("a known code in any case is accepted", async () => {
    const res = await coord.post("/api/v1/partners", {
      ...samplePartner,
      country: "de",
      corporateNumber: null,
    });
    expect(res.status).toBe(201);
    expect((await coord.get(`/api/v1/partners/${res.json.id}`)).json.country).toBe("DE");
  });

  it("the export-control assessment refuses a nationality of XX", async () => {
    const res = await officer.post("/api/v1/export-control/assess", {
      asOf: "2026-01-15",
      activity: "technology_provision",
      recipient: { nationality: "XX" },
      item: { listItem: "10" },
    });
    expect(res.status).toBe(400);
    expect(issuesOf(res).map((i) => i.path)).toContain("recipient.nationality");
    expect(JSON.stringify(res.json)).not.toContain("ISO 3166");
  });
});

/** A field that names a country: country, nationality, governingLaw, seatCountry, sponsorCountry… */
const COUNTRY_FIELD = /countr|nationalit|governingLaw/i;
type Schema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/**
 * Every country field reachable from `schema` (through objects, arrays, optional/nullable/default
 * wrappers, pipes, unions and intersections), as [path, field schema].
 */
function countryFields(schema: Schema, path: string, out: [string, Schema][], seen = new Set<Schema>()) {
  if (!schema?._zod || seen.has(schema)) {
    return out;
  }
  seen.add(schema);
  const def = schema._zod.def;
  const walk = (s: unknown, p = path) => countryFields(s as Schema, p, out, seen);
  switch (def.type) {
    case "object":
      for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
        if (COUNTRY_FIELD.test(key)) {
          out.push([`${path}.${key}`, field]);
        }
        walk(field, `${path}.${key}`);
      }
      break;
    case "array":
      walk(def.element, `${path}[]`);
      break;
    case "pipe":
      walk(def.in);
      walk(def.out);
      break;
    case "union":
      for (const o of def.options as Schema[]) {
        walk(o);
      }
      break;
    case "intersection":
      walk(def.left);
      walk(def.right);
      break;
    case "record":
      walk(def.valueType);
      break;
    case "lazy":
      walk((def.getter as () => Schema)());
      break;
    default:
      if ("innerType" in def) {
        walk(def.innerType);
      }
  }
  return out;
}

/** Whether a country field takes `JP` (or `[JP]`) but refuses `XX` (or `[XX]`); null when it takes no codes. */
function refusesUnknown(field: Schema): boolean | null {
  for (const [good, bad] of [
    ["JP", "XX"],
    [["JP"], ["XX"]],
  ] as const) {
    if (field.safeParse(good).success) {
      return !field.safeParse(bad).success;
    }
  }
  return null;
}

describe("every country field refuses unknown codes (walked, not listed)", () => {
  it("every route's body and query: each country field takes JP and refuses XX", () => {
    const found: string[] = [];
    const accepting: string[] = [];
    for (const r of registeredRoutes) {
      const request = (r.request ?? {}) as {
        body?: { content?: Record<string, { schema?: Schema }> };
        query?: Schema;
      };
      const schemas = [
        ...Object.values(request.body?.content ?? {}).map((c) => c.schema),
        request.query,
      ].filter(Boolean) as Schema[];
      for (const schema of schemas) {
        for (const [path, field] of countryFields(schema, `${r.method} ${r.path}`, [])) {
          const refused = refusesUnknown(field);
          if (refused === null) {
            continue; // a nested object named after a country (e.g. countryRules)
          }
          found.push(path);
          if (!refused) {
            accepting.push(path);
          }
        }
      }
    }
    // The walk reaches the known country fields, so an empty result cannot pass silently.
    expect(found).toEqual(
      expect.arrayContaining([
        "POST /api/v1/partners.country",
        "POST /api/v1/trips.destinationCountry",
        "PUT /api/v1/coi/profiles/{id}.profile.foreignTravel[].country",
        "POST /api/v1/export-control/assess.recipient.nationality",
      ]),
    );
    expect(found.length).toBeGreaterThan(30);
    expect(accepting).toEqual([]);
  });

  it("the stage and profile schemas the services parse themselves refuse XX too", () => {
    const accepting: string[] = [];
    const schemas = { ZContractTerms, ZScheme, ZClosing, ZCoiProfile, ZFundingApplicationInput };
    let count = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [path, field] of countryFields(schema as unknown as Schema, name, [])) {
        const refused = refusesUnknown(field);
        if (refused === null) {
          continue;
        }
        count++;
        if (!refused) {
          accepting.push(path);
        }
      }
    }
    expect(count).toBeGreaterThan(4);
    expect(accepting).toEqual([]);
  });

  it("a decision or list filter with XX is a 400 on the field, in words (no ISO jargon)", async () => {
    const res = await coord.get("/api/v1/partners?country=XX");
    expect(res.status).toBe(400);
    expect(issuesOf(res)).toContainEqual({ path: "country", message: "validation.country_code" });
    const dup = await coord.post("/api/v1/partners/duplicates", { legalName: "Example", country: "ZZ" });
    expect(dup.status).toBe(400);
    expect(issuesOf(dup)).toContainEqual({ path: "country", message: "validation.country_code" });
  });
});

describe("field problems are message keys the web words, never zod's developer text", () => {
  it("a missing name, an id that is not one, a wrong option: each a key, none 'Invalid …'", async () => {
    const res = await coord.post("/api/v1/people", {
      nationality: "XX",
      partnerId: "not-an-id",
      startedOn: 42,
    });
    expect(res.status).toBe(400);
    const issues = issuesOf(res);
    expect(issues).toContainEqual({ path: "name", message: "validation.required" });
    expect(issues).toContainEqual({ path: "nationality", message: "validation.country_code" });
    expect(issues).toContainEqual({ path: "partnerId", message: "validation.choose_from_list" });
    for (const i of issues) {
      expect(i.message).toMatch(/^validation\.[a-z_.]+$/);
    }
  });
});
