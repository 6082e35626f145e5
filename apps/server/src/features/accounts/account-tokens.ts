import { ACCOUNT_POLICY, checkPasswordPolicy, DomainError } from "@renkei/domain";
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { accountTokens, mailOutbox, passwordResetRequests, sessions, users } from "../../db/schema";
import type { Deps } from "../../deps";
import { hashPassword } from "../../lib/password";
import { type AuditActor, appendAudit } from "../audit/audit.writer";
import { accountMail } from "./account-mail";
import { randomToken, sha256 } from "./sign-in";

type Purpose = "invite" | "reset";
type Recipient = { id: string; institutionId: string; email: string; displayName: string; locale: string };

/**
 * Issues a single-use set-password link and queues its mail in the same transaction (outbox): a
 * rolled-back invitation sends nothing. Earlier unused links of the user stop working.
 */
export async function issueAccountToken(tx: DbOrTx, deps: Deps, user: Recipient, purpose: Purpose) {
  const now = deps.clock.now();
  const token = randomToken();
  const ttl =
    purpose === "invite"
      ? ACCOUNT_POLICY.inviteTtlHours * 3_600_000
      : ACCOUNT_POLICY.resetTtlMinutes * 60_000;
  await tx
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, user.id), isNull(accountTokens.usedAt)));
  await tx.insert(accountTokens).values({
    tokenHash: sha256(token),
    institutionId: user.institutionId,
    userId: user.id,
    purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttl),
  });
  const mail = accountMail(
    purpose,
    user.locale === "en" ? "en" : "ja",
    user.displayName,
    `/set-password#token=${token}`,
  );
  await tx.insert(mailOutbox).values({
    institutionId: user.institutionId,
    toAddress: user.email,
    subject: mail.subject,
    body: mail.body,
    kind: `account.${purpose}`,
    createdAt: now,
  });
}

/**
 * Password reset request: the same answer, and nearly the same work, whether or not the address has
 * an account (OWASP Forgot Password Cheat Sheet). Every request is recorded and throttled per address
 * and per client address, known or not, so throttling reveals nothing either.
 */
export async function requestPasswordReset(deps: Deps, email: string, ip: string): Promise<void> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - ACCOUNT_POLICY.resetWindowMinutes * 60_000);
  await deps.db.transaction(async (tx) => {
    const [byEmail] = await tx
      .select({ n: count() })
      .from(passwordResetRequests)
      .where(and(eq(passwordResetRequests.email, email), gt(passwordResetRequests.at, since)));
    const [byIp] = await tx
      .select({ n: count() })
      .from(passwordResetRequests)
      .where(and(eq(passwordResetRequests.ip, ip), gt(passwordResetRequests.at, since)));
    if (
      (byEmail?.n ?? 0) >= ACCOUNT_POLICY.resetMaxPerEmail ||
      (byIp?.n ?? 0) >= ACCOUNT_POLICY.resetMaxPerIp
    ) {
      throw new DomainError("RATE_LIMITED", "Too many requests; try again later", {
        retryAfterMinutes: ACCOUNT_POLICY.resetWindowMinutes,
      });
    }
    await tx.insert(passwordResetRequests).values({ email, ip, at: now });
    const [user] = await tx
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    if (!user || user.disabled) {
      // The token an unknown address would get is made and hashed anyway and then dropped.
      sha256(randomToken());
      return;
    }
    await issueAccountToken(tx, deps, user, "reset");
    await appendAudit(tx, {
      institutionId: user.institutionId,
      actor: { userId: null, label: email },
      action: "auth.password_reset_requested",
      entityType: "user",
      entityId: user.id,
      after: { ip },
      at: now,
    });
  });
}

async function findUsableToken(db: DbOrTx, deps: Deps, token: string) {
  const [row] = await db
    .select({ token: accountTokens, user: users })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.tokenHash, sha256(token)),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, deps.clock.now()),
      ),
    );
  if (!row || row.user.disabled) {
    throw new DomainError("NOT_FOUND", "This link is no longer valid", { reason: "token_invalid" });
  }
  return row;
}

export async function describeToken(deps: Deps, token: string) {
  const { token: t, user } = await findUsableToken(deps.db, deps, token);
  return { purpose: t.purpose as Purpose, email: user.email, displayName: user.displayName };
}

/** Sets the password from a link: the link is used up and every session of the account ends. */
export async function setPasswordWithToken(deps: Deps, token: string, password: string): Promise<void> {
  // The one password policy of the institution (issue 10): length, common passwords, not the e-mail.
  const { user: holder } = await findUsableToken(deps.db, deps, token);
  const issues = checkPasswordPolicy(password, { email: holder.email });
  if (issues.length > 0) {
    throw new DomainError("VALIDATION_FAILED", "Password does not meet the rules", {
      issues: issues.map((message) => ({ path: "password", message: `validation.${message}` })),
    });
  }
  const passwordHash = await hashPassword(password);
  await deps.db.transaction(async (tx) => {
    const { token: t, user } = await findUsableToken(tx, deps, token);
    const now = deps.clock.now();
    // Claimed with a guard on used_at, so two concurrent submissions cannot both use the link.
    const claimed = await tx
      .update(accountTokens)
      .set({ usedAt: now })
      .where(and(eq(accountTokens.tokenHash, t.tokenHash), isNull(accountTokens.usedAt)))
      .returning({ hash: accountTokens.tokenHash });
    if (claimed.length === 0) {
      throw new DomainError("NOT_FOUND", "This link is no longer valid", { reason: "token_invalid" });
    }
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    const actor: AuditActor = { userId: user.id, label: user.displayName };
    await appendAudit(tx, {
      institutionId: user.institutionId,
      actor,
      action: "user.password_set",
      entityType: "user",
      entityId: user.id,
      after: { purpose: t.purpose },
      at: now,
    });
  });
}
