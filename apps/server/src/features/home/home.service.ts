import type { THome, THomeItem } from "@renkei/contract";
import { type HomeItemKey, homeItemsFor, licenceExpiringSoon } from "@renkei/domain";
import { and, count, eq, inArray, isNull, lt, type SQL } from "drizzle-orm";
import { caseMonitoringItems, cases, caseTasks, institutions, trips, visitors } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { visibleCasesWhere } from "../cases/cases.scope";
import { createCasesService } from "../cases/cases.service";
import { createCoiReviewService } from "../coi/coi-review.service";
import { createReviewReader } from "../export-control/transaction-reviews.read";
import { createInventionsService } from "../ip/inventions.service";
import { createLicencesService } from "../licences/licences.service";
import { createPartnersService } from "../partners/partners.service";
import { createReviewService } from "../screening/review.service";
import { createSecretOversightService } from "../secrets/secret-oversight.service";
import { createSecretPledgesService } from "../secrets/secret-pledges.service";
import { visibleTrips } from "../trips/trips.queries";
import { visibleVisitors } from "../visitors/visitors.queries";

/** Stages after which a case is no longer worked on. */
const ENDED_STAGES = new Set(["closed", "declined", "withdrawn"]);

/**
 * The home page (issue 11 item 3). Each count asks the feature that owns the record, through that
 * feature's own visibility rule (the review reader, the screening queue, the case board, `visibleTrips`,
 * …), so a home page never counts what the same user could not open from the list it links to.
 */
export function createHomeService(deps: Deps) {
  const { db, clock } = deps;
  const reviews = createReviewReader(deps);
  const hits = createReviewService(deps);
  const licences = createLicencesService(deps);
  const casesService = createCasesService(deps);
  const coi = createCoiReviewService(deps);
  const oversight = createSecretOversightService(deps);
  const pledges = createSecretPledgesService(deps);
  const inventions = createInventionsService(deps);
  const partners = createPartnersService(deps);

  const tally = async (where: SQL, table: typeof trips | typeof visitors) => {
    const [row] = await db.select({ n: count() }).from(table).where(where);
    return Number(row?.n ?? 0);
  };

  async function openCases(actor: Actor, blocked?: boolean): Promise<number> {
    const board = await casesService.board(actor, { perStage: 1, page: 1, blocked });
    return board.columns.filter((c) => !ENDED_STAGES.has(c.stage)).reduce((n, c) => n + c.total, 0);
  }

  const counters: Record<HomeItemKey, (actor: Actor) => Promise<number>> = {
    screening_hits_open: async (a) => (await hits.queue(a, { status: "open", page: 1, pageSize: 1 })).total,
    reviews_to_decide: async (a) =>
      (await reviews.list(a, { status: "officer_review", page: 1, pageSize: 1 })).total,
    reviews_to_approve: async (a) =>
      (await reviews.list(a, { status: "dept_review", todo: "true", page: 1, pageSize: 1 })).total,
    my_reviews_to_finish: async (a) =>
      (await reviews.list(a, { status: "returned", todo: "true", page: 1, pageSize: 1 })).total +
      (await reviews.list(a, { status: "draft", todo: "true", page: 1, pageSize: 1 })).total,
    reviews_in_progress: async (a) =>
      (await reviews.list(a, { status: "dept_review", page: 1, pageSize: 1 })).total +
      (await reviews.list(a, { status: "officer_review", page: 1, pageSize: 1 })).total,
    visitors_to_review: (a) =>
      tally(and(visibleVisitors(a), eq(visitors.status, "pending_review")) as SQL, visitors),
    trips_to_check: (a) => tally(and(visibleTrips(a), eq(trips.status, "submitted")) as SQL, trips),
    my_trips: (a) =>
      tally(
        and(
          visibleTrips(a),
          eq(trips.travellerId, a.userId),
          inArray(trips.status, ["submitted", "more_info_requested"]),
        ) as SQL,
        trips,
      ),
    licences_expiring: async (a) => {
      const today = clock.today();
      return (await licences.list(a, { status: "granted" })).filter((l) =>
        licenceExpiringSoon(l.validUntil, today),
      ).length;
    },
    cases_blocked: (a) => openCases(a, true),
    cases_active: (a) => openCases(a),
    my_cases: (a) => openCases(a),
    monitoring_overdue: async (a) => {
      const [row] = await db
        .select({ n: count() })
        .from(caseMonitoringItems)
        .innerJoin(cases, eq(cases.id, caseMonitoringItems.caseId))
        .where(
          and(
            visibleCasesWhere(a),
            isNull(caseMonitoringItems.completedOn),
            eq(caseMonitoringItems.cancelled, false),
            lt(caseMonitoringItems.dueOn, clock.today()),
          ),
        );
      return Number(row?.n ?? 0);
    },
    my_tasks: async (a) => {
      const [row] = await db
        .select({ n: count() })
        .from(caseTasks)
        .innerJoin(cases, eq(cases.id, caseTasks.caseId))
        .where(and(visibleCasesWhere(a), eq(caseTasks.assigneeId, a.userId), isNull(caseTasks.doneAt)));
      return Number(row?.n ?? 0);
    },
    pledges_to_sign: async (a) => {
      const mine = await pledges.mine(a);
      const version = mine.current?.version ?? null;
      return mine.cases.filter((c) => c.required && c.signedVersion !== version).length;
    },
    coi_to_review: async (a) => (await coi.queue(a, { status: "submitted" })).length,
    secret_alerts_open: async (a) => (await oversight.alerts(a, "open")).items.length,
    inventions_to_decide: async (a) =>
      (await inventions.list(a)).filter((i) => i.stage === "awaiting_decision").length,
    partners_total: async (a) => (await partners.list(a, { risk: [], page: 1, pageSize: 1 })).total,
  };

  /** The member institutions a hub coordinator consults, each with its registry's figures. */
  async function members(actor: Actor): Promise<THome["members"]> {
    if (actor.consultable.length === 0) {
      return [];
    }
    const rows = await db
      .select({ id: institutions.id, nameJa: institutions.nameJa, nameEn: institutions.nameEn })
      .from(institutions)
      .where(inArray(institutions.id, actor.consultable));
    const total = async (institutionId: string, risk: Parameters<typeof partners.list>[1]["risk"]) =>
      (await partners.list(actor, { institutionId, risk, page: 1, pageSize: 1 })).total;
    return Promise.all(
      rows.map(async (r) => ({
        institutionId: r.id,
        nameJa: r.nameJa,
        nameEn: r.nameEn,
        partners: await total(r.id, []),
        partnersCreditMissing: await total(r.id, ["credit_missing"]),
        partnersForeignGov: await total(r.id, ["foreign_government_control"]),
      })),
    );
  }

  return {
    async home(actor: Actor): Promise<THome> {
      const items: THomeItem[] = [];
      // One after another: a home page is a dozen small counts, and the pool is shared with every user.
      for (const def of homeItemsFor(actor.role)) {
        items.push({
          key: def.key,
          area: def.area,
          count: await counters[def.key](actor),
          figure: def.figure === true,
          to: def.to,
        });
      }
      return { items, members: await members(actor) };
    },
  };
}
