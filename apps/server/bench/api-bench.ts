// `npm run bench:api` (issue 2): loads 100,000 fictional partners and measures partner search and
// partner detail through the HTTP API under 50 concurrent clients, on PGlite and (when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a server) on PostgreSQL. Side by side, in the same
// process, the baseline: the same search predicate with PostgreSQL's index scans switched off, i.e.
// what the trigram index buys. Prints one JSON document.
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { foldForSearch, partnerSearchKey } from "@renkei/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import type { DbHandle } from "../src/db/client";
import { migrateDb } from "../src/db/migrate";
import { institutions, partners } from "../src/db/schema";
import { DEMO_PASSWORD, seedDemo } from "../src/db/seed/dev-seed";
import type { Deps } from "../src/deps";
import { listPartners, partnerWhere } from "../src/features/partners/partners.repo";
import { systemClock } from "../src/lib/clock";
import { createLogger } from "../src/lib/logger";
import { benchServerUrl, openBenchDatabase } from "./bench-database";
import { latencyStats, runLoad } from "./load";
import { generatePartners, searchTerms } from "./partner-generator";

const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 100_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const BASELINE_QUERIES = Number(process.env.BENCH_BASELINE_QUERIES ?? 300);
const POOL = Number(process.env.BENCH_POOL ?? 10);
/** Paced run: each client searches once every PACE_MS (50 clients at 500 ms offer 100 requests/s). */
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 500);
const ONLY = process.env.BENCH_ONLY;

async function load(handle: DbHandle, institutionId: string) {
  const started = performance.now();
  const generated = generatePartners(PARTNERS);
  const CHUNK = 1_000;
  for (let i = 0; i < generated.length; i += CHUNK) {
    await handle.db.insert(partners).values(
      generated.slice(i, i + CHUNK).map((p) => ({
        institutionId,
        legalName: p.legalName,
        nameEn: p.nameEn,
        nameRomanized: p.nameRomanized,
        aliases: p.aliases,
        type: p.type,
        country: p.country,
        searchKey: partnerSearchKey([p.legalName, p.nameEn, p.nameRomanized, ...p.aliases]),
      })),
    );
  }
  await handle.exec("analyze partners");
  return { generated, seconds: (performance.now() - started) / 1000 };
}

/** The same predicate the API uses (folded key LIKE), with index scans off: a sequential scan. */
async function baseline(handle: DbHandle, institutionId: string, terms: string[]) {
  const run = async (term: string) => {
    const key = `%${foldForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // One statement per call keeps the settings local to this transaction on PostgreSQL and PGlite.
    await handle.exec("begin");
    try {
      await handle.exec("set local enable_bitmapscan = off; set local enable_indexscan = off");
      await handle.query(
        "select * from partners where institution_id = $1 and merged_into_id is null and search_key like $2 order by legal_name, id limit 25",
        [institutionId, key],
      );
      await handle.query(
        "select count(*)::int as n from partners where institution_id = $1 and merged_into_id is null and search_key like $2",
        [institutionId, key],
      );
    } finally {
      await handle.exec("commit");
    }
  };
  return runLoad(terms, 1, run);
}

/**
 * The search query alone under 50 concurrent clients (issue 10): the query before this change (every
 * match counted in a window, trigram LIKE for every term, matches sorted) beside the one the API runs
 * now (capped count, short-gram index for 1–2 characters, name-index walk for broad terms).
 */
async function searchQueries(handle: DbHandle, institutionId: string, terms: string[]) {
  const before = async (term: string) => {
    const key = `%${foldForSearch(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    await handle.db
      .select({ id: partners.id, total: sql<number>`count(*) over ()::int` })
      .from(partners)
      .where(
        and(
          eq(partners.institutionId, institutionId),
          isNull(partners.mergedIntoId),
          sql`${partners.searchKey} like ${key}`,
        ),
      )
      .orderBy(sql`${partners.legalName} || ''`, partners.id)
      .limit(25);
  };
  const now = async (term: string) => {
    const where = partnerWhere(
      { institutionIds: [institutionId], risk: [], today: "2026-12-04" },
      foldForSearch(term),
    );
    await listPartners(handle.db, where, { offset: 0, limit: 25 }, { searched: true });
  };
  const shortTerms = terms.filter((t) => [...foldForSearch(t)].length <= 2);
  return {
    note: `${CLIENTS} clients on the pool of ${POOL}, DB only, same terms (${shortTerms.length} of ${terms.length} are 1–2 characters)`,
    before: latencyStats(await runLoad(terms, CLIENTS, before)),
    now: latencyStats(await runLoad(terms, CLIENTS, now)),
    shortTermsBefore: latencyStats(await runLoad(shortTerms, CLIENTS, before)),
    shortTermsNow: latencyStats(await runLoad(shortTerms, CLIENTS, now)),
  };
}

/** `renkei serve --workers N` on the bench database, driven by 50 clients: throughput with 1 and 2. */
async function processThroughput(databaseUrl: string, terms: string[]) {
  const result: Record<string, unknown> = {};
  for (const workers of [1, 2]) {
    const port = 39_000 + Math.floor(Math.random() * 1000);
    const child = spawn(
      process.execPath,
      [
        path.resolve(import.meta.dirname, "../bin/renkei.js"),
        "serve",
        "--no-seed",
        "--workers",
        String(workers),
      ],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: "127.0.0.1",
          RENKEI_JOBS: "false",
          LOG_LEVEL: "error",
          LOGIN_MAX_FAILURES: "1000",
        },
        stdio: "ignore",
      },
    );
    try {
      const base = `http://127.0.0.1:${port}`;
      // Starting compiles the TypeScript sources (tsx): minutes on a loaded machine.
      let up = false;
      for (let i = 0; i < 600 && !up; i++) {
        up = await fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!up) {
          await new Promise((r) => setTimeout(r, 500));
        }
      }
      if (!up) {
        result[`workers${workers}`] = { error: "the server did not start within 5 minutes" };
        continue;
      }
      // Every worker needs its own warm-up; sessions live in the database, so one sign-in serves all.
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "coordinator@demo.renkei.example", password: DEMO_PASSWORD }),
      });
      const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
      const search = async (q: string) => {
        const res = await fetch(`${base}/api/v1/partners?q=${encodeURIComponent(q)}&pageSize=25`, {
          headers: { cookie },
        });
        if (res.status !== 200) {
          throw new Error(`search ${res.status}`);
        }
        await res.arrayBuffer();
      };
      await runLoad(terms.slice(0, 200), CLIENTS, search);
      result[`workers${workers}`] = latencyStats(await runLoad(terms, CLIENTS, search));
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
  }
  return {
    note: `renkei serve --workers N (separate processes, pool ${POOL} each) on the same database, ${CLIENTS} clients back to back`,
    ...result,
  };
}

async function benchDatabase(kind: "pglite" | "postgres") {
  const { handle, url, cleanup } = await openBenchDatabase(kind, { prefix: "renkei_bench", poolSize: POOL });
  try {
    await migrateDb(handle);
    const config = loadConfig({ RENKEI_DATA_DIR: "/nonexistent", LOGIN_MAX_FAILURES: "1000" });
    const deps: Deps = { db: handle.db, handle, clock: systemClock, logger: createLogger("silent"), config };
    await seedDemo(deps);
    const [demo] = await handle.db.select().from(institutions).where(eq(institutions.code, "demo"));
    const institutionId = (demo as { id: string }).id;
    const loaded = await load(handle, institutionId);

    const app = createApp(deps, { webDir: null });
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    // Paced clients sit idle between requests; Node's 5 s keep-alive default would reset their sockets.
    (server as unknown as { keepAliveTimeout: number }).keepAliveTimeout = 120_000;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "coordinator@demo.renkei.example", password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const get = async (p: string) => {
      const res = await fetch(`${base}${p}`, { headers: { cookie } });
      if (res.status !== 200) {
        throw new Error(`${p}: ${res.status} ${await res.text()}`);
      }
      return res.json() as Promise<{ items?: { id: string }[]; total?: number }>;
    };

    const terms = searchTerms(loaded.generated, REQUESTS);
    const hits = { found: 0, total: 0 };
    // Warm-up: fills caches and the JIT, not measured.
    await runLoad(terms.slice(0, 200), CLIENTS, (q) => get(`/api/v1/partners?q=${encodeURIComponent(q)}`));
    const searchOnce = async (q: string) => {
      const page = await get(`/api/v1/partners?q=${encodeURIComponent(q)}&pageSize=25`);
      hits.total++;
      if ((page.total ?? 0) > 0) {
        hits.found++;
      }
    };
    const search = await runLoad(terms, CLIENTS, searchOnce);
    const searchPaced = await runLoad(terms.slice(0, REQUESTS / 2), CLIENTS, searchOnce, PACE_MS);
    const ids = (
      await handle.query<{ id: string }>("select id from partners order by random() limit 2000")
    ).map((r) => r.id);
    const detailIds = Array.from({ length: REQUESTS }, (_, i) => ids[i % ids.length] as string);
    const detail = await runLoad(detailIds, CLIENTS, (id) => get(`/api/v1/partners/${id}`));
    const detailPaced = await runLoad(
      detailIds.slice(0, REQUESTS / 2),
      CLIENTS,
      (id) => get(`/api/v1/partners/${id}`),
      PACE_MS,
    );
    const baselineRun = await baseline(handle, institutionId, terms.slice(0, BASELINE_QUERIES));
    const indexedSequential = await runLoad(terms.slice(0, BASELINE_QUERIES), 1, (q) =>
      get(`/api/v1/partners?q=${encodeURIComponent(q)}&pageSize=25`),
    );
    server.close();
    const queries50 = await searchQueries(handle, institutionId, terms.slice(0, REQUESTS / 2));
    const processes = url ? await processThroughput(url, terms.slice(0, REQUESTS / 2)) : null;
    return {
      database: kind === "pglite" ? "PGlite (embedded, file-backed)" : `PostgreSQL (pool ${POOL})`,
      partners: PARTNERS,
      loadSeconds: Math.round(loaded.seconds * 10) / 10,
      clients: CLIENTS,
      searchesThatFoundSomething: `${hits.found}/${hits.total}`,
      saturated: {
        note: `${CLIENTS} clients sending back to back: the most the server does; latency is mostly queueing`,
        search: latencyStats(search),
        detail: latencyStats(detail),
      },
      paced: {
        note: `${CLIENTS} clients, each sending one request every ${PACE_MS} ms (${Math.round((CLIENTS * 1000) / PACE_MS)} requests/s offered)`,
        search: latencyStats(searchPaced),
        detail: latencyStats(detailPaced),
      },
      oneClient: {
        note: "one client, same terms: the API with the trigram index vs the same predicate as a sequential scan (DB only)",
        apiIndexed: latencyStats(indexedSequential),
        baselineSeqScan: latencyStats(baselineRun),
      },
      searchQueries50Clients: queries50,
      ...(processes ? { processes } : {}),
    };
  } finally {
    await handle.close();
    await cleanup();
  }
}

const out: Record<string, unknown> = {
  bench: "api",
  node: process.version,
  cpus: (await import("node:os")).cpus().length,
  at: new Date().toISOString(),
};
if (ONLY !== "postgres") {
  out.pglite = await benchDatabase("pglite");
}
if (ONLY === "pglite") {
  // measured PGlite only
} else if (benchServerUrl()) {
  out.postgres = await benchDatabase("postgres");
} else {
  out.postgres = { skipped: "set BENCH_DATABASE_URL=postgres://… to measure on a PostgreSQL server" };
}
console.log(JSON.stringify(out, null, 2));
