import type { TSessionResponse } from "@renkei/contract";
import { checkPasswordPolicy, DomainError, hasPermission, ROLE_PERMISSIONS, type Role } from "@renkei/domain";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { institutions, sessions, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { hashPassword, verifyPassword } from "../../lib/password";
import { completeSignIn } from "../accounts/sign-in";
import { appendAudit } from "../audit/audit.writer";
import { markAttemptSucceeded, recordAttempt } from "./login-throttle";
import { deleteSession } from "./sessions";

/** A hash to verify against when the e-mail is unknown, so response time does not reveal accounts. */
let dummyHash: Promise<string> | null = null;

export function createAuthService(deps: Deps) {
  const { db, clock } = deps;

  return {
    /**
     * Signs in with e-mail and password. The attempt is recorded and counted before the password is
     * checked (login-throttle.ts); the same error for unknown e-mail and wrong password.
     */
    async login(email: string, password: string, ip: string) {
      const attemptId = await recordAttempt(deps, email, ip);
      const [user] = await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      let ok = false;
      if (user && !user.disabled) {
        ok = await verifyPassword(password, user.passwordHash);
      } else {
        dummyHash ??= hashPassword("renkei-dummy-password");
        await verifyPassword(password, await dummyHash);
      }
      return db.transaction(async (tx) => {
        if (!ok || !user) {
          if (user) {
            await appendAudit(tx, {
              institutionId: user.institutionId,
              actor: { userId: null, label: email },
              action: "auth.login_failed",
              entityType: "user",
              entityId: user.id,
              after: { ip },
              at: clock.now(),
            });
          }
          return null;
        }
        await markAttemptSucceeded(tx, attemptId);
        // Second factor and sign-in settings are decided in one place for password and SSO (issue 11).
        return completeSignIn(tx, deps, user, "password", { ip });
      });
    },

    async logout(actor: Actor) {
      await db.transaction(async (tx) => {
        await deleteSession(tx, actor.sessionHash);
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: { userId: actor.userId, label: actor.displayName },
          action: "auth.logout",
          entityType: "user",
          entityId: actor.userId,
          at: clock.now(),
        });
      });
    },

    async changePassword(actor: Actor, currentPassword: string, newPassword: string) {
      const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
      const problems = checkPasswordPolicy(newPassword, { email: user?.email });
      if (problems.length > 0) {
        throw new DomainError("VALIDATION_FAILED", "Password does not meet the rules", {
          issues: problems.map((message) => ({ path: "newPassword", message: `validation.${message}` })),
        });
      }
      if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
        throw new DomainError("VALIDATION_FAILED", "Current password is wrong", {
          issues: [{ path: "currentPassword", message: "validation.password_wrong" }],
        });
      }
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash, passwordChangedAt: clock.now() })
          .where(eq(users.id, user.id));
        // Other sessions of this user end: a changed password must lock out whoever knew the old one.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, actor.sessionHash)));
        await appendAudit(tx, {
          institutionId: user.institutionId,
          actor: { userId: user.id, label: user.displayName },
          action: "auth.password_changed",
          entityType: "user",
          entityId: user.id,
          at: clock.now(),
        });
      });
    },

    async describeSession(
      actor: Pick<Actor, "userId" | "csrfToken" | "consultable">,
    ): Promise<TSessionResponse> {
      const [row] = await db
        .select({ user: users, institution: institutions })
        .from(users)
        .innerJoin(institutions, eq(institutions.id, users.institutionId))
        .where(eq(users.id, actor.userId));
      if (!row) {
        throw new DomainError("UNAUTHENTICATED", "Session user no longer exists");
      }
      const consultable =
        actor.consultable.length > 0
          ? await db
              .select({ id: institutions.id, nameJa: institutions.nameJa, nameEn: institutions.nameEn })
              .from(institutions)
              .where(inArray(institutions.id, actor.consultable))
          : [];
      const role = row.user.role as Role;
      return {
        csrfToken: actor.csrfToken,
        user: {
          id: row.user.id,
          email: row.user.email,
          displayName: row.user.displayName,
          role,
          locale: row.user.locale === "en" ? "en" : "ja",
          institution: {
            id: row.institution.id,
            code: row.institution.code,
            nameJa: row.institution.nameJa,
            nameEn: row.institution.nameEn,
            isHub: row.institution.isHub,
          },
          permissions: ROLE_PERMISSIONS[role].filter((p) => hasPermission(role, p)),
          consultable,
        },
      };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
