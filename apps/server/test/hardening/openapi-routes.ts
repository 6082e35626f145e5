import { hasPermission, ROLES, type Role } from "@renkei/domain";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { registeredRoutes } from "../../src/http/define-route";
import type { createTestApp } from "../harness";

/**
 * The API as its OpenAPI document describes it, for the fuzz and the isolation sweep (issue 10, item 11):
 * every operation, the permission it needs, and values generated from its JSON schemas.
 */
type TestApp = Awaited<ReturnType<typeof createTestApp>>;
// biome-ignore lint/suspicious/noExplicitAny: JSON Schema as the OpenAPI document gives it
type Schema = any;

export interface Operation {
  method: string;
  path: string;
  permission: string;
  params: string[];
  query: { name: string; schema: Schema }[];
  json: Schema | null;
  multipart: boolean;
}

export async function operations(
  app: TestApp["app"],
): Promise<{ ops: Operation[]; resolve(s: Schema): Schema }> {
  const doc = (await (await app.request("/api/openapi.json")).json()) as Schema;
  const components = doc.components?.schemas ?? {};
  const resolve = (s: Schema): Schema => (s?.$ref ? resolve(components[s.$ref.split("/").pop()]) : s);
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths)) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      const route = registeredRoutes.find((r) => r.method === method.toUpperCase() && r.path === path);
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase(),
        path,
        permission: route?.permission ?? "public",
        params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        query: (op.parameters ?? [])
          .filter((p: Schema) => p.in === "query")
          .map((p: Schema) => ({ name: p.name, schema: p.schema })),
        json: content["application/json"]?.schema ?? null,
        multipart: Boolean(content["multipart/form-data"]),
      });
    }
  }
  return { ops, resolve };
}

/** The demo account of a role (README table). */
export function demoEmail(role: Role): string {
  const local = role === "export_control_officer" ? "export-control" : role.replace(/_/g, "-");
  return `${local}@demo.renkei.example`;
}

/** A role that holds the permission (the most specific first, so the officer does office work). */
export function roleFor(permission: string): Role | null {
  if (permission === "public") {
    return "researcher";
  }
  const order: Role[] = ["export_control_officer", "admin", "coordinator", ...ROLES];
  return order.find((r) => hasPermission(r, permission as never)) ?? null;
}

const NASTY = [
  "",
  " ",
  "\u0000",
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
  "'; drop table partners; --",
  "%00",
  "\ud800",
  "ｘ".repeat(400),
  "00000000-0000-0000-0000-000000000000",
  "{}",
];

/**
 * Values for a JSON schema: mostly shaped like the schema (so the request gets past the outer checks),
 * with hostile strings, wrong types and unknown UUIDs mixed in. Depth and sizes are bounded.
 */
export function arbitraryFor(
  schema: Schema,
  resolve: (s: Schema) => Schema,
  ids: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = resolve(schema) ?? {};
  const junk = fc.oneof(fc.constantFrom(...NASTY), fc.integer(), fc.constant(null), fc.boolean());
  if (depth > 5) {
    return junk;
  }
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    return fc.oneof(...variants.map((v: Schema) => arbitraryFor(v, resolve, ids, depth + 1)));
  }
  if (s.enum) {
    return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...s.enum) }, { weight: 1, arbitrary: junk });
  }
  const type = Array.isArray(s.type) ? s.type.find((x: string) => x !== "null") : s.type;
  let shaped: fc.Arbitrary<unknown>;
  switch (type) {
    case "string":
      shaped =
        s.format === "uuid"
          ? fc.oneof(fc.constantFrom(...ids), fc.uuid())
          : s.format === "date" || s.pattern?.includes("\\d{4}")
            ? fc.oneof(fc.constantFrom("2026-11-21", "1999-01-01", "0000-01-01", "2026-13-01"), fc.string())
            : fc.oneof(fc.string({ maxLength: Math.min(s.maxLength ?? 40, 40) }), fc.constantFrom(...NASTY));
      break;
    case "integer":
    case "number":
      shaped = fc.oneof(
        fc.integer({ min: -5, max: 100 }),
        fc.constantFrom(0, 1, 2 ** 31, -(2 ** 31), 1e308, 0.5),
      );
      break;
    case "boolean":
      shaped = fc.boolean();
      break;
    case "array":
      shaped = fc.array(arbitraryFor(s.items ?? {}, resolve, ids, depth + 1), { maxLength: 3 });
      break;
    case "object": {
      const props = Object.entries<Schema>(s.properties ?? {});
      const required = new Set<string>(s.required ?? []);
      shaped = fc.record(
        Object.fromEntries(props.map(([k, v]) => [k, arbitraryFor(v, resolve, ids, depth + 1)])),
        { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) },
      );
      break;
    }
    default:
      shaped = fc.jsonValue({ maxDepth: 2 });
  }
  return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: junk });
}

/**
 * Rows in every table the caller's request could have written, except the logs a refused request is
 * meant to leave (audit events of refusals, failed sign-ins, sessions, job runs).
 */
export async function rowTotal(t: TestApp): Promise<number> {
  const rowsOf = async <T>(q: ReturnType<typeof sql>) =>
    ((await t.deps.db.execute(q)) as unknown as { rows: T[] }).rows;
  const tables = (
    await rowsOf<{ table_name: string }>(
      sql`select table_name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE'
            and table_name not like '\\_\\_%'
            and table_name !~ '(audit|session|login|job_run|attempt|throttle)'`,
    )
  ).map((r) => r.table_name);
  const query = tables.map((name) => `(select count(*) from "${name}")`).join(" + ");
  const rows = await rowsOf<{ n: string | number }>(sql.raw(`select ${query} as n`));
  return Number(rows[0]!.n);
}
