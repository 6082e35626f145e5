import type { TDeskQuestion, TDeskQuestionSummary } from "@renkei/contract";
import {
  applyDeskAction,
  canReadQuestion,
  DESK_CONVERSION_PERMISSION,
  DESK_CONVERSIONS_BY_TOPIC,
  type DeskAboutKind,
  type DeskConversionKind,
  type DeskStatus,
  type DeskTopic,
  DomainError,
  inboxTopics,
  isOfficeFor,
} from "@renkei/domain";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import {
  cases,
  deskConversions,
  deskMessages,
  deskQuestions,
  ecClassifications,
  ecTransactionReviews,
} from "../../db/schema";
import type { Actor } from "../../http/context";
import { userRefs } from "../export-control/records-common";

export type QuestionRow = typeof deskQuestions.$inferSelect;

export const deskActor = (a: Actor) => ({ userId: a.userId, role: a.role });
export const stateOf = (r: QuestionRow) => ({
  topic: r.topic as DeskTopic,
  status: r.status as DeskStatus,
  askerId: r.askerId,
});

/**
 * The SQL form of `canReadQuestion` for lists: own questions, plus the topics this role's office answers
 * (auditors: every topic). A list test proves it returns exactly what the domain rule allows.
 */
export function visibleQuestions(actor: Actor, box: "mine" | "inbox"): SQL {
  const own = eq(deskQuestions.institutionId, actor.institutionId);
  const mine = eq(deskQuestions.askerId, actor.userId);
  const topics = inboxTopics(actor.role);
  if (box === "mine" || topics.length === 0) {
    return and(own, mine) as SQL;
  }
  return and(own, inArray(deskQuestions.topic, topics)) as SQL;
}

/** A question the actor may read; one it may not read looks missing (architecture §8.5). */
export async function findQuestion(db: DbOrTx, actor: Actor, id: string): Promise<QuestionRow> {
  const [row] = await db
    .select()
    .from(deskQuestions)
    .where(and(eq(deskQuestions.id, id), eq(deskQuestions.institutionId, actor.institutionId)));
  if (!row || !canReadQuestion(stateOf(row), deskActor(actor))) {
    throw new DomainError("NOT_FOUND", "Question not found");
  }
  return row;
}

export async function summaries(db: DbOrTx, rows: QuestionRow[]): Promise<TDeskQuestionSummary[]> {
  const ref = await userRefs(
    db,
    rows.map((r) => r.askerId),
  );
  return rows.map((r) => ({
    id: r.id,
    ref: r.ref,
    topic: r.topic as DeskTopic,
    subject: r.subject,
    status: r.status as DeskStatus,
    asker: ref(r.askerId),
    about:
      r.aboutKind && r.aboutId
        ? { kind: r.aboutKind as DeskAboutKind, id: r.aboutId, label: r.aboutLabel ?? "" }
        : null,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}

export async function listQuestions(
  db: DbOrTx,
  actor: Actor,
  q: {
    box: "mine" | "inbox";
    topic?: DeskTopic | undefined;
    status?: DeskStatus | undefined;
    aboutKind?: DeskAboutKind | undefined;
    aboutId?: string | undefined;
  },
) {
  const conds: (SQL | undefined)[] = [visibleQuestions(actor, q.box)];
  if (q.topic) {
    conds.push(eq(deskQuestions.topic, q.topic));
  }
  if (q.status) {
    conds.push(eq(deskQuestions.status, q.status));
  }
  if (q.aboutKind) {
    conds.push(eq(deskQuestions.aboutKind, q.aboutKind));
  }
  if (q.aboutId) {
    conds.push(eq(deskQuestions.aboutId, q.aboutId));
  }
  const rows = await db
    .select()
    .from(deskQuestions)
    .where(and(...conds))
    .orderBy(desc(deskQuestions.updatedAt))
    .limit(500);
  // The SQL narrows; the domain rule has the last word on every row returned.
  return summaries(
    db,
    rows.filter((r) => canReadQuestion(stateOf(r), deskActor(actor))),
  );
}

async function conversionLabels(db: DbOrTx, rows: { kind: string; recordId: string }[]) {
  const ids = (k: DeskConversionKind) => rows.filter((r) => r.kind === k).map((r) => r.recordId);
  const labels = new Map<string, string>();
  const cl = ids("classification");
  if (cl.length) {
    for (const r of await db
      .select({ id: ecClassifications.id, a: ecClassifications.refNo, b: ecClassifications.name })
      .from(ecClassifications)
      .where(inArray(ecClassifications.id, cl))) {
      labels.set(r.id, `${r.a} ${r.b}`);
    }
  }
  const rv = ids("review");
  if (rv.length) {
    for (const r of await db
      .select({ id: ecTransactionReviews.id, a: ecTransactionReviews.refNo, b: ecTransactionReviews.title })
      .from(ecTransactionReviews)
      .where(inArray(ecTransactionReviews.id, rv))) {
      labels.set(r.id, `${r.a} ${r.b}`);
    }
  }
  const cs = ids("case");
  if (cs.length) {
    for (const r of await db
      .select({ id: cases.id, a: cases.ref, b: cases.title })
      .from(cases)
      .where(inArray(cases.id, cs))) {
      labels.set(r.id, `${r.a} ${r.b}`);
    }
  }
  return labels;
}

function allowed(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

export async function questionDetail(db: DbOrTx, actor: Actor, id: string): Promise<TDeskQuestion> {
  const row = await findQuestion(db, actor, id);
  const messages = await db
    .select()
    .from(deskMessages)
    .where(eq(deskMessages.questionId, id))
    .orderBy(asc(deskMessages.createdAt), asc(deskMessages.id));
  const conv = await db
    .select()
    .from(deskConversions)
    .where(eq(deskConversions.questionId, id))
    .orderBy(asc(deskConversions.createdAt));
  const labels = await conversionLabels(db, conv);
  const ref = await userRefs(
    db,
    messages.map((m) => m.authorId),
  );
  const [summary] = await summaries(db, [row]);
  const state = stateOf(row);
  const a = deskActor(actor);
  const done = new Set(conv.map((c) => c.kind));
  const office = isOfficeFor(state.topic, actor.role) && row.status !== "closed";
  return {
    ...summary!,
    body: row.body,
    version: row.version,
    messages: messages.map((m) => ({
      id: m.id,
      author: ref(m.authorId),
      fromOffice: m.fromOffice,
      body: m.body,
      createdAt: new Date(m.createdAt).toISOString(),
    })),
    conversions: conv.map((c) => ({
      kind: c.kind as DeskConversionKind,
      recordId: c.recordId,
      label: labels.get(c.recordId) ?? "",
      createdAt: new Date(c.createdAt).toISOString(),
    })),
    can: {
      reply: allowed(() => applyDeskAction(state, "reply", a)),
      close: allowed(() => applyDeskAction(state, "close", a)),
      reopen: allowed(() => applyDeskAction(state, "reopen", a)),
      convert: office
        ? DESK_CONVERSIONS_BY_TOPIC[state.topic].filter(
            (k) => !done.has(k) && actor.can(DESK_CONVERSION_PERMISSION[k]),
          )
        : [],
    },
  };
}
