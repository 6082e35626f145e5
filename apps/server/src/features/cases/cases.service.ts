import type { TCaseBoard, TCaseCard, ZCaseBoardQuery, ZCaseCoreInput, ZCaseCreate } from "@renkei/contract";
import { CASE_STAGES, type CaseStage, DomainError } from "@renkei/domain";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { caseCounters, casePartners, cases } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { isoInstant } from "../../lib/iso";
import { appendAudit } from "../audit/audit.writer";
import { caseJoined } from "../coi/coi-triggers";
import { caseLink, notifyCase } from "./case-notify";
import { loadCaseSettings } from "./case-settings";
import { auditActor, refreshCase, writeCase } from "./case-write";
import { queryRows } from "./cases.repo";
import { visibleCasesWhere } from "./cases.scope";

type CoreInput = z.output<typeof ZCaseCoreInput>;
type CreateInput = z.output<typeof ZCaseCreate>;
type BoardQuery = z.output<typeof ZCaseBoardQuery>;

const EMPTY_DUE_DILIGENCE = {
  ownershipKnown: false,
  militaryAffiliation: false,
  countryRules: { reviewed: false, compelledDisclosure: false, firstFilingRequirement: false },
  reputationNotes: [],
  originInquiry: null,
};

/** A researcher registers cases for themself: they cannot name another PI (coordinators can). */
function checkPi(actor: Actor, piUserId: string | null) {
  if (actor.role === "researcher" && piUserId !== actor.userId) {
    throw new DomainError("VALIDATION_FAILED", "A researcher registers cases as their own PI", {
      issues: [{ path: "piUserId", message: "validation.pi_self" }],
    });
  }
}

function coreColumns(input: CoreInput) {
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    piUserId: input.piUserId,
    departmentIds: [...new Set(input.departmentIds)],
    fieldArea: input.field.area,
    emergingTech: [...new Set(input.field.emergingTech)],
    keywords: input.field.keywords,
  };
}

async function nextRef(tx: DbOrTx, institutionId: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(caseCounters)
    .values({ institutionId, year, last: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.institutionId, caseCounters.year],
      set: { last: sql`${caseCounters.last} + 1` },
    })
    .returning({ last: caseCounters.last });
  return `${year}-${String(row!.last).padStart(4, "0")}`;
}

function boardWhere(actor: Actor, q: BoardQuery): SQL {
  const conds: SQL[] = [visibleCasesWhere(actor)];
  if (q.kind) {
    conds.push(eq(cases.kind, q.kind));
  }
  if (q.piUserId) {
    conds.push(eq(cases.piUserId, q.piUserId));
  }
  if (q.departmentId) {
    conds.push(sql`${cases.departmentIds} @> array[${q.departmentId}]::uuid[]`);
  }
  if (q.partnerId) {
    conds.push(
      sql`exists (select 1 from case_partners fp where fp.case_id = ${cases.id} and fp.partner_id = ${q.partnerId})`,
    );
  }
  if (q.blocked !== undefined) {
    conds.push(eq(cases.blocked, q.blocked));
  }
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(sql`(${cases.title} ilike ${like} or ${cases.ref} ilike ${like})`);
  }
  return and(...conds) as SQL;
}

export function createCasesService(deps: Deps) {
  const { db, clock } = deps;

  return {
    async create(actor: Actor, input: CreateInput): Promise<string> {
      checkPi(actor, input.piUserId);
      const now = clock.now();
      const today = clock.today();
      return db.transaction(async (tx) => {
        await assertInInstitution(tx, actor.institutionId, {
          users: { piUserId: input.piUserId },
          departments: { departmentIds: input.departmentIds },
          partners: { partnerIds: input.partnerIds },
        });
        const ref = await nextRef(tx, actor.institutionId, Number(today.slice(0, 4)));
        const [row] = await tx
          .insert(cases)
          .values({
            ...coreColumns(input),
            institutionId: actor.institutionId,
            ref,
            stage: "intake",
            createdBy: actor.userId,
            createdAt: now.toISOString(),
            updatedAt: now.toISOString(),
            stageEnteredAt: now.toISOString(),
          })
          .returning();
        const partnerIds = [...new Set(input.partnerIds)];
        if (partnerIds.length > 0) {
          await tx.insert(casePartners).values(
            partnerIds.map((partnerId) => ({
              institutionId: actor.institutionId,
              caseId: row!.id,
              partnerId,
              dueDiligence: EMPTY_DUE_DILIGENCE,
            })),
          );
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "case.created",
          entityType: "case",
          entityId: row!.id,
          after: { ref, ...coreColumns(input), partnerIds },
          at: now,
        });
        const settings = await loadCaseSettings(tx, actor.institutionId);
        if (input.piUserId) {
          await caseJoined(tx, actor, row!.id, input.piUserId, clock);
        }
        await refreshCase(tx, actor.institutionId, row!.id, settings, today, now, { touch: false });
        if (input.piUserId && input.piUserId !== actor.userId) {
          await notifyCase(
            tx,
            actor.institutionId,
            {
              userIds: [input.piUserId],
              kind: "case.assigned",
              title: {
                ja: `研究責任者として登録されました: ${input.title}`,
                en: `You are the principal investigator of: ${input.title}`,
              },
              body: {
                ja: `${actor.displayName} さんが連携案件 ${ref}「${input.title}」の研究責任者にあなたを登録しました。`,
                en: `${actor.displayName} registered you as the principal investigator of collaboration case ${ref} "${input.title}".`,
              },
              link: caseLink(row!.id),
            },
            now,
          );
        }
        return row!.id;
      });
    },

    async updateCore(actor: Actor, caseId: string, version: number, input: CoreInput): Promise<void> {
      await writeCase(deps, actor, caseId, { access: "edit", section: "core" }, async ({ tx, row }) => {
        if (row.version !== version) {
          throw new DomainError("CONFLICT", "The case changed since you opened it", { current: row.version });
        }
        if (actor.role === "researcher" && input.piUserId !== row.piUserId) {
          checkPi(actor, input.piUserId);
        }
        await assertInInstitution(tx, actor.institutionId, {
          users: { piUserId: input.piUserId },
          departments: { departmentIds: input.departmentIds },
        });
        const before = {
          kind: row.kind,
          title: row.title,
          summary: row.summary,
          piUserId: row.piUserId,
          departmentIds: row.departmentIds,
          fieldArea: row.fieldArea,
          emergingTech: row.emergingTech,
          keywords: row.keywords,
        };
        const after = coreColumns(input);
        await tx.update(cases).set(after).where(eq(cases.id, caseId));
        if (input.piUserId && input.piUserId !== row.piUserId) {
          await caseJoined(tx, actor, caseId, input.piUserId, clock);
        }
        const messages =
          input.piUserId && input.piUserId !== row.piUserId && input.piUserId !== actor.userId
            ? [
                {
                  userIds: [input.piUserId],
                  kind: "case.assigned",
                  title: {
                    ja: `研究責任者として登録されました: ${input.title}`,
                    en: `You are the principal investigator of: ${input.title}`,
                  },
                  body: {
                    ja: `${actor.displayName} さんが連携案件 ${row.ref} の研究責任者にあなたを登録しました。`,
                    en: `${actor.displayName} registered you as the principal investigator of collaboration case ${row.ref}.`,
                  },
                  link: caseLink(caseId),
                },
              ]
            : [];
        return { result: undefined, changes: [{ action: "case.updated", before, after }], messages };
      });
    },

    /** The board: counts per stage and the newest cards of each stage column (or one stage, paged). */
    async board(actor: Actor, q: BoardQuery): Promise<TCaseBoard> {
      const where = boardWhere(actor, q);
      const stages: CaseStage[] = q.stage ? [q.stage] : [...CASE_STAGES];
      const offset = q.stage ? (q.page - 1) * q.perStage : 0;
      // Counts and cards are independent: both go out at once (the pool has several connections).
      const countsQuery = db
        .select({ stage: cases.stage, n: sql<number>`count(*)::int` })
        .from(cases)
        .where(where)
        .groupBy(cases.stage);
      // One index range scan per stage column (cases_board) instead of sorting every visible case; the
      // partners and open-task count of each card come with it.
      const cardsQuery = queryRows<{
        id: string;
        ref: string;
        title: string;
        kind: string;
        stage: string;
        stage_entered_at: string;
        pi_user_id: string | null;
        pi_name: string | null;
        department_ids: string[];
        blocked: boolean;
        blocker_count: number;
        updated_at: string;
        partners: TCaseCard["partners"];
        open_tasks: number;
      }>(
        db,
        sql`select c.*, (select u.display_name from users u where u.id = c.pi_user_id) as pi_name,
          coalesce((select json_agg(json_build_object('id', p.id, 'name', p.legal_name, 'country', p.country)
            order by cp.added_at) from case_partners cp join partners p on p.id = cp.partner_id
            where cp.case_id = c.id), '[]') as partners,
          (select count(*)::int from case_tasks t where t.case_id = c.id and t.done_at is null) as open_tasks
        from unnest(${sql.param(stages)}::text[]) as s(stage)
        cross join lateral (
          select ${cases.id} as id, ${cases.ref} as ref, ${cases.title} as title, ${cases.kind} as kind,
            ${cases.stage} as stage, ${cases.stageEnteredAt}::text as stage_entered_at,
            ${cases.piUserId} as pi_user_id, ${cases.departmentIds} as department_ids,
            ${cases.blocked} as blocked, jsonb_array_length(${cases.blockers}) as blocker_count,
            ${cases.updatedAt}::text as updated_at
          from ${cases}
          where ${where} and ${cases.stage} = s.stage
          order by ${cases.updatedAt} desc nulls last, ${cases.id} desc nulls last
          limit ${q.perStage} offset ${offset}
        ) c`,
      );
      const [counts, rows] = await Promise.all([countsQuery, cardsQuery]);
      const total = new Map(counts.map((c) => [c.stage, c.n]));
      return {
        total: counts.reduce((s, c) => s + c.n, 0),
        columns: stages.map((stage) => ({
          stage,
          total: total.get(stage) ?? 0,
          items: rows
            .filter((r) => r.stage === stage)
            .map((r) => ({
              id: r.id,
              ref: r.ref,
              title: r.title,
              kind: r.kind as TCaseCard["kind"],
              stage: r.stage as CaseStage,
              stageEnteredAt: isoInstant(r.stage_entered_at),
              pi: r.pi_user_id ? { id: r.pi_user_id, displayName: r.pi_name ?? "?" } : null,
              departmentIds: r.department_ids,
              partners: r.partners,
              blocked: r.blocked,
              blockerCount: r.blocker_count,
              openTaskCount: r.open_tasks,
              updatedAt: isoInstant(r.updated_at),
            })),
        })),
      };
    },
  };
}
