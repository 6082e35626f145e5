import type { TDeskAsk } from "@renkei/contract";
import { type AuditAction, applyDeskAction, DomainError } from "@renkei/domain";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { deskCounters, deskMessages, deskQuestions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { notify } from "../notifications/notify";
import { deskActor, findQuestion, type QuestionRow, stateOf } from "./desk.queries";
import { aboutLabel } from "./desk-about";
import { officeRecipients } from "./desk-notify";

export const auditActor = (a: Actor) => ({ userId: a.userId, label: a.displayName });

async function nextRef(tx: DbOrTx, institutionId: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(deskCounters)
    .values({ institutionId, year, last: 1 })
    .onConflictDoUpdate({
      target: [deskCounters.institutionId, deskCounters.year],
      set: { last: sql`${deskCounters.last} + 1` },
    })
    .returning({ last: deskCounters.last });
  return `DQ-${year}-${String(row!.last).padStart(4, "0")}`;
}

/** What the audit log keeps of a question: its state, never the text of the thread. */
export function questionSnapshot(r: QuestionRow) {
  return {
    ref: r.ref,
    topic: r.topic,
    status: r.status,
    aboutKind: r.aboutKind,
    aboutId: r.aboutId,
    version: r.version,
  };
}

/** Moves a question by one optimistic-locked update. */
export async function updateQuestion(
  tx: DbOrTx,
  before: QuestionRow,
  version: number,
  set: Partial<typeof deskQuestions.$inferInsert>,
  now: string,
): Promise<QuestionRow> {
  const [after] = await tx
    .update(deskQuestions)
    .set({ ...set, version: before.version + 1, updatedAt: now })
    .where(and(eq(deskQuestions.id, before.id), eq(deskQuestions.version, version)))
    .returning();
  if (!after) {
    throw new DomainError("CONFLICT", "The question changed since it was read");
  }
  return after;
}

/** The consultation desk's writes (issue 17 item 2): ask, reply, close, re-open. */
export function createDeskService(deps: Deps) {
  const { db, clock } = deps;

  return {
    async ask(actor: Actor, input: TDeskAsk & { about?: TDeskAsk["about"] }): Promise<string> {
      const now = clock.now().toISOString();
      return db.transaction(async (tx) => {
        const about = input.about ?? null;
        const label = about ? await aboutLabel(deps, tx, actor, about) : null;
        const ref = await nextRef(tx, actor.institutionId, Number(clock.today().slice(0, 4)));
        const [row] = await tx
          .insert(deskQuestions)
          .values({
            institutionId: actor.institutionId,
            ref,
            topic: input.topic,
            subject: input.subject,
            body: input.body,
            askerId: actor.userId,
            aboutKind: about?.kind ?? null,
            aboutId: about?.id ?? null,
            aboutLabel: label,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "desk.question_asked",
          entityType: "desk_question",
          entityId: row!.id,
          after: questionSnapshot(row!),
          at: clock.now(),
        });
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients: await officeRecipients(tx, actor.institutionId, row!.topic, actor.userId),
            kind: "desk.question_asked",
            title: { ja: `相談 ${ref}: ${input.subject}`, en: `Question ${ref}: ${input.subject}` },
            body: { ja: "相談窓口に新しい相談が届きました。", en: "A new question reached the desk." },
            link: `/desk/${row!.id}`,
          },
          clock.now(),
        );
        return row!.id;
      });
    },

    async reply(actor: Actor, id: string, input: { body: string; version: number }) {
      const now = clock.now().toISOString();
      await db.transaction(async (tx) => {
        const before = await findQuestion(tx, actor, id);
        const next = applyDeskAction(stateOf(before), "reply", deskActor(actor));
        await tx.insert(deskMessages).values({
          institutionId: actor.institutionId,
          questionId: id,
          authorId: actor.userId,
          fromOffice: next.fromOffice,
          body: input.body,
          createdAt: now,
        });
        const after = await updateQuestion(tx, before, input.version, { status: next.status }, now);
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "desk.replied",
          entityType: "desk_question",
          entityId: id,
          before: questionSnapshot(before),
          after: questionSnapshot(after),
          at: clock.now(),
        });
        // The other side hears of the reply: the asker of an office answer, the office of a follow-up.
        const recipients =
          next.fromOffice && before.askerId
            ? { userIds: [before.askerId] }
            : await officeRecipients(tx, actor.institutionId, before.topic, actor.userId);
        await notify(
          tx,
          {
            institutionId: actor.institutionId,
            recipients,
            kind: "desk.replied",
            title: {
              ja: `相談 ${before.ref}: ${before.subject}`,
              en: `Question ${before.ref}: ${before.subject}`,
            },
            body: next.fromOffice
              ? { ja: "相談窓口から回答がありました。", en: "The office answered your question." }
              : { ja: "相談に追加の質問がありました。", en: "The asker followed up." },
            link: `/desk/${id}`,
          },
          clock.now(),
        );
      });
    },

    async changeState(actor: Actor, id: string, input: { to: "closed" | "reopened"; version: number }) {
      const now = clock.now().toISOString();
      await db.transaction(async (tx) => {
        const before = await findQuestion(tx, actor, id);
        const action = input.to === "closed" ? "close" : "reopen";
        const next = applyDeskAction(stateOf(before), action, deskActor(actor));
        const after = await updateQuestion(
          tx,
          before,
          input.version,
          { status: next.status, closedAt: next.status === "closed" ? now : null },
          now,
        );
        const audit: AuditAction = action === "close" ? "desk.closed" : "desk.reopened";
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: audit,
          entityType: "desk_question",
          entityId: id,
          before: questionSnapshot(before),
          after: questionSnapshot(after),
          at: clock.now(),
        });
      });
    },
  };
}
