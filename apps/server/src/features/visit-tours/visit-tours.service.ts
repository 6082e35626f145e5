import type { TVisitTour } from "@renkei/contract";
import {
  type AuditAction,
  checkTourEditable,
  completeTour,
  DomainError,
  decideTour,
  resetDecisions,
  submitTour,
  type TourItem,
  type TourItemKind,
  type TourStatus,
} from "@renkei/domain";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { visitTours } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { userRefs } from "../export-control/records-common";
import { notify } from "../notifications/notify";
import { findVisitor } from "../visitors/visitors.queries";

type TourRow = typeof visitTours.$inferSelect;

interface TourValues {
  title: string;
  visitOn: string | null;
  hostUserId: string | null;
  items: { kind: TourItemKind; description: string; responsibleUserId: string | null }[];
}

const auditActor = (a: Actor) => ({ userId: a.userId, label: a.displayName });

function snapshot(r: TourRow) {
  const { institutionId: _i, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
}

function freshItems(values: TourValues): TourItem[] {
  return resetDecisions(
    values.items.map((i) => ({ ...i, decision: "pending", conditions: "", done: false })),
  );
}

/**
 * Facility tour / handout checklists of a visit (issue 17 item 5; spec C7). A tour is visible exactly
 * when its visit is (the visitor intake's own rule, `findVisitor`), so no second access rule exists.
 */
export function createVisitToursService(deps: Deps) {
  const { db, clock } = deps;

  async function view(tx: DbOrTx, r: TourRow): Promise<TVisitTour> {
    const items = r.items as TourItem[];
    const ref = await userRefs(tx, [r.hostUserId, r.decidedBy, ...items.map((i) => i.responsibleUserId)]);
    return {
      id: r.id,
      visitorId: r.visitorId,
      title: r.title,
      visitOn: r.visitOn,
      host: ref(r.hostUserId),
      status: r.status as TourStatus,
      items: items.map(({ responsibleUserId, ...i }) => ({ ...i, responsible: ref(responsibleUserId) })),
      decidedBy: ref(r.decidedBy),
      decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
      decisionComment: r.decisionComment,
      completedAt: r.completedAt ? new Date(r.completedAt).toISOString() : null,
      version: r.version,
    };
  }

  async function find(tx: DbOrTx, actor: Actor, id: string): Promise<TourRow> {
    const [row] = await tx
      .select()
      .from(visitTours)
      .where(and(eq(visitTours.id, id), eq(visitTours.institutionId, actor.institutionId)));
    if (!row) {
      throw new DomainError("NOT_FOUND", "Tour not found");
    }
    await findVisitor(tx, actor, row.visitorId).catch(() => {
      throw new DomainError("NOT_FOUND", "Tour not found");
    });
    return row;
  }

  async function checkPeople(tx: DbOrTx, actor: Actor, values: TourValues) {
    await assertInInstitution(tx, actor.institutionId, {
      users: {
        hostUserId: values.hostUserId,
        "items.responsibleUserId": values.items
          .map((i) => i.responsibleUserId)
          .filter((v): v is string => Boolean(v)),
      },
    });
  }

  /** One optimistic-locked change with its audit event, in one transaction. */
  async function change(
    actor: Actor,
    id: string,
    version: number,
    action: AuditAction,
    next: (row: TourRow, tx: DbOrTx) => Promise<Partial<typeof visitTours.$inferInsert>>,
    then?: (after: TourRow, tx: DbOrTx) => Promise<unknown>,
  ) {
    const now = clock.now().toISOString();
    return db.transaction(async (tx) => {
      const before = await find(tx, actor, id);
      const set = await next(before, tx);
      const [after] = await tx
        .update(visitTours)
        .set({ ...set, version: before.version + 1, updatedAt: now })
        .where(and(eq(visitTours.id, id), eq(visitTours.version, version)))
        .returning();
      if (!after) {
        throw new DomainError("CONFLICT", "The checklist changed since it was read");
      }
      await appendAudit(tx, {
        institutionId: actor.institutionId,
        actor: auditActor(actor),
        action,
        entityType: "visit_tour",
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
        at: clock.now(),
      });
      await then?.(after, tx);
      return view(tx, after);
    });
  }

  return {
    async list(actor: Actor, visitorId: string) {
      await findVisitor(db, actor, visitorId);
      const rows = await db
        .select()
        .from(visitTours)
        .where(and(eq(visitTours.institutionId, actor.institutionId), eq(visitTours.visitorId, visitorId)))
        .orderBy(asc(visitTours.createdAt));
      return Promise.all(rows.map((r) => view(db, r)));
    },

    async create(actor: Actor, visitorId: string, values: TourValues) {
      const now = clock.now().toISOString();
      return db.transaction(async (tx) => {
        await findVisitor(tx, actor, visitorId);
        await checkPeople(tx, actor, values);
        const [row] = await tx
          .insert(visitTours)
          .values({
            institutionId: actor.institutionId,
            visitorId,
            title: values.title,
            visitOn: values.visitOn,
            hostUserId: values.hostUserId ?? actor.userId,
            items: freshItems(values),
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "visit_tour.saved",
          entityType: "visit_tour",
          entityId: row!.id,
          after: snapshot(row!),
          at: clock.now(),
        });
        return view(tx, row!);
      });
    },

    async update(actor: Actor, id: string, input: { version: number; tour: TourValues }) {
      return change(actor, id, input.version, "visit_tour.saved", async (row, tx) => {
        checkTourEditable(row.status as TourStatus);
        await checkPeople(tx, actor, input.tour);
        return {
          title: input.tour.title,
          visitOn: input.tour.visitOn,
          hostUserId: input.tour.hostUserId ?? row.hostUserId,
          items: freshItems(input.tour),
        };
      });
    },

    async submit(actor: Actor, id: string, version: number) {
      // The office hears of the request in the same transaction: a refused submission notifies nobody.
      return change(
        actor,
        id,
        version,
        "visit_tour.submitted",
        async (row) => ({ status: submitTour(row.status as TourStatus, row.items as TourItem[]) }),
        (after, tx) =>
          notify(
            tx,
            {
              institutionId: actor.institutionId,
              recipients: { permission: "visit_tour.decide" },
              kind: "visit_tour.submitted",
              title: {
                ja: `見学・資料提供の確認依頼: ${after.title}`,
                en: `Tour and materials check requested: ${after.title}`,
              },
              body: {
                ja: "見学・資料提供チェックリストの確認をお願いします。",
                en: "A tour and materials checklist awaits your decision.",
              },
              link: `/visitors/${after.visitorId}`,
            },
            clock.now(),
          ),
      );
    },

    async decide(
      actor: Actor,
      id: string,
      input: {
        version: number;
        outcome: "approve" | "return";
        decisions: { decision: "allowed" | "conditional" | "refused"; conditions: string }[];
        comment: string;
      },
    ) {
      return change(actor, id, input.version, "visit_tour.decided", async (row) => {
        const next = decideTour(
          row.status as TourStatus,
          row.items as TourItem[],
          input.decisions,
          input.outcome,
          input.comment,
        );
        return {
          status: next.status,
          items: next.items,
          decidedBy: actor.userId,
          decidedAt: clock.now().toISOString(),
          decisionComment: input.comment,
        };
      });
    },

    async complete(actor: Actor, id: string, input: { version: number; done: boolean[] }) {
      return change(actor, id, input.version, "visit_tour.completed", async (row) => {
        const next = completeTour(row.status as TourStatus, row.items as TourItem[], input.done);
        return {
          status: next.status,
          items: next.items,
          completedBy: actor.userId,
          completedAt: clock.now().toISOString(),
        };
      });
    },
  };
}
