import { DomainError, ROLE_LABELS, type Role } from "@renkei/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import { auditEvents, departments, deskMessages, deskQuestions, labProfiles, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

const iso = (v: string | Date | null | undefined) => (v ? new Date(v).toISOString() : null);

/**
 * A person's own data on request (個人情報保護法 §33 開示; issue 17 item 7): their account, the questions
 * they asked the desk with the answers, what they wrote in others' threads, their lab profile, and how
 * many audit entries name them. JSON for machines plus a summary a person reads, in ja and en.
 */
export async function exportPersonalData(deps: Deps, actor: Actor, userId: string) {
  if (userId !== actor.userId && !actor.can("personal_data.manage")) {
    throw new DomainError("NOT_FOUND", "User not found");
  }
  return deps.db.transaction(async (tx) => {
    const [user] = await tx
      .select({
        id: users.id,
        displayName: users.displayName,
        email: users.email,
        role: users.role,
        department: departments.nameJa,
        createdAt: users.createdAt,
      })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(and(eq(users.id, userId), eq(users.institutionId, actor.institutionId)));
    if (!user) {
      throw new DomainError("NOT_FOUND", "User not found");
    }
    const questions = await tx
      .select()
      .from(deskQuestions)
      .where(and(eq(deskQuestions.institutionId, actor.institutionId), eq(deskQuestions.askerId, userId)))
      .orderBy(asc(deskQuestions.createdAt));
    const messages = await tx
      .select({
        questionId: deskMessages.questionId,
        body: deskMessages.body,
        at: deskMessages.createdAt,
        authorId: deskMessages.authorId,
        fromOffice: deskMessages.fromOffice,
      })
      .from(deskMessages)
      .where(eq(deskMessages.institutionId, actor.institutionId))
      .orderBy(asc(deskMessages.createdAt));
    const asked = new Set(questions.map((q) => q.id));
    const [lab] = await tx
      .select()
      .from(labProfiles)
      .where(and(eq(labProfiles.institutionId, actor.institutionId), eq(labProfiles.headUserId, userId)));
    const [audit] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.institutionId, actor.institutionId), eq(auditEvents.actorId, userId)));
    const role = ROLE_LABELS[user.role as Role];
    const data = {
      generatedAt: deps.clock.now().toISOString(),
      account: {
        displayName: user.displayName,
        email: user.email,
        role: role ?? user.role,
        department: user.department,
        createdAt: iso(user.createdAt),
      },
      deskQuestions: questions.map((q) => ({
        ref: q.ref,
        topic: q.topic,
        subject: q.subject,
        body: q.body,
        status: q.status,
        askedAt: iso(q.createdAt),
        thread: messages
          .filter((m) => m.questionId === q.id)
          .map((m) => ({ fromOffice: m.fromOffice, body: m.body, at: iso(m.at) })),
      })),
      // Their own words in threads they did not start (as an officer answering, for instance).
      otherMessages: messages
        .filter((m) => m.authorId === userId && !asked.has(m.questionId))
        .map((m) => ({ body: m.body, at: iso(m.at) })),
      labProfile: lab
        ? {
            labName: lab.labName,
            fields: lab.fields,
            technologies: lab.technologies,
            foreignMembers: lab.foreignMembers,
            notes: lab.notes,
          }
        : null,
      auditEntriesAsActor: audit?.n ?? 0,
    };
    const summary = [
      `${user.displayName} さんの個人データ / Personal data of ${user.displayName}`,
      `アカウント / Account: ${user.email}（${role?.ja ?? user.role} / ${role?.en ?? user.role}）`,
      `相談 / Questions to the desk: ${data.deskQuestions.length}件`,
      `他の相談での発言 / Messages in other threads: ${data.otherMessages.length}件`,
      `研究室プロファイル / Lab profile: ${lab ? lab.labName : "なし / none"}`,
      `監査ログ上の操作 / Audit entries as actor: ${data.auditEntriesAsActor}件`,
    ].join("\n");
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: { userId: actor.userId, label: actor.displayName },
      action: "personal_data.exported",
      entityType: "user",
      entityId: userId,
      after: { requestedBy: actor.userId, self: userId === actor.userId },
      at: deps.clock.now(),
    });
    return { data, summary };
  });
}
