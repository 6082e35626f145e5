// `npm run bench:secrets` (issue 12): on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL), loads
// 1,000 fictional cases with 100,000 documents and 10,000 confidential-register items (with access
// lists), then measures, one client at a time and in the same run:
//  - a document read without the access check (the row only: the baseline) and with it
//    (`readCaseDocument`: the caller's context, the item, `decideSecretAccess`, the access-log row);
//  - the case page with the check (`detail.get`), the case page's loads without it (the baseline:
//    the same facts and work queries the page runs), and the check alone (`caseSecretsView`).
// Prints one JSON document with the machine's load.
import { cpus, loadavg } from "node:os";
import { hasPermission, type Role } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { Tx } from "../src/db/client";
import { caseDocuments, cases, institutions, users } from "../src/db/schema";
import { seedDemo } from "../src/db/seed/dev-seed";
import { appendAudit } from "../src/features/audit/audit.writer";
import { createCaseDetailService } from "../src/features/cases/case-detail.service";
import { loadCaseBundle } from "../src/features/cases/case-facts";
import { settingsOf } from "../src/features/cases/case-settings";
import { auditActor } from "../src/features/cases/case-write";
import { loadCaseWork } from "../src/features/cases/cases.repo";
import { caseSecretsView } from "../src/features/secrets/case-secrets";
import { readCaseDocument } from "../src/features/secrets/document-read";
import { decide, loadSecretContext } from "../src/features/secrets/secret-gate";
import type { Actor } from "../src/http/context";
import { openBenchDeps } from "./bench-database";
import { sequentialTimes, sampleStats as stats } from "./load";

const CASES = Number(process.env.BENCH_CASES ?? 1_000);
const DOCS_PER_CASE = Number(process.env.BENCH_DOCS_PER_CASE ?? 100);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 500);

async function main() {
  const { handle, deps, close } = await openBenchDeps("bench:secrets", "renkei_bench_secrets");
  try {
    await seedDemo(deps);
    const [demo] = await handle.db.select().from(institutions).where(eq(institutions.code, "demo"));
    const inst = demo!.id;
    const byRole = async (role: Role) => {
      const [u] = await handle.db
        .select()
        .from(users)
        .where(and(eq(users.institutionId, inst), eq(users.role, role)));
      return u!;
    };
    const researcher = await byRole("researcher");
    const coordinator = await byRole("coordinator");
    const t0 = performance.now();
    await handle.query(
      `insert into cases (institution_id, ref, kind, title, stage, pi_user_id, created_by)
       select $1, 'B-' || g, 'joint_research', '負荷試験の案件 ' || g, 'negotiation', $2, $3
       from generate_series(1, $4::int) g`,
      [inst, researcher.id, coordinator.id, CASES],
    );
    // Each bench case has one of the demo partners, so register items carry a partner (walls are checked).
    await handle.query(
      `insert into case_partners (institution_id, case_id, partner_id, due_diligence)
       select c.institution_id, c.id, p.ids[1 + (row_number() over (order by c.id))::int % cardinality(p.ids)], '{}'::jsonb
       from cases c, (select array_agg(id order by id) as ids from partners where institution_id = $1) p
       where c.ref like 'B-%' and c.institution_id = $1`,
      [inst],
    );
    await handle.query(
      `insert into case_documents (institution_id, case_id, category, file_name, content_type, size_bytes,
         sha256, content, uploaded_by)
       select c.institution_id, c.id, 'other', 'doc-' || g || '.txt', 'text/plain', 200, md5(c.id::text || g),
         convert_to(repeat('x', 200), 'UTF8'), $2
       from cases c cross join generate_series(1, $3::int) g where c.ref like 'B-%' and c.institution_id = $1`,
      [inst, coordinator.id, DOCS_PER_CASE],
    );
    // 10,000 register items over the documents, levels 0–3 in turn, responsible: the coordinator.
    await handle.query(
      `insert into secret_items (institution_id, title, level, origin, direction, case_id, partner_id,
         responsible_user_id, storage_kind, document_id)
       select d.institution_id, d.file_name, (row_number() over (order by d.id)) % 4, 'received', 'received',
         d.case_id, (select cp.partner_id from case_partners cp where cp.case_id = d.case_id limit 1), $2,
         'renkei', d.id
       from case_documents d where d.institution_id = $1 order by d.id limit $3`,
      [inst, coordinator.id, ITEMS],
    );
    // The researcher is on the access list of every 厳秘 item (2,500 grants).
    await handle.query(
      `insert into secret_access_grants (institution_id, item_id, user_id, can_download, granted_by)
       select institution_id, id, $2, false, $3 from secret_items where institution_id = $1 and level = 2`,
      [inst, researcher.id, coordinator.id],
    );
    const loadSeconds = (performance.now() - t0) / 1000;
    await handle.exec("vacuum analyze");
    const [counts] = await handle.query<{ docs: number; items: number; grants: number }>(
      `select (select count(*)::int from case_documents) as docs, (select count(*)::int from secret_items) as items,
        (select count(*)::int from secret_access_grants) as grants`,
    );

    const actor: Actor = {
      userId: researcher.id,
      institutionId: inst,
      role: "researcher",
      displayName: researcher.displayName,
      email: researcher.email,
      departmentId: researcher.departmentId,
      csrfToken: "",
      sessionHash: "",
      consultable: [],
      can: (p) => hasPermission("researcher", p),
    };
    // Level-1 documents with a register item (the check decides them; no stamping for text files).
    const docs = await handle.query<{ id: string; caseId: string }>(
      `select d.id, d.case_id as "caseId" from case_documents d join secret_items i on i.document_id = d.id
       where i.level = 1 order by random() limit ${SAMPLES}`,
    );
    const caseRows = await handle.db.select().from(cases).where(eq(cases.institutionId, inst));
    const benchCases = caseRows.filter((c) => c.ref.startsWith("B-"));
    const caseOf = new Map(benchCases.map((c) => [c.id, c]));
    const pick = (i: number) => docs[i % docs.length]!;

    const readRow = (i: number) =>
      handle.db
        .select()
        .from(caseDocuments)
        .where(eq(caseDocuments.id, pick(i).id));
    // Warm-up, then the two measurements interleaved in rounds so load changes hit both alike.
    await sequentialTimes(50, readRow);
    const baselineRead: number[] = [];
    const checkedRead: number[] = [];
    const decidedRead: number[] = [];
    const routeBefore: number[] = [];
    const routeNow: number[] = [];
    const auditDownload = (tx: Tx, caseId: string, id: string) =>
      appendAudit(tx, {
        institutionId: inst,
        actor: auditActor(actor),
        action: "case.document_downloaded",
        entityType: "case",
        entityId: caseId,
        after: { id },
        at: new Date(),
      });
    for (let round = 0; round < 5; round++) {
      const off = (round * SAMPLES) / 5;
      baselineRead.push(...(await sequentialTimes(SAMPLES / 5, (i) => readRow(off + i))));
      // The decision alone: the caller's context and the item loaded, `decideSecretAccess` asked.
      decidedRead.push(
        ...(await sequentialTimes(SAMPLES / 5, async (i) => {
          const d = pick(off + i);
          // As the read path does it: the caller's context and the item in one query, beside the row.
          const [[doc], ctx] = await Promise.all([
            readRow(off + i),
            loadSecretContext(handle.db, actor, new Set([d.caseId]), {
              caseId: d.caseId,
              documentId: d.id,
            }),
          ]);
          const item = ctx.items[0];
          if (
            !doc ||
            decide(ctx, { ...item!, level: 1, status: "active", caseId: d.caseId }, "download").outcome !==
              "allow"
          ) {
            throw new Error("bench: expected an allowed read");
          }
        })),
      );
      checkedRead.push(
        ...(await sequentialTimes(SAMPLES / 5, async (i) => {
          const d = pick(off + i);
          const [doc] = await readRow(off + i);
          await readCaseDocument(handle.db, actor, caseOf.get(d.caseId)!, doc!, "download", new Date());
        })),
      );
      // The download route as it was before issue 12 (row + its audit event in one transaction) and as it
      // is now (row + the check + the access-log row written with the audit event, one transaction).
      routeBefore.push(
        ...(await sequentialTimes(SAMPLES / 5, async (i) => {
          const d = pick(off + i);
          const [doc] = await readRow(off + i);
          await handle.db.transaction((tx) => auditDownload(tx, d.caseId, doc!.id));
        })),
      );
      routeNow.push(
        ...(await sequentialTimes(SAMPLES / 5, async (i) => {
          const d = pick(off + i);
          const [doc] = await readRow(off + i);
          await readCaseDocument(
            handle.db,
            actor,
            caseOf.get(d.caseId)!,
            doc!,
            "download",
            new Date(),
            (tx) => auditDownload(tx, d.caseId, doc!.id),
          );
        })),
      );
    }

    const detail = createCaseDetailService(deps);
    const pageCase = (i: number) => benchCases[(i * 7) % benchCases.length]!;
    const settings = settingsOf(null);
    const pageSamples = Math.min(SAMPLES, 300);
    await sequentialTimes(20, (i) => detail.get(actor, pageCase(i).id));
    const page: number[] = [];
    const pageBaseline: number[] = [];
    const checkOnly: number[] = [];
    for (let round = 0; round < 3; round++) {
      const off = round * 1000;
      page.push(...(await sequentialTimes(pageSamples / 3, (i) => detail.get(actor, pageCase(off + i).id))));
      pageBaseline.push(
        ...(await sequentialTimes(pageSamples / 3, async (i) => {
          const row = pageCase(off + i);
          await Promise.all([
            loadCaseBundle(handle.db, inst, row, settings.policy, "2026-12-01"),
            loadCaseWork(handle.db, inst, row, 30),
          ]);
        })),
      );
      for (let i = 0; i < pageSamples / 3; i++) {
        const row = pageCase(off + i);
        const work = await loadCaseWork(handle.db, inst, row, 0);
        const t = performance.now();
        await caseSecretsView(handle.db, actor, row, {
          documents: work.documents,
          disclosures: work.disclosures,
          planItems: [],
        });
        checkOnly.push(performance.now() - t);
      }
    }
    const r = {
      bench: "secrets",
      database: "postgres (shared server on 127.0.0.1:55432, own database)",
      machine: { cpus: cpus().length, loadavgBefore: loadavg().map((x) => Number(x.toFixed(2))) },
      load: { ...counts, cases: benchCases.length, seconds: Number(loadSeconds.toFixed(1)) },
      documentRead: {
        baselineWithoutCheck: stats(baselineRead),
        decisionInParallelWithRead: stats(decidedRead),
        withCheckAndAccessLogRow: stats(checkedRead),
        addedP95ByDecision: Number((stats(decidedRead).p95 - stats(baselineRead).p95).toFixed(2)),
        addedP95WithLogRow: Number((stats(checkedRead).p95 - stats(baselineRead).p95).toFixed(2)),
        downloadRouteBeforeIssue12: stats(routeBefore),
        downloadRouteNow: stats(routeNow),
        addedP95ToDownloadRoute: Number((stats(routeNow).p95 - stats(routeBefore).p95).toFixed(2)),
      },
      casePage: {
        withCheck: stats(page),
        baselineLoadsWithoutCheck: stats(pageBaseline),
        checkOnly: stats(checkOnly),
      },
      loadavgAfter: loadavg().map((x) => Number(x.toFixed(2))),
    };
    console.log(JSON.stringify(r, null, 2));
  } finally {
    await close();
  }
}

await main();
