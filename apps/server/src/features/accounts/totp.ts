import { randomBytes } from "node:crypto";
import { ACCOUNT_POLICY, DomainError } from "@renkei/domain";
import { and, eq, gt, sql } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { DbOrTx } from "../../db/client";
import { authChallenges, users, userTotp } from "../../db/schema";
import type { Deps } from "../../deps";
import { appendAudit } from "../audit/audit.writer";
import { openSession, sha256 } from "./sign-in";

/**
 * TOTP second factor (RFC 6238, 30-second steps, 6 digits, SHA-1 as authenticator apps expect) through
 * the maintained `otpauth` library. One step of clock drift either way is accepted; a code is never
 * accepted twice (RFC 6238 §5.2).
 */
const PERIOD = 30;

function totpFor(secret: string, label: string) {
  return new TOTP({
    issuer: "Renkei",
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

export async function startEnrolment(tx: DbOrTx, user: { id: string; email: string }, now: Date) {
  const [existing] = await tx.select().from(userTotp).where(eq(userTotp.userId, user.id));
  if (existing?.confirmedAt) {
    throw new DomainError("CONFLICT", "A second factor is already enrolled", { reason: "totp_enrolled" });
  }
  const secret = new Secret({ size: 20 }).base32;
  await tx
    .insert(userTotp)
    .values({ userId: user.id, secret, createdAt: now })
    .onConflictDoUpdate({ target: userTotp.userId, set: { secret, createdAt: now, lastStep: null } });
  const uri = totpFor(secret, user.email).toString();
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1 }) };
}

/** Checks a 6-digit code against the secret and returns its time step, or null. */
function acceptedStep(
  secret: string,
  label: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) {
    return null;
  }
  const delta = totpFor(secret, label).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) {
    return null;
  }
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: ACCOUNT_POLICY.recoveryCodeCount }, () =>
    randomBytes(8).toString("base64url").replace(/[-_]/g, "x").slice(0, 10).toLowerCase(),
  );
  return { codes, hashes: codes.map((c) => sha256(c)) };
}

/** Confirms enrolment with the first code; returns the recovery codes (shown once). */
export async function confirmEnrolment(
  tx: DbOrTx,
  deps: Deps,
  user: { id: string; email: string; institutionId: string; displayName: string },
  code: string,
): Promise<string[]> {
  const now = deps.clock.now();
  const [row] = await tx.select().from(userTotp).where(eq(userTotp.userId, user.id));
  if (!row || row.confirmedAt) {
    throw new DomainError("CONFLICT", "Start the enrolment first", { reason: "totp_not_started" });
  }
  const step = acceptedStep(row.secret, user.email, code, now, null);
  if (step === null) {
    throw codeRejected();
  }
  const { codes, hashes } = newRecoveryCodes();
  await tx
    .update(userTotp)
    .set({ confirmedAt: now, recoveryCodeHashes: hashes, lastStep: step })
    .where(eq(userTotp.userId, user.id));
  await appendAudit(tx, {
    institutionId: user.institutionId,
    actor: { userId: user.id, label: user.displayName },
    action: "auth.totp_enrolled",
    entityType: "user",
    entityId: user.id,
    at: now,
  });
  return codes;
}

function codeRejected() {
  return new DomainError("VALIDATION_FAILED", "The code is not valid", {
    issues: [{ path: "code", message: "accounts.totp.code_wrong" }],
  });
}

/** Verifies a code (or a recovery code, used up) of a confirmed factor; true when accepted. */
export async function verifySecondFactor(
  tx: DbOrTx,
  deps: Deps,
  user: { id: string; email: string; institutionId: string; displayName: string },
  code: string,
): Promise<boolean> {
  const now = deps.clock.now();
  const [row] = await tx.select().from(userTotp).where(eq(userTotp.userId, user.id));
  if (!row?.confirmedAt) {
    return false;
  }
  const step = acceptedStep(row.secret, user.email, code, now, row.lastStep);
  if (step !== null) {
    await tx.update(userTotp).set({ lastStep: step }).where(eq(userTotp.userId, user.id));
    return true;
  }
  const hash = sha256(code.toLowerCase());
  if (!row.recoveryCodeHashes.includes(hash)) {
    return false;
  }
  await tx
    .update(userTotp)
    .set({ recoveryCodeHashes: row.recoveryCodeHashes.filter((h) => h !== hash) })
    .where(eq(userTotp.userId, user.id));
  await appendAudit(tx, {
    institutionId: user.institutionId,
    actor: { userId: user.id, label: user.displayName },
    action: "auth.recovery_code_used",
    entityType: "user",
    entityId: user.id,
    after: { left: row.recoveryCodeHashes.length - 1 },
    at: now,
  });
  return true;
}

export async function removeSecondFactor(
  tx: DbOrTx,
  deps: Deps,
  target: { id: string; institutionId: string },
  actor: { userId: string | null; label: string },
) {
  const removed = await tx.delete(userTotp).where(eq(userTotp.userId, target.id)).returning();
  if (removed.length > 0) {
    await appendAudit(tx, {
      institutionId: target.institutionId,
      actor,
      action: "auth.totp_disabled",
      entityType: "user",
      entityId: target.id,
      at: deps.clock.now(),
    });
  }
}

/**
 * The second step of a sign-in waiting for its code (`completeSignIn` made the challenge). Wrong
 * codes count against the challenge; after `totpMaxAttempts` it is gone and the sign-in starts over.
 */
export async function loadChallenge(tx: DbOrTx, deps: Deps, challenge: string) {
  const [row] = await tx
    .select({ challenge: authChallenges, user: users })
    .from(authChallenges)
    .innerJoin(users, eq(users.id, authChallenges.userId))
    .where(
      and(
        eq(authChallenges.key, sha256(challenge)),
        eq(authChallenges.kind, "totp"),
        gt(authChallenges.expiresAt, deps.clock.now()),
      ),
    );
  if (!row || row.user.disabled || row.challenge.attempts >= ACCOUNT_POLICY.totpMaxAttempts) {
    throw new DomainError("UNAUTHENTICATED", "The sign-in expired; sign in again", {
      reason: "challenge_expired",
    });
  }
  return row;
}

export async function answerChallenge(
  deps: Deps,
  challenge: string,
  code: string,
  mode: "verify" | "enrol",
): Promise<{ session: Awaited<ReturnType<typeof openSession>>; recoveryCodes: string[] }> {
  const outcome = await deps.db.transaction(async (tx) => {
    const { challenge: ch, user } = await loadChallenge(tx, deps, challenge);
    const data = ch.data as { method: "password" | "oidc" | "saml"; mode: string; ip: string | null };
    if (data.mode !== mode) {
      throw new DomainError("UNAUTHENTICATED", "The sign-in expired; sign in again", {
        reason: "challenge_expired",
      });
    }
    let recoveryCodes: string[] = [];
    if (mode === "enrol") {
      const [pending] = await tx.select().from(userTotp).where(eq(userTotp.userId, user.id));
      const step =
        pending && !pending.confirmedAt
          ? acceptedStep(pending.secret, user.email, code, deps.clock.now(), null)
          : null;
      if (step === null) {
        return { failed: true as const, user };
      }
      recoveryCodes = await confirmEnrolment(tx, deps, user, code);
    } else if (!(await verifySecondFactor(tx, deps, user, code))) {
      return { failed: true as const, user };
    }
    await tx.delete(authChallenges).where(eq(authChallenges.key, ch.key));
    const session = await openSession(tx, deps, user, data.method, data.ip);
    return { failed: false as const, session, recoveryCodes };
  });
  if (outcome.failed) {
    // Counted outside the refused transaction so that the attempt sticks.
    await deps.db.transaction(async (tx) => {
      await tx
        .update(authChallenges)
        .set({ attempts: sql`${authChallenges.attempts} + 1` })
        .where(eq(authChallenges.key, sha256(challenge)));
      await appendAudit(tx, {
        institutionId: outcome.user.institutionId,
        actor: { userId: null, label: outcome.user.email },
        action: "auth.totp_failed",
        entityType: "user",
        entityId: outcome.user.id,
        at: deps.clock.now(),
      });
    });
    throw codeRejected();
  }
  return { session: outcome.session, recoveryCodes: outcome.recoveryCodes };
}
