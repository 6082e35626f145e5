import { ROLES, type Role } from "@renkei/domain";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addInstitution } from "../ec-workflows/support";
import { createTestApp, type TestUser } from "../harness";
import { arbitraryFor, type Operation, operations, roleFor } from "./openapi-routes";

/**
 * The isolation sweep (issue 10, item 11): every route of the OpenAPI document called by a user of
 * another institution, with the ids of the demo institution's records in the path and the body. No
 * answer may be a 2xx that reaches a demo record, and no answer may contain a demo record's name.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let ops: Operation[];
let resolve: (s: unknown) => unknown;
const outsiders = new Map<Role, TestUser>();
/** Demo-institution ids by table, and names that only the demo institution's records carry. */
let idsByTable: Map<string, string[]>;
let names: string[];

async function rows<T>(q: ReturnType<typeof sql>) {
  return ((await t.deps.db.execute(q)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
  t = await createTestApp();
  ({ ops, resolve } = await operations(t.app));
  const [demo] = await rows<{ id: string }>(sql`select id from institutions where code = 'demo'`);
  const other = await addInstitution(t, "outside", [...ROLES]);
  for (const role of ROLES) {
    outsiders.set(role, await other.signIn(role));
  }
  // Every table with an institution_id and an id: a few of the demo institution's rows each.
  const tables = await rows<{ table_name: string }>(
    sql`select c.table_name from information_schema.columns c
        join information_schema.columns i on i.table_name = c.table_name and i.column_name = 'id'
        where c.table_schema = 'public' and c.column_name = 'institution_id'`,
  );
  idsByTable = new Map();
  for (const { table_name } of tables) {
    const found = await rows<{ id: string }>(
      sql.raw(`select id::text from "${table_name}" where institution_id = '${demo!.id}' limit 2`),
    );
    if (found.length) {
      idsByTable.set(
        table_name,
        found.map((r) => r.id),
      );
    }
  }
  const named = await rows<{ name: string }>(
    sql`select legal_name as name from partners where institution_id = ${demo!.id}
        union select display_name from users where institution_id = ${demo!.id}
        union select title from cases where institution_id = ${demo!.id}`,
  );
  // Long, specific names only: a short word could appear in any answer by chance.
  names = named.map((r) => r.name).filter((n) => n.length >= 8);
});
afterAll(() => t.close());

/** The demo ids to try in a route: tables named like the route's path segments, else a sample of all. */
function candidateIds(op: Operation): string[] {
  const words = op.path
    .replace("/api/v1/", "")
    .split(/[/-]/)
    .filter((w) => w && !w.startsWith("{"))
    .map((w) => w.replace(/ies$/, "y").replace(/s$/, ""));
  const matching = [...idsByTable.entries()].filter(([table]) =>
    words.some((w) => w.length > 2 && table.includes(w)),
  );
  const pool = (matching.length ? matching : [...idsByTable.entries()]).flatMap(([, ids]) => ids);
  return [...new Set(pool)].slice(0, 8);
}

describe("another institution's ids on every route", () => {
  it("knows demo records in many tables, and their names", () => {
    expect(idsByTable.size).toBeGreaterThan(15);
    expect(names.length).toBeGreaterThan(20);
  });

  it("never answers 2xx to a demo id in the path, and never shows a demo name", async () => {
    const leaks: string[] = [];
    let calls = 0;
    for (const op of ops) {
      if (op.path.startsWith("/api/v1/auth/")) {
        continue;
      }
      const role = roleFor(op.permission);
      const user = role ? outsiders.get(role)! : outsiders.get("admin")!;
      const ids = candidateIds(op);
      const body =
        op.json && op.method !== "GET"
          ? fc.sample(arbitraryFor(op.json, resolve, [...idsByTable.values()].flat()), {
              numRuns: 1,
              seed: 7,
            })[0]
          : undefined;
      for (const id of op.params.length ? ids : [null]) {
        const path = op.params.reduce((p, name) => p.replace(`{${name}}`, id ?? ""), op.path);
        const res =
          op.method === "GET"
            ? await user.get(path)
            : op.method === "DELETE"
              ? await user.del(path)
              : await (op.method === "PUT" ? user.put : op.method === "PATCH" ? user.patch : user.post)(
                  path,
                  body,
                );
        calls++;
        if (res.status >= 500) {
          leaks.push(`${op.method} ${path}: ${res.status}`);
        }
        if (id && res.status >= 200 && res.status < 300) {
          leaks.push(`${op.method} ${path}: ${res.status} with another institution's id`);
        }
        const hit = names.find((n) => res.text.includes(n));
        if (hit) {
          leaks.push(`${op.method} ${path}: shows "${hit}"`);
        }
      }
    }
    expect(calls).toBeGreaterThan(200);
    expect(leaks).toEqual([]);
  });
});
