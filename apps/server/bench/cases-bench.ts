// `npm run bench:cases` (issue 5): loads 10,000 fictional collaboration cases (partners, participants,
// stage records, NDAs, tasks, comments, monitoring) and 1,000,000 audit events (hash chain computed in
// bulk), then measures the case board and the case page through the HTTP API under concurrency, on
// PGlite and (when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server) on PostgreSQL. Side by side,
// in the same run: the same requests after dropping the indexes the cases feature adds (the baseline).
// Prints one JSON document.
import type { AddressInfo } from "node:net";
import { cpus } from "node:os";
import { serve } from "@hono/node-server";
import { eq } from "drizzle-orm";
import { createApp } from "../src/app";
import { loadConfig } from "../src/config";
import type { DbHandle } from "../src/db/client";
import { migrateDb } from "../src/db/migrate";
import { institutions } from "../src/db/schema";
import { DEMO_PASSWORD, seedDemo } from "../src/db/seed/dev-seed";
import { seedId } from "../src/db/seed/seed-ids";
import type { Deps } from "../src/deps";
import { eventHash, GENESIS_HASH, type HashedFields } from "../src/features/audit/audit.writer";
import { systemClock } from "../src/lib/clock";
import { createLogger } from "../src/lib/logger";
import { benchServerUrl, openBenchDatabase } from "./bench-database";
import { latencyStats, runLoad } from "./load";

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000);
const BASELINE_REQUESTS = Number(process.env.BENCH_BASELINE_REQUESTS ?? 300);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 1000);
const ONLY = process.env.BENCH_ONLY;

/** The indexes the cases feature adds for these two pages (migrations 0003_cases and 0004_cases_extra). */
const CASE_INDEXES: Record<string, string> = {
  cases_board: "create index cases_board on cases using btree (institution_id, stage, updated_at desc)",
  cases_pi: "create index cases_pi on cases using btree (pi_user_id)",
  cases_departments: "create index cases_departments on cases using gin (department_ids)",
  case_partners_partner: "create index case_partners_partner on case_partners using btree (partner_id)",
};

const SCHEME = {
  methods: ["full_collaboration"],
  disclosurePlan: [
    {
      itemId: "d-1",
      description: "予備データ",
      timing: "under_nda",
      level: 1,
      exportControlled: false,
      thirdPartyConsent: false,
    },
  ],
  relatedIpReviewed: true,
  returnRiskAnalysis: "研究資金と流出リスク",
  negotiablePoints: ["公表前の通知期間"],
  nonNegotiablePoints: ["第三国での仲裁"],
};
const NEGOTIATION = {
  partnerResearchersReviewed: true,
  thirdPartyPatentsInvolved: false,
  thirdPartyPatentDisclosureObtained: false,
  rolesAgreed: true,
};
const PLAN = {
  theme: "材料探索",
  objectives: "容量向上",
  startsOn: "2026-04-01",
  endsOn: "2028-03-31",
  milestones: [
    { milestoneId: "m-1", title: "候補材料の選定", dueOn: "2026-09-30", completedOn: null, cancelled: false },
  ],
  participantIds: [],
};
const TERMS = {
  researchTheme: { title: "材料探索", purpose: "容量向上", content: "材料探索" },
  researchers: {
    piNamed: true,
    researchersListed: true,
    studentsParticipate: true,
    visitingResearchersParticipate: false,
  },
  places: ["工学研究科"],
  period: { startsOn: "2026-04-01", endsOn: "2028-03-31" },
  costs: { amountYen: 10_000_000, paymentTerms: "前払い", equipmentOwnership: "大学" },
  facilities: [],
  informationToProvide: { items: ["試料"], confidentialInformationDefined: true },
  schedule: { milestonesDefined: true, rolesDefined: true },
  confidentiality: { termYears: 5, survivalYearsAfterTermination: 3 },
  knowHow: { designated: false, secrecyYears: null },
  results: {
    ownership: "joint",
    assignmentToPartner: false,
    exclusiveLicenceToPartner: false,
    ipCostsAllocated: true,
  },
  assignment: { priorConsentRequired: true },
  antiSocialForcesClause: true,
  damages: { capped: true },
  governingLaw: "JP",
  jurisdiction: { method: "arbitration", seatCountry: "SG" },
  publication: { maxDelayDays: 60, partnerVeto: false },
  personnelExclusions: { allForeign: false, nationalities: [] },
  language: "en",
};

/** Bulk SQL load of the cases and everything on them (seconds). */
async function loadCases(handle: DbHandle, institutionId: string) {
  const q = (sql: string, params: unknown[] = []) => handle.query(sql, params);
  const users = await q("select id, role from users where institution_id = $1", [institutionId]);
  const userOf = (role: string) => (users.find((u) => u.role === role) as { id: string }).id;
  const coordinator = userOf("coordinator");
  const student = userOf("student");
  const deptHead = userOf("department_head");
  // 200 researchers to act as PIs; they sign in through SSO only (no password).
  await q(
    `insert into users (institution_id, department_id, email, display_name, role)
     select $1, (array[$2::uuid,$3::uuid,$4::uuid])[1 + g % 3], 'pi' || g || '@bench.example', '研究者 ' || g, 'researcher'
     from generate_series(1, 200) g`,
    [institutionId, seedId("department", 0), seedId("department", 1), seedId("department", 2)],
  );
  await q(
    `insert into partners (institution_id, legal_name, type, country, search_key)
     select $1, 'Bench Partner ' || g, 'company', (array['US','DE','CN','JP','KR','SG','FR','IN'])[1 + g % 8], 'bench partner ' || g
     from generate_series(1, 1000) g`,
    [institutionId],
  );
  const stages = [
    "intake",
    "internal_check",
    "due_diligence",
    "scheme_design",
    "nda",
    "negotiation",
    "research_plan",
    "contract_terms",
    "agreement_confirmation",
    "export_risk_review",
    "active",
    "closing",
    "closed",
    "declined",
    "withdrawn",
  ];
  // Every stage is represented; active and closed hold the most cases, as in a running office.
  await q(
    `with pis as (select array_agg(id) a from users where institution_id = $1 and role = 'researcher'),
          depts as (select array_agg(id) a from departments where institution_id = $1)
     insert into cases (institution_id, ref, kind, title, stage, pi_user_id, department_ids, field_area,
       emerging_tech, contract_signed_on, blocked, blockers, created_by, created_at, updated_at, stage_entered_at)
     select $1, 'B-' || lpad(g::text, 6, '0'),
       (array['joint_research','contract_research','licence','consulting','mou','researcher_exchange','national_project'])[1 + g % 7],
       '共同研究テーマ ' || g,
       s.stage,
       (select a[1 + g % array_length(a, 1)] from pis),
       array[(select a[1 + g % array_length(a, 1)] from depts)],
       (array['life_science','ict','environment','nanotech_materials','energy','manufacturing'])[1 + g % 6],
       case when g % 9 = 0 then array['quantum'] else '{}'::text[] end,
       case when s.stage in ('active','closing','closed') then date '2026-04-01' else null end,
       g % 3 = 0,
       case when g % 3 = 0 then '[{"ruleId":"GATE-SCREEN-PARTNER","sourceId":"seed001§IV.2-9","text":"リスト照合が未了"}]'::jsonb else '[]'::jsonb end,
       $2,
       now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
     from generate_series(1, $3::int) g
     cross join lateral (select (array[${stages.map((s) => `'${s}'`).join(",")},'active','active','closed','closed'])[1 + (g * 7) % 19] as stage) s`,
    [institutionId, coordinator, CASES],
  );
  await q(
    `with ps as (select array_agg(id) a from partners where institution_id = $1)
     insert into case_partners (institution_id, case_id, partner_id, sectors, due_diligence)
     select $1, c.id, (select a[1 + (abs(hashtext(c.id::text)) + k) % array_length(a, 1)] from ps), '{}',
       '{"ownershipKnown":true,"militaryAffiliation":false,"countryRules":{"reviewed":true,"compelledDisclosure":false,"firstFilingRequirement":false},"reputationNotes":[]}'::jsonb
     from cases c cross join generate_series(0, 1) k
     where c.institution_id = $1 and c.ref like 'B-%' and (k = 0 or abs(hashtext(c.id::text)) % 3 = 0)
     on conflict do nothing`,
    [institutionId],
  );
  await q(
    `insert into case_participants (institution_id, case_id, kind, user_id, role_on_case, informed_consent_on, pledge_on)
     select $1, id, 'student', $2, '実験補助', date '2026-03-01', date '2026-03-01' from cases
     where institution_id = $1 and ref like 'B-%' and abs(hashtext(id::text)) % 2 = 0`,
    [institutionId, student],
  );
  await q(
    `insert into case_participants (institution_id, case_id, kind, user_id, role_on_case)
     select $1, id, 'staff', $2, '共同研究者' from cases
     where institution_id = $1 and ref like 'B-%' and abs(hashtext(id::text)) % 3 = 0`,
    [institutionId, deptHead],
  );
  const later = (from: string) =>
    stages
      .slice(stages.indexOf(from), 13)
      .map((s) => `'${s}'`)
      .join(",");
  for (const [section, data, from] of [
    [
      "internal_check",
      {
        input: { researcher: { wish: "willing", capacityConfirmed: true }, basicPatents: [], note: "" },
        result: { outcome: "clear", reasons: [], blocking: [], notes: [], conflicts: [] },
        recordedOn: "2026-02-01",
      },
      "due_diligence",
    ],
    ["scheme", SCHEME, "nda"],
    ["negotiation", NEGOTIATION, "research_plan"],
    ["research_plan", PLAN, "contract_terms"],
    ["contract_terms", TERMS, "agreement_confirmation"],
    [
      "agreement_confirmation",
      { piConstraintsReviewed: true, conformsToInstitutionalRules: true, briefedParticipantIds: [] },
      "export_risk_review",
    ],
  ] as const) {
    await q(
      `insert into case_stage_records (case_id, section, institution_id, data, updated_by)
       select id, $2, $1, $3::jsonb, $4 from cases where institution_id = $1 and ref like 'B-%' and stage in (${later(from)})`,
      [institutionId, section, JSON.stringify(data), coordinator],
    );
  }
  await q(
    `insert into case_ndas (institution_id, case_id, partner_ids, signed_on, expires_on, recorded_by)
     select $1, c.id, array(select partner_id from case_partners cp where cp.case_id = c.id), date '2026-03-01', date '2029-02-28', $2
     from cases c where c.institution_id = $1 and c.ref like 'B-%' and c.stage in (${later("negotiation")})`,
    [institutionId, coordinator],
  );
  await q(
    `insert into case_tasks (institution_id, case_id, title, assignee_id, due_on, done_at, created_by)
     select $1, c.id, 'タスク ' || k, $2, date '2026-12-01' + k, case when k = 0 then now() else null end, $2
     from cases c cross join generate_series(0, 2) k where c.institution_id = $1 and c.ref like 'B-%'`,
    [institutionId, coordinator],
  );
  await q(
    `insert into case_comments (institution_id, case_id, author_id, body, created_at)
     select $1, c.id, $2, 'コメント ' || k || '：相手方と打合せを行いました。', now() - (k || ' days')::interval
     from cases c cross join generate_series(1, 3) k where c.institution_id = $1 and c.ref like 'B-%'`,
    [institutionId, coordinator],
  );
  await q(
    `insert into case_monitoring_items (institution_id, case_id, kind, title, due_on, completed_on, plan_milestone_id, created_by)
     select $1, c.id, m.kind, m.title, m.due, m.done, m.plan, $2
     from cases c cross join (values
       ('milestone', '候補材料の選定', date '2026-09-30', date '2026-09-20', 'm-1'),
       ('meeting', '進捗会議', date '2026-10-20', null::date, null),
       ('progress_report', '四半期報告', date '2026-12-31', null::date, null)) as m(kind, title, due, done, plan)
     where c.institution_id = $1 and c.ref like 'B-%' and c.stage in ('active','closing','closed')`,
    [institutionId, coordinator],
  );
}

/**
 * 1,000,000 audit events continuing the institution's hash chain: ~90 % about the bench cases (their
 * history), the rest about partners. Hashes are computed here and inserted 10,000 rows per statement.
 */
async function loadAudit(handle: DbHandle, institutionId: string) {
  const caseIds = (
    await handle.query<{ id: string }>("select id from cases where institution_id = $1 and ref like 'B-%'", [
      institutionId,
    ])
  ).map((r) => r.id);
  const partnerIds = (
    await handle.query<{ id: string }>("select id from partners where institution_id = $1 limit 2000", [
      institutionId,
    ])
  ).map((r) => r.id);
  const [head] = await handle.query<{ last_hash: string }>(
    "select last_hash from audit_heads where institution_id = $1",
    [institutionId],
  );
  let prev = head?.last_hash ?? GENESIS_HASH;
  const start = Date.parse("2023-04-01T00:00:00Z");
  const step = (Date.now() - 86_400_000 - start) / EVENTS;
  const actions = [
    "case.stage_data_saved",
    "case.comment_added",
    "case.task_updated",
    "case.stage_changed",
    "case.document_downloaded",
  ];
  const BATCH = 10_000;
  for (let offset = 0; offset < EVENTS; offset += BATCH) {
    const n = Math.min(BATCH, EVENTS - offset);
    const cols: Record<string, unknown[]> = {
      at: [],
      action: [],
      entityType: [],
      entityId: [],
      after: [],
      prevHash: [],
      hash: [],
    };
    for (let i = 0; i < n; i++) {
      const k = offset + i;
      const isCase = k % 10 !== 0;
      const fields: HashedFields = {
        institutionId,
        at: new Date(start + k * step).toISOString(),
        actorId: null,
        actorLabel: "bench",
        action: isCase ? (actions[k % actions.length] as string) : "partner.updated",
        entityType: isCase ? "case" : "partner",
        entityId: isCase
          ? (caseIds[k % caseIds.length] as string)
          : (partnerIds[k % partnerIds.length] as string),
        before: null,
        after: { n: k, note: "ベンチマーク用のイベント" },
      };
      const hash = eventHash(prev, fields);
      cols.at!.push(fields.at);
      cols.action!.push(fields.action);
      cols.entityType!.push(fields.entityType);
      cols.entityId!.push(fields.entityId);
      cols.after!.push(JSON.stringify(fields.after));
      cols.prevHash!.push(prev);
      cols.hash!.push(hash);
      prev = hash;
    }
    await handle.query(
      `insert into audit_events (institution_id, at, actor_id, actor_label, action, entity_type, entity_id, before, after, prev_hash, hash)
       select $1, t.at, null, 'bench', t.action, t.entity_type, t.entity_id, null, t.after::jsonb, t.prev_hash, t.hash
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         with ordinality as t(at, action, entity_type, entity_id, after, prev_hash, hash, ord)
       order by t.ord`,
      [
        institutionId,
        cols.at,
        cols.action,
        cols.entityType,
        cols.entityId,
        cols.after,
        cols.prevHash,
        cols.hash,
      ],
    );
  }
  await handle.query(
    `update audit_heads set last_seq = (select max(seq) from audit_events where institution_id = $1), last_hash = $2
     where institution_id = $1`,
    [institutionId, prev],
  );
}

async function benchDatabase(kind: "pglite" | "postgres") {
  const { handle, cleanup } = await openBenchDatabase(kind, { prefix: "renkei_bench", poolSize: POOL });
  try {
    await migrateDb(handle);
    const config = loadConfig({ RENKEI_DATA_DIR: "/nonexistent", LOGIN_MAX_FAILURES: "1000" });
    const deps: Deps = { db: handle.db, handle, clock: systemClock, logger: createLogger("silent"), config };
    await seedDemo(deps);
    const [demo] = await handle.db.select().from(institutions).where(eq(institutions.code, "demo"));
    const institutionId = (demo as { id: string }).id;
    const t0 = performance.now();
    await loadCases(handle, institutionId);
    const casesSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await loadAudit(handle, institutionId);
    const auditSeconds = (performance.now() - t1) / 1000;
    // A steady-state database: vacuumed (visibility map set, as autovacuum would) and analysed.
    await handle.exec("vacuum analyze");
    const [counts] = await handle.query<{ cases: number; events: number }>(
      "select (select count(*)::int from cases) as cases, (select count(*)::int from audit_events) as events",
    );

    const app = createApp(deps, { webDir: null });
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((r) => server.once("listening", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const signIn = async (email: string) => {
      const res = await fetch(`${base}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      return (res.headers.get("set-cookie") ?? "").split(";")[0] as string;
    };
    const coordinator = await signIn("coordinator@demo.renkei.example");
    const get = async (p: string, cookie = coordinator) => {
      const res = await fetch(`${base}${p}`, { headers: { cookie } });
      if (res.status !== 200) {
        throw new Error(`${p}: ${res.status} ${await res.text()}`);
      }
      return res.json();
    };

    const caseIds = (
      await handle.query<{ id: string }>(
        "select id from cases where ref like 'B-%' order by random() limit 1000",
      )
    ).map((r) => r.id);
    const partnerIds = (
      await handle.query<{ id: string }>("select distinct partner_id as id from case_partners limit 200")
    ).map((r) => r.id);
    const deptIds = [0, 1, 2].map((i) => seedId("department", i));
    const piIds = (
      await handle.query<{ id: string }>("select id from users where email like 'pi%@bench.example'")
    ).map((r) => r.id);
    // The board as people use it: unfiltered, and by department, PI, partner, kind and blocked.
    const boardUrl = (i: number) => {
      switch (i % 6) {
        case 0:
          return "/api/v1/cases";
        case 1:
          return `/api/v1/cases?departmentId=${deptIds[i % 3]}`;
        case 2:
          return `/api/v1/cases?piUserId=${piIds[i % piIds.length]}`;
        case 3:
          return `/api/v1/cases?partnerId=${partnerIds[i % partnerIds.length]}`;
        case 4:
          return "/api/v1/cases?blocked=true&kind=joint_research";
        default:
          return "/api/v1/cases?stage=active&page=3&perStage=60";
      }
    };
    const boards = Array.from({ length: REQUESTS }, (_, i) => boardUrl(i));
    const pages = Array.from({ length: REQUESTS }, (_, i) => `/api/v1/cases/${caseIds[i % caseIds.length]}`);
    const histories = Array.from(
      { length: REQUESTS },
      (_, i) => `/api/v1/cases/${caseIds[(i * 7) % caseIds.length]}/history`,
    );

    const measure = async (requests: number) => {
      await runLoad([...boards.slice(0, 60), ...pages.slice(0, 60)], CLIENTS, (u) => get(u)); // warm-up
      return {
        oneClient: {
          note: "one client, back to back: the cost of one request without queueing",
          board: latencyStats(await runLoad(boards.slice(0, requests / 4), 1, (u) => get(u))),
          casePage: latencyStats(await runLoad(pages.slice(0, requests / 4), 1, (u) => get(u))),
          caseHistory: latencyStats(await runLoad(histories.slice(0, requests / 4), 1, (u) => get(u))),
        },
        saturated: {
          note: `${CLIENTS} clients sending back to back`,
          board: latencyStats(await runLoad(boards.slice(0, requests), CLIENTS, (u) => get(u))),
          casePage: latencyStats(await runLoad(pages.slice(0, requests), CLIENTS, (u) => get(u))),
          caseHistory: latencyStats(await runLoad(histories.slice(0, requests), CLIENTS, (u) => get(u))),
        },
        paced: {
          note: `${CLIENTS} clients, one request every ${PACE_MS} ms each (${Math.round((CLIENTS * 1000) / PACE_MS)} requests/s offered)`,
          board: latencyStats(await runLoad(boards.slice(0, requests / 2), CLIENTS, (u) => get(u), PACE_MS)),
          casePage: latencyStats(
            await runLoad(pages.slice(0, requests / 2), CLIENTS, (u) => get(u), PACE_MS),
          ),
        },
      };
    };
    if (process.env.BENCH_LOAD_ONLY) {
      server.close();
      console.error(`loaded: ${JSON.stringify(counts)}`);
      return { loadedOnly: true };
    }
    const withIndexes = await measure(REQUESTS);
    for (const name of Object.keys(CASE_INDEXES)) {
      await handle.exec(`drop index if exists ${name}`);
    }
    await handle.exec("analyze");
    const withoutIndexes = await measure(BASELINE_REQUESTS);
    for (const ddl of Object.values(CASE_INDEXES)) {
      await handle.exec(ddl);
    }
    server.close();
    return {
      database: kind === "pglite" ? "PGlite (embedded, file-backed)" : `PostgreSQL (pool ${POOL})`,
      cases: counts?.cases,
      auditEvents: counts?.events,
      loadSeconds: { cases: Math.round(casesSeconds * 10) / 10, audit: Math.round(auditSeconds * 10) / 10 },
      clients: CLIENTS,
      withCaseIndexes: withIndexes,
      baselineWithoutCaseIndexes: { dropped: Object.keys(CASE_INDEXES), ...withoutIndexes },
    };
  } finally {
    await handle.close();
    if (process.env.BENCH_KEEP_DB) {
      console.error("kept database (BENCH_KEEP_DB): drop it yourself");
    } else {
      await cleanup();
    }
  }
}

const out: Record<string, unknown> = {
  bench: "cases",
  node: process.version,
  cpus: cpus().length,
  at: new Date().toISOString(),
};
if (ONLY !== "pglite") {
  if (benchServerUrl()) {
    out.postgres = await benchDatabase("postgres");
  } else {
    out.postgres = { skipped: "set BENCH_DATABASE_URL=postgres://… to measure on a PostgreSQL server" };
  }
}
if (ONLY !== "postgres") {
  out.pglite = await benchDatabase("pglite");
}
console.log(JSON.stringify(out, null, 2));
