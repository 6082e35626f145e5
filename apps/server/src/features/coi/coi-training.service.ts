import type {
  TTrainingImportReport,
  ZCompletionInput,
  ZCourseInput,
  ZTrainingRequirements,
} from "@renkei/contract";
import {
  compareDates,
  completionExpiry,
  DomainError,
  parseTrainingTable,
  TRAINING_PURPOSES,
  type TrainingTopic,
  trainingCheck,
} from "@renkei/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { coiSettings, trainingCompletions, trainingCourses, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { auditActor, userInInstitution } from "./coi-store";
import { completionsOf, trainingRequirements } from "./coi-training";
import { reasonView } from "./coi-views";

/**
 * Training records (issue 13 item 10; M1–M5, C1, C2): courses with a validity, completions with their
 * expiry, e-learning results imported from CSV or Excel (preview, row errors, all or nothing), and the
 * institution's requirement of current training before a trip, joining a case or declaring (checked by
 * the domain's `trainingCheck` where those happen). Appointments of 統括責任者 / 該非確認責任者 are kept
 * by export control (`/api/v1/export-control/appointments`), not here.
 */

export function createCoiTrainingService(deps: Deps) {
  const { db, clock } = deps;

  async function courses(tx: DbOrTx, institutionId: string) {
    return tx
      .select()
      .from(trainingCourses)
      .where(eq(trainingCourses.institutionId, institutionId))
      .orderBy(asc(trainingCourses.code));
  }

  async function completionRows(tx: DbOrTx, institutionId: string, userId?: string) {
    const today = clock.today();
    const rows = await tx
      .select({
        id: trainingCompletions.id,
        userId: trainingCompletions.userId,
        userName: users.displayName,
        courseTitle: trainingCourses.title,
        topic: trainingCourses.topic,
        completedOn: trainingCompletions.completedOn,
        expiresOn: trainingCompletions.expiresOn,
        source: trainingCompletions.source,
      })
      .from(trainingCompletions)
      .innerJoin(trainingCourses, eq(trainingCourses.id, trainingCompletions.courseId))
      .innerJoin(users, eq(users.id, trainingCompletions.userId))
      .where(
        and(
          eq(trainingCompletions.institutionId, institutionId),
          userId ? eq(trainingCompletions.userId, userId) : undefined,
        ),
      )
      .orderBy(asc(users.displayName), asc(trainingCompletions.completedOn))
      .limit(5000);
    return rows.map((r) => ({
      ...r,
      topic: r.topic as TrainingTopic,
      source: r.source as "manual" | "csv",
      current: r.expiresOn === null || compareDates(today, r.expiresOn) <= 0,
    }));
  }

  async function audit(
    tx: DbOrTx,
    actor: Actor,
    action: Parameters<typeof appendAudit>[1]["action"],
    entityId: string,
    after: object,
    before?: object,
  ) {
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action,
      entityType: "training",
      entityId,
      before,
      after,
      at: clock.now(),
    });
  }

  return {
    async overview(actor: Actor) {
      const today = clock.today();
      const requirements = await trainingRequirements(db, actor.institutionId);
      const completions = await completionsOf(db, actor.userId);
      const canManage = actor.can("training.manage");
      return {
        courses: (await courses(db, actor.institutionId)).map((c) => ({
          id: c.id,
          code: c.code,
          title: c.title,
          topic: c.topic as TrainingTopic,
          validityMonths: c.validityMonths,
        })),
        requirements,
        mine: await completionRows(db, actor.institutionId, actor.userId),
        myChecks: TRAINING_PURPOSES.map((purpose) => {
          const d = trainingCheck(purpose, requirements, completions, today);
          return { purpose, outcome: d.outcome, reasons: d.reasons.map(reasonView) };
        }),
        completions: canManage ? await completionRows(db, actor.institutionId) : [],
        canManage,
      };
    },

    async addCourse(actor: Actor, input: z.output<typeof ZCourseInput>) {
      return db.transaction(async (tx) => {
        const [dup] = await tx
          .select({ id: trainingCourses.id })
          .from(trainingCourses)
          .where(
            and(eq(trainingCourses.institutionId, actor.institutionId), eq(trainingCourses.code, input.code)),
          );
        if (dup) {
          throw new DomainError("VALIDATION_FAILED", "A course with this code exists", {
            issues: [{ path: "code", message: "validation.duplicate" }],
          });
        }
        const [row] = await tx
          .insert(trainingCourses)
          .values({ ...input, institutionId: actor.institutionId })
          .returning();
        await audit(tx, actor, "coi.course_saved", row!.id, input);
        return { id: row!.id };
      });
    },

    async setRequirements(actor: Actor, input: z.output<typeof ZTrainingRequirements>) {
      await db.transaction(async (tx) => {
        const before = await trainingRequirements(tx, actor.institutionId);
        await tx
          .insert(coiSettings)
          .values({ institutionId: actor.institutionId, trainingRequirements: input })
          .onConflictDoUpdate({
            target: coiSettings.institutionId,
            set: { trainingRequirements: input, updatedAt: clock.now().toISOString() },
          });
        await audit(
          tx,
          actor,
          "coi.settings_changed",
          actor.institutionId,
          { trainingRequirements: input },
          {
            trainingRequirements: before,
          },
        );
      });
    },

    async record(actor: Actor, input: z.output<typeof ZCompletionInput>) {
      return db.transaction(async (tx) => {
        await userInInstitution(tx, actor.institutionId, input.userId);
        const [course] = await tx
          .select()
          .from(trainingCourses)
          .where(
            and(
              eq(trainingCourses.id, input.courseId),
              eq(trainingCourses.institutionId, actor.institutionId),
            ),
          );
        if (!course) {
          throw new DomainError("VALIDATION_FAILED", "Unknown course", {
            issues: [{ path: "courseId", message: "validation.unknown_course" }],
          });
        }
        if (compareDates(input.completedOn, clock.today()) > 0) {
          throw new DomainError("VALIDATION_FAILED", "A completion cannot be in the future", {
            issues: [{ path: "completedOn", message: "validation.date_in_future" }],
          });
        }
        const [row] = await tx
          .insert(trainingCompletions)
          .values({
            institutionId: actor.institutionId,
            userId: input.userId,
            courseId: course.id,
            completedOn: input.completedOn,
            expiresOn: completionExpiry(input.completedOn, course.validityMonths),
            source: "manual",
            recordedBy: actor.userId,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          throw new DomainError("CONFLICT", "This completion is already recorded");
        }
        await audit(tx, actor, "coi.training_recorded", row.id, {
          userId: row.userId,
          course: course.code,
          completedOn: row.completedOn,
          expiresOn: row.expiresOn,
        });
        return { id: row.id };
      });
    },

    /** A correction: the completion goes, the audit log keeps what it was. */
    async remove(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(trainingCompletions)
          .where(
            and(eq(trainingCompletions.id, id), eq(trainingCompletions.institutionId, actor.institutionId)),
          )
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "Completion not found");
        }
        await audit(
          tx,
          actor,
          "coi.training_removed",
          id,
          {},
          {
            userId: row.userId,
            courseId: row.courseId,
            completedOn: row.completedOn,
          },
        );
      });
    },

    /**
     * e-learning results (`email,course,completed_on`): every row checked against the institution's users
     * and courses; `commit` writes all rows in one transaction, and nothing when any row has an error.
     * A completion already on file is reported as a duplicate and not written twice.
     */
    async importCompletions(
      actor: Actor,
      table: string[][],
      mode: "preview" | "commit",
    ): Promise<TTrainingImportReport> {
      const today = clock.today();
      const parsed = parseTrainingTable(table);
      const errors = [...parsed.errors];
      return db.transaction(async (tx) => {
        const emails = [...new Set(parsed.rows.map((r) => r.email))];
        const people = emails.length
          ? await tx
              .select({ id: users.id, email: users.email, name: users.displayName })
              .from(users)
              .where(
                and(
                  eq(users.institutionId, actor.institutionId),
                  inArray(sql`lower(${users.email})`, emails),
                ),
              )
          : [];
        const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
        const byCode = new Map((await courses(tx, actor.institutionId)).map((c) => [c.code, c]));
        const existing = new Set(
          people.length
            ? (
                await tx
                  .select()
                  .from(trainingCompletions)
                  .where(
                    inArray(
                      trainingCompletions.userId,
                      people.map((p) => p.id),
                    ),
                  )
              ).map((c) => `${c.userId}|${c.courseId}|${c.completedOn}`)
            : [],
        );
        const seen = new Set<string>();
        const rows: TTrainingImportReport["rows"] = [];
        const toWrite: (typeof trainingCompletions.$inferInsert)[] = [];
        for (const r of parsed.rows) {
          const person = byEmail.get(r.email);
          const course = byCode.get(r.courseCode);
          const problems = [
            ...(person ? [] : ["email: validation.unknown_user"]),
            ...(course ? [] : ["course: validation.unknown_course"]),
            ...(compareDates(r.completedOn, today) > 0 ? ["completed_on: validation.date_in_future"] : []),
          ];
          if (!person || !course || problems.length > 0) {
            errors.push({ line: r.line, message: problems.join("; ") });
            continue;
          }
          const key = `${person.id}|${course.id}|${r.completedOn}`;
          const duplicate = existing.has(key) || seen.has(key);
          seen.add(key);
          const expiresOn = completionExpiry(r.completedOn, course.validityMonths);
          rows.push({
            line: r.line,
            userName: person.name,
            courseTitle: course.title,
            completedOn: r.completedOn,
            expiresOn,
            duplicate,
          });
          if (!duplicate) {
            toWrite.push({
              institutionId: actor.institutionId,
              userId: person.id,
              courseId: course.id,
              completedOn: r.completedOn,
              expiresOn,
              source: "csv",
              recordedBy: actor.userId,
            });
          }
        }
        errors.sort((a, b) => a.line - b.line);
        const report = { mode, rows: rows.slice(0, 500), errors: errors.slice(0, 500), written: 0 };
        if (mode === "preview" || errors.length > 0 || toWrite.length === 0) {
          return report;
        }
        for (let i = 0; i < toWrite.length; i += 500) {
          await tx.insert(trainingCompletions).values(toWrite.slice(i, i + 500));
        }
        await audit(tx, actor, "coi.training_imported", actor.institutionId, {
          written: toWrite.length,
          duplicates: rows.length - toWrite.length,
        });
        return { ...report, written: toWrite.length };
      });
    },
  };
}
