import { createHash } from "node:crypto";
import type { TPaymentReconciliation, ZAppointmentInput } from "@renkei/contract";
import {
  DomainError,
  type EcPost,
  holderOn,
  parseCsv,
  parsePayments,
  reconcilePayment,
  supersede,
} from "@renkei/domain";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import { ecAppointments, travelPaymentImports, travelPayments, trips, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

/**
 * Records the law expects (issue 15 item 7; spec §6.1 輸出者等遵守基準, seed 001 p.53): appointments of
 * 統括責任者 and 該非確認責任者 with their history, and the reconciliation of the
 * finance system's travel payments with trip clearances.
 */
export function createRecordsService(deps: Deps) {
  const { db, clock } = deps;
  const who = (a: Actor) => ({ userId: a.userId, label: a.displayName });

  return {
    async appointments(actor: Actor) {
      const rows = await db
        .select({ a: ecAppointments, name: users.displayName })
        .from(ecAppointments)
        .innerJoin(users, eq(users.id, ecAppointments.userId))
        .where(eq(ecAppointments.institutionId, actor.institutionId))
        .orderBy(asc(ecAppointments.post), desc(ecAppointments.fromDate));
      const today = clock.today();
      const all = rows.map((r) => ({ ...r.a, post: r.a.post as EcPost }));
      return rows.map((r) => ({
        id: r.a.id,
        post: r.a.post as EcPost,
        user: { id: r.a.userId, displayName: r.name },
        fromDate: r.a.fromDate,
        untilDate: r.a.untilDate,
        note: r.a.note,
        current: holderOn(all, r.a.post as EcPost, today)?.id === r.a.id,
      }));
    },

    /** A new holder of the post: the open appointment ends the day before (history kept). */
    async appoint(actor: Actor, input: z.output<typeof ZAppointmentInput>): Promise<string> {
      return db.transaction(async (tx) => {
        const [u] = await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.id, input.userId), eq(users.institutionId, actor.institutionId)));
        if (!u) {
          throw new DomainError("VALIDATION_FAILED", "Unknown user", {
            issues: [{ path: "userId", message: "validation.unknown_record" }],
          });
        }
        const [open] = await tx
          .select()
          .from(ecAppointments)
          .where(
            and(
              eq(ecAppointments.institutionId, actor.institutionId),
              eq(ecAppointments.post, input.post),
              isNull(ecAppointments.untilDate),
            ),
          );
        const s = supersede(open ? { ...open, post: open.post as EcPost } : null, input.fromDate);
        if (!s.ok) {
          throw new DomainError("VALIDATION_FAILED", "The appointment must start after the current one", {
            issues: [{ path: "fromDate", message: "validation.appointment_before_current" }],
          });
        }
        if (open && s.endPrevious) {
          await tx
            .update(ecAppointments)
            .set({ untilDate: s.endPrevious })
            .where(eq(ecAppointments.id, open.id));
        }
        const [row] = await tx
          .insert(ecAppointments)
          .values({ institutionId: actor.institutionId, ...input, appointedBy: actor.userId })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: "ec_appointment.appointed",
          entityType: "ec_appointment",
          entityId: row!.id,
          before: open
            ? { appointmentId: open.id, userId: open.userId, untilDate: s.endPrevious }
            : undefined,
          after: input,
          at: clock.now(),
        });
        return row!.id;
      });
    },

    /** Ends a term without a successor yet (the post is vacant from the day after). */
    async endAppointment(actor: Actor, id: string, untilDate: string): Promise<void> {
      await db.transaction(async (tx) => {
        const [a] = await tx
          .select()
          .from(ecAppointments)
          .where(and(eq(ecAppointments.id, id), eq(ecAppointments.institutionId, actor.institutionId)));
        if (!a) {
          throw new DomainError("NOT_FOUND", "No such appointment");
        }
        if (a.untilDate !== null) {
          throw new DomainError("RULE_VIOLATION", "The term has already ended", {
            reasons: ["appointment.ended"],
          });
        }
        if (untilDate < a.fromDate) {
          throw new DomainError("VALIDATION_FAILED", "The term cannot end before it started", {
            issues: [{ path: "untilDate", message: "validation.end_before_start" }],
          });
        }
        await tx.update(ecAppointments).set({ untilDate }).where(eq(ecAppointments.id, a.id));
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: "ec_appointment.ended",
          entityType: "ec_appointment",
          entityId: a.id,
          before: { untilDate: null },
          after: { post: a.post, userId: a.userId, untilDate },
          at: clock.now(),
        });
      });
    },

    /** Imports the finance system's CSV; a bad row rejects the file and nothing is written. */
    async importPayments(
      actor: Actor,
      fileName: string,
      text: string,
    ): Promise<{ importId: string; rows: number }> {
      const { payments, errors } = parsePayments(parseCsv(text));
      if (errors.length > 0 || payments.length === 0) {
        throw new DomainError("VALIDATION_FAILED", "The payments file has errors", {
          issues: (errors.length > 0 ? errors : ["no rows"]).map((e) => ({ path: "file", message: e })),
        });
      }
      return db.transaction(async (tx) => {
        const [imp] = await tx
          .insert(travelPaymentImports)
          .values({
            institutionId: actor.institutionId,
            fileName,
            sha256: createHash("sha256").update(text).digest("hex"),
            rowCount: payments.length,
            importedBy: actor.userId,
          })
          .returning();
        await tx
          .insert(travelPayments)
          .values(payments.map((p) => ({ ...p, institutionId: actor.institutionId, importId: imp!.id })))
          .onConflictDoNothing();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: who(actor),
          action: "travel_payments.imported",
          entityType: "travel_payment_import",
          entityId: imp!.id,
          after: { fileName, rows: payments.length },
          at: clock.now(),
        });
        return { importId: imp!.id, rows: payments.length };
      });
    },

    /** Every imported payment with its clearance status; those without a clearance are counted. */
    async reconciliation(actor: Actor): Promise<TPaymentReconciliation> {
      const pays = await db
        .select()
        .from(travelPayments)
        .where(eq(travelPayments.institutionId, actor.institutionId))
        .orderBy(asc(travelPayments.paidOn), asc(travelPayments.paymentRef));
      const emails = [...new Set(pays.map((p) => p.travellerEmail))];
      const people =
        emails.length === 0
          ? []
          : await db
              .select({ id: users.id, email: users.email })
              .from(users)
              .where(and(eq(users.institutionId, actor.institutionId), inArray(users.email, emails)));
      const byEmail = new Map(people.map((u) => [u.email.toLowerCase(), u.id]));
      const tripRows = await db.select().from(trips).where(eq(trips.institutionId, actor.institutionId));
      const payments = pays.map((p) => {
        const r = reconcilePayment(
          { ...p, travellerUserId: byEmail.get(p.travellerEmail) ?? null },
          tripRows.map((t) => ({ ...t, travellerId: t.travellerId })),
        );
        return { ...p, ...r };
      });
      return {
        payments: payments.map((p) => ({
          paymentRef: p.paymentRef,
          travellerName: p.travellerName,
          travellerEmail: p.travellerEmail,
          destinationCountry: p.destinationCountry,
          departOn: p.departOn,
          returnOn: p.returnOn,
          tripRef: p.tripRef,
          amountYen: p.amountYen,
          paidOn: p.paidOn,
          status: p.status,
          clearanceRef: p.clearanceRef,
        })),
        withoutClearance: payments.filter((p) => p.status !== "cleared").length,
      };
    },
  };
}
