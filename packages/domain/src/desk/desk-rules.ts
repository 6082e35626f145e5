import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import type { Role } from "../shared/roles";
import {
  DESK_CONVERSIONS_BY_TOPIC,
  DESK_TOPIC_OFFICES,
  type DeskConversionKind,
  type DeskStatus,
  type DeskTopic,
} from "./desk-types";

/** What the rules need to know about a question. */
export interface DeskQuestionState {
  topic: DeskTopic;
  status: DeskStatus;
  askerId: string | null;
}

export interface DeskActor {
  userId: string;
  role: Role;
}

export type DeskAction = "reply" | "close" | "reopen";

/** The office answering questions on this topic (seed 000 §3-2: each question goes to its section). */
export function isOfficeFor(topic: DeskTopic, role: Role): boolean {
  return DESK_TOPIC_OFFICES[topic].includes(role);
}

/**
 * The one access decision for a question, asked by every read path (inbox, page, search): the asker,
 * the office of its topic and auditors (read-only). Never another researcher — a question may carry a
 * lab's unpublished work or a personal matter (COI).
 */
export function canReadQuestion(q: DeskQuestionState, actor: DeskActor): boolean {
  return q.askerId === actor.userId || actor.role === "auditor" || isOfficeFor(q.topic, actor.role);
}

/** Topics whose questions this role sees in its inbox beside its own questions. */
export function inboxTopics(role: Role): DeskTopic[] {
  return (Object.keys(DESK_TOPIC_OFFICES) as DeskTopic[]).filter(
    (t) => role === "auditor" || isOfficeFor(t, role),
  );
}

function refuse(ruleId: string, ja: string, en: string): never {
  const reasons: Reason[] = [reason(ruleId, "seed000§3-2", ja, en)];
  throw new DomainError("RULE_VIOLATION", ja, { reasons });
}

/**
 * The thread's states: the office's reply answers the question; the asker's follow-up on an answer
 * re-opens it (the office owes another answer); either side closes; a closed question takes no reply
 * until re-opened. Auditors only read.
 */
export function applyDeskAction(
  q: DeskQuestionState,
  action: DeskAction,
  actor: DeskActor,
): { status: DeskStatus; fromOffice: boolean } {
  const office = isOfficeFor(q.topic, actor.role);
  const asker = q.askerId === actor.userId;
  if (!office && !asker) {
    refuse(
      "DESK-ACT-PARTY",
      "この相談の質問者か担当窓口だけが操作できます。",
      "Only the asker or the office in charge can act on this question.",
    );
  }
  if (action === "reply") {
    if (q.status === "closed") {
      refuse(
        "DESK-REPLY-CLOSED",
        "終了した相談には返信できません。再開してください。",
        "A closed question cannot be answered. Re-open it first.",
      );
    }
    // An officer asking their own office a question is answered by a colleague: their own reply is
    // a follow-up, not the office's answer.
    if (office && !asker) {
      return { status: "answered", fromOffice: true };
    }
    return { status: q.status === "answered" ? "reopened" : q.status, fromOffice: false };
  }
  if (action === "close") {
    if (q.status === "closed") {
      refuse("DESK-CLOSE-CLOSED", "この相談はすでに終了しています。", "This question is already closed.");
    }
    return { status: "closed", fromOffice: office && !asker };
  }
  if (q.status !== "closed") {
    refuse(
      "DESK-REOPEN-OPEN",
      "終了した相談だけを再開できます。",
      "Only a closed question can be re-opened.",
    );
  }
  return { status: "reopened", fromOffice: office && !asker };
}

/**
 * Only the office of the question's topic opens a record from it, and only the kinds that topic owns
 * (a 該非判定 or 取引審査 comes from an export-control question). The record's own service then checks
 * the permission to create it.
 */
export function checkConversion(q: DeskQuestionState, kind: DeskConversionKind, actor: DeskActor): void {
  if (!isOfficeFor(q.topic, actor.role)) {
    refuse(
      "DESK-CONVERT-OFFICE",
      "相談の担当窓口だけが、相談から記録を作成できます。",
      "Only the office in charge of the question can open a record from it.",
    );
  }
  if (!DESK_CONVERSIONS_BY_TOPIC[q.topic].includes(kind)) {
    refuse(
      "DESK-CONVERT-KIND",
      "この相談分野からはこの記録を作成できません。",
      "This kind of record cannot be opened from a question on this topic.",
    );
  }
  if (q.status === "closed") {
    refuse(
      "DESK-CONVERT-CLOSED",
      "終了した相談から記録は作成できません。再開してください。",
      "No record can be opened from a closed question. Re-open it first.",
    );
  }
}
