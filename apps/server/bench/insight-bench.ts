// `npm run bench:insight` (issue 16): on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL), loads 5
// fictional institutions with 10,000 cases, 10,000 agreements and 100,000 receipts in total (plus 5,000
// transaction reviews, 10,000 monitoring items and 30,000 stage-change events), then measures for one
// institution, one client at a time, in the same run:
//  - each dashboard (executive, export-control office, collaboration) through its service;
//  - the survey export (Excel) for a year;
//  - baselines: the year's receipts read alone (the least any figure needs) and the survey page (`get`).
// Prints one JSON document with the machine's load.
import { cpus, loadavg } from "node:os";
import { hasPermission } from "@renkei/domain";
import { createDashboardService } from "../src/features/insight/dashboard.service";
import { createSurveyService } from "../src/features/insight/survey.service";
import type { Actor } from "../src/http/context";
import { openBenchDeps } from "./bench-database";
import { sequentialTimes, sampleStats as stats } from "./load";

const INSTITUTIONS = 5;
const CASES = Number(process.env.BENCH_CASES ?? 10_000) / INSTITUTIONS;
const RECEIPTS_PER_AGREEMENT = 10;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const FY = 2026;

async function main() {
  const { handle, deps, close } = await openBenchDeps("bench:insight", "renkei_bench_insight");
  try {
    const t0 = performance.now();
    const insts = await handle.query<{ id: string }>(
      `insert into institutions (code, name_ja, name_en)
       select 'bench-' || g, 'ベンチ大学' || g, 'Bench University ' || g from generate_series(1, ${INSTITUTIONS}) g
       returning id`,
    );
    const stages = [
      "intake",
      "due_diligence",
      "negotiation",
      "contract_terms",
      "export_risk_review",
      "active",
      "closed",
    ];
    for (const { id } of insts) {
      const [user] = await handle.query<{ id: string }>(
        `insert into users (institution_id, email, display_name, role, password_hash)
         values ($1, $2, '役員', 'executive', 'x') returning id`,
        [id, `exec-${id}@bench.example`],
      );
      // Cases spread over stages; an active or closed case has a signed contract (table CHECK).
      await handle.query(
        `insert into cases (institution_id, ref, kind, title, stage, stage_entered_at, contract_signed_on, created_at)
         select $1, 'B-' || g, 'joint_research', '負荷試験の案件 ' || g, (array[${stages.map((s) => `'${s}'`).join(",")}])[1 + g % ${stages.length}],
           now() - (g % 200) * interval '1 day', case when g % ${stages.length} >= 5 then current_date end,
           now() - (200 + g % 300) * interval '1 day'
         from generate_series(1, $2::int) g`,
        [id, CASES],
      );
      await handle.query(
        `insert into audit_events (institution_id, at, actor_label, action, entity_type, entity_id, after, prev_hash, hash)
         select c.institution_id, to_char((c.created_at + s * interval '20 days') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'bench', 'case.stage_changed', 'case', c.id::text,
           jsonb_build_object('from', (array['intake','due_diligence','negotiation'])[s], 'to', (array['due_diligence','negotiation','contract_terms'])[s]),
           md5(c.id::text || s), md5(c.id::text || s || 'h')
         from cases c cross join generate_series(1, 3) s where c.institution_id = $1`,
        [id],
      );
      await handle.query(
        `insert into survey_agreements (institution_id, case_id, title, kind, partner_type, start_on)
         select institution_id, id, title, case when random() < 0.7 then 'joint_research' else 'contract_research' end,
           (array['large_company','sme','foreign_company','national_government','other'])[1 + (ref_n % 5)], date '2024-04-01' + (ref_n % 700)
         from (select *, substr(ref, 3)::int as ref_n from cases where institution_id = $1) c`,
        [id],
      );
      await handle.query(
        `insert into receipts (institution_id, agreement_id, kind, partner_type, partner_country, direct, indirect, received_on, fiscal_year)
         select a.institution_id, a.id, a.kind, a.partner_type, case when a.partner_type = 'foreign_company' then 'US' else 'JP' end,
           100000 + (g * 37919) % 5000000, 30000 + (g * 7919) % 1500000, d, case when extract(month from d) >= 4 then extract(year from d) else extract(year from d) - 1 end
         from survey_agreements a cross join generate_series(1, ${RECEIPTS_PER_AGREEMENT}) g
         cross join lateral (select date '2025-04-01' + ((g * 73 + length(a.id::text)) % 700) as d) x
         where a.institution_id = $1`,
        [id],
      );
      await handle.query(
        `insert into ec_transaction_reviews (institution_id, ref_no, title, applicant_id, entered_by, status, decision, submitted_at, decided_at, retention_until)
         select $1, 'R-' || g, '取引審査 ' || g, $2, $2, case when g % 4 = 0 then 'officer_review' else 'decided' end,
           case when g % 4 = 0 then null else 'approved' end, now() - (g % 300) * interval '1 day',
           case when g % 4 = 0 then null else now() - (g % 300) * interval '1 day' + (g % 30) * interval '1 day' end, date '2036-03-31'
         from generate_series(1, $3::int) g`,
        [id, user!.id, CASES / 2],
      );
      await handle.query(
        `insert into case_monitoring_items (institution_id, case_id, kind, title, due_on, completed_on)
         select c.institution_id, c.id, 'progress_report', '進捗報告', current_date - (g * 40) + 60, case when g = 1 then current_date end
         from cases c cross join generate_series(1, 2) g where c.institution_id = $1 and c.stage = 'active'`,
        [id],
      );
    }
    const loadSeconds = (performance.now() - t0) / 1000;
    await handle.exec("vacuum analyze");
    const [counts] = await handle.query<Record<string, number>>(
      `select (select count(*)::int from cases) as cases, (select count(*)::int from survey_agreements) as agreements,
        (select count(*)::int from receipts) as receipts, (select count(*)::int from ec_transaction_reviews) as reviews,
        (select count(*)::int from audit_events) as "auditEvents", (select count(*)::int from case_monitoring_items) as "monitoringItems"`,
    );
    const inst = insts[0]!.id;
    const actor: Actor = {
      userId: "00000000-0000-4000-8000-000000000000",
      institutionId: inst,
      role: "executive",
      displayName: "bench",
      email: "bench@bench.example",
      departmentId: null,
      csrfToken: "",
      sessionHash: "",
      consultable: [],
      can: (p) => hasPermission("executive", p),
    };
    const survey = createSurveyService(deps);
    const dashboards = createDashboardService(deps, survey);
    const baselineReceipts = await sequentialTimes(
      SAMPLES,
      () => handle.query("select * from receipts where institution_id = $1 and fiscal_year = $2", [inst, FY]),
      true,
    );
    const surveyPage = await sequentialTimes(SAMPLES, () => survey.get(actor, FY), true);
    const executive = await sequentialTimes(SAMPLES, () => dashboards.get(actor, "executive", FY), true);
    const exportControl = await sequentialTimes(
      SAMPLES,
      () => dashboards.get(actor, "export_control", FY),
      true,
    );
    const collaboration = await sequentialTimes(
      SAMPLES,
      () => dashboards.get(actor, "collaboration", FY),
      true,
    );
    // The export writes an audit event in the actor's chain: the bench actor needs a user row for nothing
    // else, so the export is timed through the same service with the audit append included.
    const exportXlsx = await sequentialTimes(5, () => survey.exportXlsx(actor, FY), true);
    const r = {
      bench: "insight",
      database: "postgres (shared server on 127.0.0.1:55432, own database)",
      machine: { cpus: cpus().length, loadavgBefore: loadavg().map((x) => Number(x.toFixed(2))) },
      load: { institutions: INSTITUTIONS, ...counts, seconds: Number(loadSeconds.toFixed(1)) },
      fiscalYear: FY,
      baseline: { receiptsOfTheYearRead: stats(baselineReceipts), surveyPage: stats(surveyPage) },
      dashboards: {
        executive: stats(executive),
        exportControl: stats(exportControl),
        collaboration: stats(collaboration),
      },
      surveyExportXlsx: stats(exportXlsx),
      loadavgAfter: loadavg().map((x) => Number(x.toFixed(2))),
    };
    console.log(JSON.stringify(r, null, 2));
  } finally {
    await close();
  }
}

await main();
