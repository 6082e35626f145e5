import type { TClearance, TTripDetail, TTripSummary } from "@renkei/contract";
import {
  canReviseTrip,
  clearanceStatusOf,
  DomainError,
  type ExportControlOutcome,
  type TripAssessment,
  type TripItem,
  type TripMeeting,
  type TripStatus,
} from "@renkei/domain";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { licences, tripReviews, trips, users } from "../../db/schema";
import type { Actor } from "../../http/context";

export type TripRow = typeof trips.$inferSelect;

/** Travellers see their own trips; the export-control office and auditors see the institution's. */
export function visibleTrips(actor: Actor): SQL {
  const own = eq(trips.institutionId, actor.institutionId);
  return actor.can("trip.read_all") ? own : (and(own, eq(trips.travellerId, actor.userId)) as SQL);
}

export async function findTrip(db: DbOrTx, actor: Actor, id: string): Promise<TripRow> {
  const [row] = await db
    .select()
    .from(trips)
    .where(and(eq(trips.id, id), visibleTrips(actor)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Trip not found");
  }
  return row;
}

/** Licences linked to a trip reference (link kind `trip`), in the trip's institution. */
export function linkedLicences(db: DbOrTx, institutionId: string, ref: string) {
  return db
    .select()
    .from(licences)
    .where(
      and(
        eq(licences.institutionId, institutionId),
        eq(licences.linkKind, "trip"),
        eq(licences.linkRef, ref),
      ),
    );
}

async function names(db: DbOrTx, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (wanted.length === 0) {
    return new Map<string, string>();
  }
  const rows = await db
    .select({ id: users.id, n: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.n]));
}

function summary(r: TripRow, userNames: Map<string, string>): TTripSummary {
  return {
    id: r.id,
    ref: r.ref,
    travellerName: userNames.get(r.travellerId) ?? "?",
    destinationCountry: r.destinationCountry,
    destinationCity: r.destinationCity,
    departOn: r.departOn,
    returnOn: r.returnOn,
    purpose: r.purpose,
    outcome: r.outcome as ExportControlOutcome,
    status: r.status as TripStatus,
    clearance: clearanceStatusOf(r.status as TripStatus),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listTrips(
  db: DbOrTx,
  actor: Actor,
  query: { status?: TripStatus | undefined; scope: "mine" | "all" },
): Promise<TTripSummary[]> {
  if (query.scope === "all" && !actor.can("trip.read_all")) {
    throw new DomainError("FORBIDDEN", "Requires trip.read_all");
  }
  const conds: SQL[] = [visibleTrips(actor)];
  if (query.scope === "mine") {
    conds.push(eq(trips.travellerId, actor.userId));
  }
  if (query.status) {
    conds.push(eq(trips.status, query.status));
  }
  const rows = await db
    .select()
    .from(trips)
    .where(and(...conds))
    .orderBy(desc(trips.departOn), desc(trips.createdAt))
    .limit(500);
  const userNames = await names(
    db,
    rows.map((r) => r.travellerId),
  );
  return rows.map((r) => summary(r, userNames));
}

export async function tripDetail(db: DbOrTx, actor: Actor, id: string): Promise<TTripDetail> {
  const r = await findTrip(db, actor, id);
  // Sequential: `db` may be a transaction, whose one connection runs one query at a time.
  const reviews = await db
    .select()
    .from(tripReviews)
    .where(eq(tripReviews.tripId, id))
    .orderBy(asc(tripReviews.at));
  const linked = await linkedLicences(db, r.institutionId, r.ref);
  const userNames = await names(db, [r.travellerId, r.decidedBy, ...reviews.map((v) => v.actorId)]);
  const status = r.status as TripStatus;
  return {
    ...summary(r, userNames),
    travellerId: r.travellerId,
    meetings: r.meetings as TripMeeting[],
    items: r.items as TripItem[],
    assessment: r.assessment as TripAssessment as TTripDetail["assessment"],
    counterpartScreening: (r.counterpartScreening ?? null) as TTripDetail["counterpartScreening"],
    revision: r.revision,
    version: r.version,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedByName: r.decidedBy ? (userNames.get(r.decidedBy) ?? "?") : null,
    decisionComment: r.decisionComment,
    decisionReason: r.decisionReason,
    validUntil: r.validUntil,
    retainUntil: r.retainUntil,
    reviews: reviews.map((v) => ({
      action: v.action,
      comment: v.comment,
      actorName: v.actorId ? (userNames.get(v.actorId) ?? "?") : null,
      at: v.at.toISOString(),
      outcome: v.outcome as ExportControlOutcome,
      revision: v.revision,
    })),
    licences: linked.map((l) => ({
      id: l.id,
      title: l.title,
      status: l.status,
      metiNumber: l.metiNumber,
      validUntil: l.validUntil,
    })),
    canRevise: r.travellerId === actor.userId && canReviseTrip(status),
    canDecide: actor.can("trip.review") && status === "submitted",
  };
}

/**
 * The clearance an external system checks before it approves payment: by reference, in the caller's
 * institution only (another institution's reference is "not found").
 */
export async function clearanceByRef(db: DbOrTx, actor: Actor, ref: string): Promise<TClearance> {
  const [row] = await db
    .select()
    .from(trips)
    .where(and(eq(trips.institutionId, actor.institutionId), eq(trips.ref, ref)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "No clearance with this reference");
  }
  const status = clearanceStatusOf(row.status as TripStatus);
  return {
    ref: row.ref,
    status,
    decidedAt: status === "pending" ? null : (row.decidedAt?.toISOString() ?? null),
    validUntil: status === "cleared" ? row.validUntil : null,
  };
}
