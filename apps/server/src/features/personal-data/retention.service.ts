import {
  DEFAULT_PERSONAL_DATA_RULES,
  type DeclarationState,
  DomainError,
  decideRetention,
  declarationRetentionSubject,
  laterDate,
  PERSONAL_DATA_KINDS,
  type PersonalDataKind,
  type PersonalDataRule,
  type RetentionAction,
  type RetentionSubject,
  type RetentionTrigger,
} from "@renkei/domain";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  affiliations,
  coiDeclarations,
  coiManagementPlans,
  contacts,
  deskQuestions,
  institutions,
  people,
  personalDataErasures,
  personalDataRules,
  retentionRuns,
  visitors,
} from "../../db/schema";
import type { Deps } from "../../deps";
import { type AuditActor, appendAudit } from "../audit/audit.writer";

/**
 * What stands in a name's place once it is anonymised. It is stored, so it reaches every read path
 * (lists, PDFs, exports) in one form: both languages, as a name would be shown to every reader.
 */
const ERASED = "（匿名化済み / anonymised）";
const day = (v: string | Date | null | undefined) => (v ? new Date(v).toISOString().slice(0, 10) : null);

/** The institution's rule per kind, the domain default where it has set none. */
export async function effectiveRules(db: DbOrTx, institutionId: string) {
  const rows = await db
    .select()
    .from(personalDataRules)
    .where(eq(personalDataRules.institutionId, institutionId));
  const set = new Map(rows.map((r) => [r.kind, r]));
  return Object.fromEntries(
    PERSONAL_DATA_KINDS.map((kind) => {
      const r = set.get(kind);
      const rule: PersonalDataRule & { custom: boolean; version: number } = r
        ? {
            purposeJa: r.purposeJa,
            purposeEn: r.purposeEn,
            retentionMonths: r.retentionMonths,
            action: r.action as RetentionAction,
            custom: true,
            version: r.version,
          }
        : { ...DEFAULT_PERSONAL_DATA_RULES[kind], custom: false, version: 0 };
      return [kind, rule];
    }),
  ) as Record<PersonalDataKind, PersonalDataRule & { custom: boolean; version: number }>;
}

interface Candidate {
  id: string;
  subject: RetentionSubject;
}

/** What the job reads per kind: the reference date, legal hold and current use of every record. */
async function candidates(tx: DbOrTx, institutionId: string, kind: PersonalDataKind): Promise<Candidate[]> {
  const erased = new Set(
    (
      await tx
        .select({ id: personalDataErasures.recordId })
        .from(personalDataErasures)
        .where(
          and(eq(personalDataErasures.institutionId, institutionId), eq(personalDataErasures.kind, kind)),
        )
    ).map((r) => r.id),
  );
  if (kind === "people") {
    const rows = await tx
      .select({
        id: people.id,
        createdAt: people.createdAt,
        lastContact: sql<
          string | null
        >`(select max(c.occurred_on)::text from ${contacts} c where ${people.id} = any(c.person_ids))`,
        current: sql<boolean>`exists (select 1 from ${affiliations} a where a.person_id = "people"."id" and a.ended_on is null)`,
      })
      .from(people)
      .where(eq(people.institutionId, institutionId));
    return rows.map((r) => ({
      id: r.id,
      subject: {
        referenceDate: laterDate(day(r.createdAt), r.lastContact),
        legalHoldUntil: null,
        inUse: r.current === true,
        alreadyErased: erased.has(r.id),
      },
    }));
  }
  if (kind === "visitors") {
    const rows = await tx
      .select({
        id: visitors.id,
        stayUntil: visitors.stayUntil,
        createdAt: visitors.createdAt,
        retainUntil: visitors.retainUntil,
      })
      .from(visitors)
      .where(eq(visitors.institutionId, institutionId));
    return rows.map((r) => ({
      id: r.id,
      subject: {
        referenceDate: r.stayUntil ?? day(r.createdAt),
        // The intake is an export-control record: kept whole until its own retention date (spec §6.5).
        legalHoldUntil: r.retainUntil,
        inUse: false,
        alreadyErased: erased.has(r.id),
      },
    }));
  }
  if (kind === "desk_questions") {
    const rows = await tx
      .select({ id: deskQuestions.id, closedAt: deskQuestions.closedAt, status: deskQuestions.status })
      .from(deskQuestions)
      .where(eq(deskQuestions.institutionId, institutionId));
    return rows.map((r) => ({
      id: r.id,
      subject: {
        referenceDate: r.status === "closed" ? day(r.closedAt) : null,
        legalHoldUntil: null,
        inUse: r.status !== "closed",
        alreadyErased: erased.has(r.id),
      },
    }));
  }
  if (kind === "coi_declarations") {
    const rows = await tx
      .select({
        id: coiDeclarations.id,
        status: coiDeclarations.status,
        validUntil: coiDeclarations.validUntil,
        updatedAt: coiDeclarations.updatedAt,
        activePlan: sql<boolean>`exists (select 1 from ${coiManagementPlans} p where p.declaration_id = "coi_declarations"."id" and p.status = 'active')`,
      })
      .from(coiDeclarations)
      .where(eq(coiDeclarations.institutionId, institutionId));
    return rows.map((r) => ({
      id: r.id,
      subject: declarationRetentionSubject({
        status: r.status as DeclarationState,
        validUntil: r.validUntil,
        lastSavedOn: day(r.updatedAt)!,
        activePlan: r.activePlan === true,
        alreadyErased: erased.has(r.id),
      }),
    }));
  }
  return [];
}

/** Removes or anonymises one record; the erasure row says what happened to it. */
async function erase(tx: DbOrTx, kind: PersonalDataKind, id: string, action: RetentionAction) {
  if (kind === "people") {
    await tx
      .update(people)
      .set({
        name: ERASED,
        nameEn: null,
        nameKana: null,
        email: null,
        nationality: null,
        notes: "",
        searchKey: "",
      })
      .where(eq(people.id, id));
  } else if (kind === "visitors") {
    await tx
      .update(visitors)
      .set({ fullName: ERASED, nameEn: null, email: null, purpose: "", declaration: {} })
      .where(eq(visitors.id, id));
  } else if (kind === "coi_declarations") {
    // Only the content goes, whatever the action: status, dates and the content hash stay, since
    // determinations and plans refer to the declaration (the committee's decision record).
    await tx
      .update(coiDeclarations)
      .set({ selfCheck: {}, interests: [], returnComment: null })
      .where(eq(coiDeclarations.id, id));
  } else if (kind === "desk_questions") {
    if (action === "delete") {
      await tx.delete(deskQuestions).where(eq(deskQuestions.id, id));
    } else {
      await tx
        .update(deskQuestions)
        .set({ subject: ERASED, body: "", anonymisedAt: new Date().toISOString() })
        .where(eq(deskQuestions.id, id));
    }
  }
}

export interface RetentionResult {
  runId: string | null;
  asOf: string;
  dryRun: boolean;
  kinds: Record<
    string,
    { checked: number; anonymised: number; deleted: number; kept: number; legalHold: number }
  >;
}

/**
 * One retention run for an institution, in one transaction (issue 17 item 7): every record decided by
 * `decideRetention`, expired ones removed or anonymised, legally held ones kept, the run and each
 * erasure recorded and audited. A dry run decides and counts, and changes nothing.
 */
export async function runRetention(
  deps: Deps,
  institutionId: string,
  opts: { trigger: RetentionTrigger; dryRun: boolean; actor: AuditActor },
): Promise<RetentionResult> {
  const asOf = deps.clock.today();
  return deps.db.transaction(async (tx) => {
    const rules = await effectiveRules(tx, institutionId);
    const result: RetentionResult = { runId: null, asOf, dryRun: opts.dryRun, kinds: {} };
    const erasures: { kind: PersonalDataKind; id: string; action: RetentionAction }[] = [];
    for (const kind of PERSONAL_DATA_KINDS) {
      const counts = { checked: 0, anonymised: 0, deleted: 0, kept: 0, legalHold: 0 };
      for (const c of await candidates(tx, institutionId, kind)) {
        counts.checked++;
        const d = decideRetention(c.subject, rules[kind], asOf);
        if (d.outcome === "keep") {
          counts.kept++;
          if (d.reasons[0]!.ruleId === "PD-LEGAL-HOLD") {
            counts.legalHold++;
          }
          continue;
        }
        counts[d.outcome === "delete" ? "deleted" : "anonymised"]++;
        erasures.push({ kind, id: c.id, action: d.outcome });
      }
      result.kinds[kind] = counts;
    }
    if (opts.dryRun) {
      return result;
    }
    const [run] = await tx
      .insert(retentionRuns)
      .values({
        institutionId,
        trigger: opts.trigger,
        dryRun: false,
        asOf,
        result: result.kinds,
        ranBy: opts.actor.userId,
      })
      .returning({ id: retentionRuns.id });
    result.runId = run!.id;
    for (const e of erasures) {
      await erase(tx, e.kind, e.id, e.action);
      await tx
        .insert(personalDataErasures)
        .values({ institutionId, kind: e.kind, recordId: e.id, action: e.action, runId: run!.id });
    }
    await appendAudit(tx, {
      institutionId,
      actor: opts.actor,
      action: "personal_data.retention_run",
      entityType: "retention_run",
      entityId: run!.id,
      after: {
        trigger: opts.trigger,
        asOf,
        kinds: result.kinds,
        erased: erasures.map((e) => ({ kind: e.kind, id: e.id, action: e.action })),
      },
      at: deps.clock.now(),
    });
    return result;
  });
}

/** The daily job: every institution, one transaction each. */
export async function runRetentionForAll(deps: Deps) {
  const all = await deps.db.select({ id: institutions.id }).from(institutions);
  let erased = 0;
  for (const inst of all) {
    const r = await runRetention(deps, inst.id, {
      trigger: "job",
      dryRun: false,
      actor: { userId: null, label: "retention job" },
    });
    erased += Object.values(r.kinds).reduce((n, k) => n + k.anonymised + k.deleted, 0);
  }
  return { institutions: all.length, erased };
}

export async function saveRule(
  deps: Deps,
  institutionId: string,
  actor: AuditActor & { userId: string },
  kind: PersonalDataKind,
  input: PersonalDataRule & { version: number },
) {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(personalDataRules)
      .where(and(eq(personalDataRules.institutionId, institutionId), eq(personalDataRules.kind, kind)));
    if ((before?.version ?? 0) !== input.version) {
      throw new DomainError("CONFLICT", "The rule changed since it was read");
    }
    const { version: _v, ...values } = input;
    const [after] = before
      ? await tx
          .update(personalDataRules)
          .set({ ...values, version: before.version + 1, updatedBy: actor.userId, updatedAt: now })
          .where(eq(personalDataRules.id, before.id))
          .returning()
      : await tx
          .insert(personalDataRules)
          .values({ ...values, institutionId, kind, updatedBy: actor.userId, updatedAt: now })
          .returning();
    await appendAudit(tx, {
      institutionId,
      actor,
      action: "personal_data.rule_saved",
      entityType: "personal_data_rule",
      entityId: after!.id,
      before: before ?? null,
      after,
      at: deps.clock.now(),
    });
  });
}
