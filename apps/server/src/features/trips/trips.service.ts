import {
  assertPartiesDecided,
  assessTrip,
  type Bilingual,
  canReviseTrip,
  carryDecisions,
  clearanceStatusOf,
  compareDates,
  countryName,
  DomainError,
  decideTrip,
  deletionAllowed,
  type ExportControlOutcome,
  formatClearanceRef,
  laterRetention,
  OUTCOME_LABELS,
  type PartyScreening,
  retainUntil,
  type TripDecision,
  type TripPlan,
  type TripStatus,
} from "@renkei/domain";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { tripRefCounters, tripReviews, trips } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { retentionYears } from "../../lib/retention-years";
import { type AuditActor, appendAudit } from "../audit/audit.writer";
import { requireTraining } from "../coi/coi-training";
import { screenParties } from "../ec-reach/party-screening";
import { notify } from "../notifications/notify";
import { enqueueWebhook } from "../webhooks/webhook-outbox";
import { findTrip, linkedLicences, type TripRow } from "./trips.queries";

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

function snapshot(r: TripRow) {
  return {
    ref: r.ref,
    status: r.status,
    outcome: r.outcome,
    revision: r.revision,
    destinationCountry: r.destinationCountry,
    destinationCity: r.destinationCity,
    departOn: r.departOn,
    returnOn: r.returnOn,
    purpose: r.purpose,
    meetings: r.meetings,
    items: r.items,
    validUntil: r.validUntil,
    retainUntil: r.retainUntil,
  };
}

export function planColumns(plan: TripPlan, screening: PartyScreening | null = null) {
  const assessment = assessTrip(plan, screening);
  return {
    destinationCountry: plan.destinationCountry,
    destinationCity: plan.destinationCity,
    departOn: plan.departOn,
    returnOn: plan.returnOn,
    purpose: plan.purpose,
    meetings: plan.meetings,
    items: plan.items,
    assessment,
    outcome: assessment.outcome,
    counterpartScreening: screening,
  };
}

/** The plan's counterparts screened against every list, keeping the officer's earlier decisions (B3). */
async function screenCounterparts(
  tx: DbOrTx,
  institutionId: string,
  plan: TripPlan,
  previous: unknown,
  today: string,
): Promise<PartyScreening> {
  const fresh = await screenParties(
    tx,
    institutionId,
    plan.meetings.map((m) => ({
      role: "counterpart",
      name: m.organisation,
      country: m.country,
      schema: "organization",
    })),
    today,
  );
  return carryDecisions(previous as PartyScreening | null, fresh);
}

export function planOf(r: TripRow): TripPlan {
  return {
    destinationCountry: r.destinationCountry,
    destinationCity: r.destinationCity,
    departOn: r.departOn,
    returnOn: r.returnOn,
    purpose: r.purpose,
    meetings: r.meetings as TripPlan["meetings"],
    items: r.items as TripPlan["items"],
  };
}

/** The next TRP-<year>-<n> of the institution; the upsert is atomic, so concurrent filings never share one. */
async function nextRef(tx: DbOrTx, institutionId: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(tripRefCounters)
    .values({ institutionId, year, last: 1 })
    .onConflictDoUpdate({
      target: [tripRefCounters.institutionId, tripRefCounters.year],
      set: { last: sql`${tripRefCounters.last} + 1` },
    })
    .returning({ last: tripRefCounters.last });
  return formatClearanceRef(year, row!.last);
}

/** Kept 7 years (configurable) after the later of today and the return date (spec §6.5). */
function retentionFor(deps: Deps, today: string, returnOn: string, current: string | null) {
  const end = compareDates(returnOn, today) > 0 ? returnOn : today;
  return laterRetention(current, retainUntil(end, retentionYears(deps.config)));
}

/** Every change of a clearance's answer is pushed to subscribers (issue 4: webhooks on change). */
async function clearanceChanged(tx: DbOrTx, after: TripRow, now: Date) {
  const status = clearanceStatusOf(after.status as TripStatus);
  await enqueueWebhook(
    tx,
    {
      institutionId: after.institutionId,
      event: "clearance.changed",
      payload: {
        ref: after.ref,
        status,
        decidedAt: status === "pending" ? null : (after.decidedAt?.toISOString() ?? null),
        validUntil: status === "cleared" ? after.validUntil : null,
      },
    },
    now,
  );
}

async function review(tx: DbOrTx, r: TripRow, action: string, actorId: string, comment: string, now: Date) {
  await tx.insert(tripReviews).values({
    institutionId: r.institutionId,
    tripId: r.id,
    action,
    comment,
    actorId,
    at: now,
    outcome: r.outcome,
    revision: r.revision,
  });
}

/** The assessed outcome in words (never the internal code). */
function outcomeLabel(outcome: string): Bilingual {
  return OUTCOME_LABELS[outcome as ExportControlOutcome] ?? { ja: outcome, en: outcome };
}

async function notifyOffice(tx: DbOrTx, r: TripRow, title: Bilingual, body: Bilingual, now: Date) {
  await notify(
    tx,
    {
      institutionId: r.institutionId,
      recipients: { permission: "trip.review" },
      kind: "trip.submitted",
      title,
      body,
      link: `/trips/${r.id}`,
    },
    now,
  );
}

export function createTripsService(deps: Deps) {
  const { db, clock } = deps;

  async function requireOwn(tx: DbOrTx, actor: Actor, id: string) {
    const row = await findTrip(tx, actor, id);
    if (row.travellerId !== actor.userId) {
      throw new DomainError("NOT_FOUND", "Trip not found");
    }
    return row;
  }

  return {
    /** Files a trip: the engine assesses it as of the departure date and the office is told. */
    async create(actor: Actor, plan: TripPlan): Promise<{ id: string; ref: string }> {
      const now = clock.now();
      const today = clock.today();
      return db.transaction(async (tx) => {
        // The institution may require current training before a trip (issue 13 item 10, M1–M5).
        await requireTraining(tx, actor.institutionId, actor.userId, "trip", today);
        const ref = await nextRef(tx, actor.institutionId, Number(today.slice(0, 4)));
        const screening = await screenCounterparts(tx, actor.institutionId, plan, null, today);
        const [row] = await tx
          .insert(trips)
          .values({
            ...planColumns(plan, screening),
            institutionId: actor.institutionId,
            ref,
            travellerId: actor.userId,
            departmentId: actor.departmentId,
            status: "submitted",
            retainUntil: retentionFor(deps, today, plan.returnOn, null),
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const r = row!;
        await review(tx, r, "filed", actor.userId, "", now);
        await appendAudit(tx, {
          institutionId: r.institutionId,
          actor: auditActor(actor),
          action: "trip.filed",
          entityType: "trip",
          entityId: r.id,
          after: snapshot(r),
          at: now,
        });
        await notifyOffice(
          tx,
          r,
          {
            ja: `出張申請 ${ref}: ${countryName(r.destinationCountry, "ja")} ${r.departOn}〜${r.returnOn}`,
            en: `Trip ${ref}: ${countryName(r.destinationCountry, "en")} ${r.departOn} to ${r.returnOn}`,
          },
          {
            ja: `${actor.displayName} さんが出張を申請しました（判定: ${outcomeLabel(r.outcome).ja}）。`,
            en: `${actor.displayName} filed a trip (assessment: ${outcomeLabel(r.outcome).en}).`,
          },
          now,
        );
        await enqueueWebhook(
          tx,
          {
            institutionId: r.institutionId,
            event: "trip.submitted",
            payload: { ref, status: "pending", departOn: r.departOn, returnOn: r.returnOn },
          },
          now,
        );
        return { id: r.id, ref };
      });
    },

    /** The traveller revises the plan (also to answer a request for more): re-assessed and reviewed again. */
    async revise(actor: Actor, id: string, input: { version: number; plan: TripPlan; note: string }) {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        const before = await requireOwn(tx, actor, id);
        if (!canReviseTrip(before.status as TripStatus)) {
          throw new DomainError("RULE_VIOLATION", "A withdrawn trip cannot be revised", {
            reasons: ["trip.withdrawn"],
          });
        }
        const screening = await screenCounterparts(
          tx,
          actor.institutionId,
          input.plan,
          before.counterpartScreening,
          today,
        );
        const [after] = await tx
          .update(trips)
          .set({
            ...planColumns(input.plan, screening),
            status: "submitted",
            revision: before.revision + 1,
            decidedAt: null,
            decidedBy: null,
            decisionComment: "",
            decisionReason: null,
            validUntil: null,
            retainUntil: retentionFor(deps, today, input.plan.returnOn, before.retainUntil),
            version: before.version + 1,
            updatedAt: now,
          })
          .where(and(eq(trips.id, id), eq(trips.version, input.version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "The trip changed since it was read");
        }
        await review(tx, after, "revised", actor.userId, input.note, now);
        await appendAudit(tx, {
          institutionId: after.institutionId,
          actor: auditActor(actor),
          action: "trip.revised",
          entityType: "trip",
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
          at: now,
        });
        await notifyOffice(
          tx,
          after,
          { ja: `出張申請の修正 ${after.ref}`, en: `Trip revised: ${after.ref}` },
          {
            ja: `${actor.displayName} さんが出張申請を修正しました（判定: ${outcomeLabel(after.outcome).ja}）。`,
            en: `${actor.displayName} revised a trip (assessment: ${outcomeLabel(after.outcome).en}).`,
          },
          now,
        );
        if (clearanceStatusOf(before.status as TripStatus) !== "pending") {
          await clearanceChanged(tx, after, now);
        }
      });
    },

    /** The officer clears, refuses or asks for more — on a fresh engine run of the same plan. */
    async decide(
      actor: Actor,
      id: string,
      input: { decision: TripDecision; reason: string; comment: string },
    ) {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        const before = await findTrip(tx, actor, id);
        const fresh = planColumns(planOf(before), before.counterpartScreening as PartyScreening | null);
        if (input.decision === "clear") {
          assertPartiesDecided(before.counterpartScreening as PartyScreening | null);
        }
        const linked = await linkedLicences(tx, before.institutionId, before.ref);
        const status = decideTrip({
          status: before.status as TripStatus,
          decision: input.decision,
          // The reason is the decision's required explanation (issue 11 item 6); it satisfies the rule
          // that a refusal or a request for information says why.
          comment: input.reason,
          outcome: fresh.outcome as ExportControlOutcome,
          departOn: before.departOn,
          returnOn: before.returnOn,
          licences: linked.map((l) => ({
            status: l.status,
            validFrom: l.validFrom,
            validUntil: l.validUntil,
          })),
        });
        const [after] = await tx
          .update(trips)
          .set({
            assessment: fresh.assessment,
            outcome: fresh.outcome,
            status,
            decidedAt: status === "more_info_requested" ? null : now,
            decidedBy: actor.userId,
            decisionComment: input.comment,
            decisionReason: input.reason,
            validUntil: status === "cleared" ? before.returnOn : null,
            retainUntil: retentionFor(deps, today, before.returnOn, before.retainUntil),
            version: before.version + 1,
            updatedAt: now,
          })
          .where(eq(trips.id, id))
          .returning();
        const r = after!;
        // The history keeps the reason first, then any further comment.
        const history = [input.reason, input.comment].filter(Boolean).join("\n");
        await review(tx, r, input.decision, actor.userId, history, now);
        await appendAudit(tx, {
          institutionId: r.institutionId,
          actor: auditActor(actor),
          action: "trip.decided",
          entityType: "trip",
          entityId: id,
          before: snapshot(before),
          after: { ...snapshot(r), decision: input.decision, reason: input.reason, comment: input.comment },
          at: now,
        });
        const label = {
          cleared: { ja: "承認（クリアランス発行）", en: "cleared" },
          refused: { ja: "不承認", en: "refused" },
          more_info_requested: { ja: "追加情報の依頼", en: "more information requested" },
        }[status as "cleared" | "refused" | "more_info_requested"];
        await notify(
          tx,
          {
            institutionId: r.institutionId,
            recipients: { userIds: [r.travellerId] },
            kind: "trip.decided",
            title: {
              ja: `出張申請 ${r.ref} の審査結果: ${label.ja}`,
              en: `Trip ${r.ref} decided: ${label.en}`,
            },
            // The reason and comment are the officer's own words, shown as written in both languages.
            body: { ja: history || label.ja, en: history || label.en },
            link: `/trips/${id}`,
          },
          now,
        );
        if (clearanceStatusOf(status) !== "pending") {
          await clearanceChanged(tx, r, now);
        }
      });
    },

    /** The traveller cancels the trip; its clearance answers `refused` from now on. */
    async withdraw(actor: Actor, id: string, comment: string) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const before = await requireOwn(tx, actor, id);
        if (before.status === "withdrawn") {
          throw new DomainError("RULE_VIOLATION", "Already withdrawn", { reasons: ["trip.withdrawn"] });
        }
        const [after] = await tx
          .update(trips)
          .set({
            status: "withdrawn",
            decidedAt: now,
            decidedBy: actor.userId,
            validUntil: null,
            version: before.version + 1,
            updatedAt: now,
          })
          .where(eq(trips.id, id))
          .returning();
        await review(tx, after!, "withdraw", actor.userId, comment, now);
        await appendAudit(tx, {
          institutionId: before.institutionId,
          actor: auditActor(actor),
          action: "trip.withdrawn",
          entityType: "trip",
          entityId: id,
          before: snapshot(before),
          after: snapshot(after!),
          at: now,
        });
        await clearanceChanged(tx, after!, now);
      });
    },

    /** Deletion only after the retention date (spec §6.5); the database refuses it too. */
    async remove(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const row = await findTrip(tx, actor, id);
        if (!deletionAllowed(row.retainUntil, clock.today())) {
          throw new DomainError("RULE_VIOLATION", `Retained until ${row.retainUntil}`, {
            reasons: ["retention.retained"],
            retainUntil: row.retainUntil,
          });
        }
        await tx.delete(trips).where(eq(trips.id, id));
        await appendAudit(tx, {
          institutionId: row.institutionId,
          actor: auditActor(actor),
          action: "trip.deleted",
          entityType: "trip",
          entityId: id,
          before: snapshot(row),
          at: clock.now(),
        });
      });
    },
  };
}
