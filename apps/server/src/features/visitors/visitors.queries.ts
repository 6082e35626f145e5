import type { TVisitorDetail, TVisitorSummary } from "@renkei/contract";
import {
  addMonths,
  controlledTechnologyNeedsLicence,
  DomainError,
  type ExportControlResult,
  hasCurrentPledge,
  type PartyScreening,
  type PledgeKind,
  type PledgeOnFile,
  partyScreeningStatus,
  pledgeMatchesDetermination,
  pledgeTextByVersion,
  type RecipientFacts,
  type ReopenReason,
  underInstitutionDirection,
  type VisitorKind,
  type VisitorStatus,
} from "@renkei/domain";
import { and, asc, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { users, visitorDeclarations, visitorPledges, visitorReviews, visitors } from "../../db/schema";
import type { Actor } from "../../http/context";

export type VisitorRow = typeof visitors.$inferSelect;

/**
 * Who may see an intake: the export-control office and auditors see the institution's intakes; anyone
 * else sees those they filed or host. Anything else is "not found" (architecture §8.5).
 */
export function visibleVisitors(actor: Actor): SQL {
  const own = eq(visitors.institutionId, actor.institutionId);
  if (actor.can("visitor.read_all")) {
    return own;
  }
  return and(own, or(eq(visitors.filedBy, actor.userId), eq(visitors.hostUserId, actor.userId))) as SQL;
}

export async function findVisitor(db: DbOrTx, actor: Actor, id: string): Promise<VisitorRow> {
  const [row] = await db
    .select()
    .from(visitors)
    .where(and(eq(visitors.id, id), visibleVisitors(actor)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Visitor not found");
  }
  return row;
}

export async function names(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: users.id, n: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function summary(r: VisitorRow, userNames: Map<string, string>): TVisitorSummary {
  const declaration = r.declaration as RecipientFacts;
  return {
    id: r.id,
    kind: r.kind as VisitorKind,
    fullName: r.fullName,
    nationality: declaration.nationality ?? null,
    homeOrganisation: r.homeOrganisation,
    hostName: r.hostUserId ? (userNames.get(r.hostUserId) ?? null) : null,
    stayFrom: r.stayFrom,
    stayUntil: r.stayUntil,
    status: r.status as VisitorStatus,
    residency: r.residency as TVisitorSummary["residency"],
    tokutei: r.tokutei,
    tokuteiStatus: r.tokuteiStatus as TVisitorSummary["tokuteiStatus"],
    residencyChangeOn: r.residencyChangeOn,
    reopenReason: r.reopenReason as ReopenReason | null,
    screeningStatus: partyScreeningStatus(r.screening as PartyScreening | null),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export async function listVisitors(
  db: DbOrTx,
  actor: Actor,
  query: { status?: VisitorStatus | undefined; scope: "mine" | "all" },
): Promise<TVisitorSummary[]> {
  if (query.scope === "all" && !actor.can("visitor.read_all")) {
    throw new DomainError("FORBIDDEN", "Requires visitor.read_all");
  }
  const conds: SQL[] = [visibleVisitors(actor)];
  if (query.scope === "mine") {
    conds.push(or(eq(visitors.filedBy, actor.userId), eq(visitors.hostUserId, actor.userId)) as SQL);
  }
  if (query.status) {
    conds.push(eq(visitors.status, query.status));
  }
  const rows = await db
    .select()
    .from(visitors)
    .where(and(...conds))
    .orderBy(desc(visitors.updatedAt))
    .limit(500);
  const userNames = await names(
    db,
    rows.map((r) => r.hostUserId),
  );
  return rows.map((r) => summary(r, userNames));
}

/** A pledge as the decision rules need it (kind, declaration version, date, renewal period). */
function onFile(p: typeof visitorPledges.$inferSelect): PledgeOnFile {
  return {
    kind: p.kind as PledgeKind,
    declarationVersion: p.declarationVersion,
    signedOn: p.signedOn,
    renewAfterMonths: pledgeTextByVersion(p.textVersion)?.renewAfterMonths ?? 12,
  };
}

export async function pledgesOnFile(db: DbOrTx, visitorId: string): Promise<PledgeOnFile[]> {
  const rows = await db.select().from(visitorPledges).where(eq(visitorPledges.visitorId, visitorId));
  return rows.map(onFile);
}

export async function visitorDetail(
  db: DbOrTx,
  actor: Actor,
  id: string,
  today: string,
): Promise<TVisitorDetail> {
  const r = await findVisitor(db, actor, id);
  // Sequential: `db` may be a transaction, whose one connection runs one query at a time.
  const decl = await db
    .select()
    .from(visitorDeclarations)
    .where(eq(visitorDeclarations.visitorId, id))
    .orderBy(desc(visitorDeclarations.version));
  const pledges = await db
    .select()
    .from(visitorPledges)
    .where(eq(visitorPledges.visitorId, id))
    .orderBy(desc(visitorPledges.recordedAt));
  const reviews = await db
    .select()
    .from(visitorReviews)
    .where(eq(visitorReviews.visitorId, id))
    .orderBy(asc(visitorReviews.at));
  const userNames = await names(db, [
    r.hostUserId,
    r.filedBy,
    ...decl.map((d) => d.declaredBy),
    ...pledges.map((p) => p.recordedBy),
    ...reviews.map((v) => v.actorId),
  ]);
  const assessment = r.assessment as ExportControlResult;
  const isFiler = r.filedBy === actor.userId || r.hostUserId === actor.userId;
  return {
    ...summary(r, userNames),
    nameEn: r.nameEn,
    email: r.email,
    homeCountry: r.homeCountry,
    hostUserId: r.hostUserId,
    filedByName: userNames.get(r.filedBy) ?? "?",
    screening: (r.screening ?? null) as TVisitorDetail["screening"],
    purpose: r.purpose,
    declarationVersion: r.declarationVersion,
    declaration: r.declaration as RecipientFacts,
    assessment,
    assessedAsOf: r.assessedAsOf,
    controlledTechnologyNeedsLicence: controlledTechnologyNeedsLicence(assessment),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decisionComment: r.decisionComment,
    decisionReason: r.decisionReason,
    retainUntil: r.retainUntil,
    version: r.version,
    pledgeRequired: underInstitutionDirection(r.kind as VisitorKind),
    pledgeCurrent: hasCurrentPledge(
      { pledges: pledges.map(onFile), declarationVersion: r.declarationVersion, today },
      "tokutei_declaration",
    ),
    declarations: decl.map((d) => ({
      version: d.version,
      facts: d.facts as RecipientFacts,
      note: d.note,
      declaredByName: userNames.get(d.declaredBy) ?? "?",
      declaredAt: d.declaredAt.toISOString(),
    })),
    pledges: pledges.map((p) => ({
      id: p.id,
      kind: p.kind as PledgeKind,
      textVersion: p.textVersion,
      declarationVersion: p.declarationVersion,
      tokuteiAnswer: p.tokuteiAnswer as TVisitorDetail["pledges"][number]["tokuteiAnswer"],
      matchesDetermination:
        p.tokuteiAnswer && p.declarationVersion === r.declarationVersion
          ? pledgeMatchesDetermination(p.tokuteiAnswer as "none", assessment.tokutei)
          : null,
      signedName: p.signedName,
      signedOn: p.signedOn,
      renewDueOn: addMonths(p.signedOn, onFile(p).renewAfterMonths),
      recordedByName: userNames.get(p.recordedBy) ?? "?",
      recordedAt: p.recordedAt.toISOString(),
    })),
    reviews: reviews.map((v) => ({
      action: v.action,
      reason: v.reason,
      comment: v.comment,
      actorName: v.actorId ? (userNames.get(v.actorId) ?? "?") : null,
      at: v.at.toISOString(),
      assessedAsOf: v.assessedAsOf,
      residency: v.residency,
      tokutei: v.tokutei,
    })),
    canDecide: actor.can("visitor.review") && r.status === "pending_review",
    canUpdate: isFiler || actor.can("visitor.review"),
  };
}
