import { createHash, randomBytes } from "node:crypto";
import type { HubScope } from "@renkei/domain";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { consultingGrants, sessions, users } from "../../db/schema";
import type { Deps } from "../../deps";

export const SESSION_COOKIE = "renkei_session";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  tx: DbOrTx,
  deps: Deps,
  userId: string,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(deps.clock.now().getTime() + deps.config.sessionTtlHours * 3_600_000);
  await tx.insert(sessions).values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export async function findSession(deps: Deps, token: string) {
  const tokenHash = hashToken(token);
  const [row] = await deps.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, deps.clock.now())));
  if (!row || row.user.disabled) {
    return null;
  }
  const grants = await deps.db
    .select({ member: consultingGrants.memberInstitutionId, scopes: consultingGrants.scopes })
    .from(consultingGrants)
    .where(
      and(eq(consultingGrants.hubInstitutionId, row.user.institutionId), isNull(consultingGrants.revokedAt)),
    );
  return {
    tokenHash,
    csrfToken: row.session.csrfToken,
    user: row.user,
    consultable: grants.filter((g) => g.scopes.includes("registry")).map((g) => g.member),
    hubScopes: Object.fromEntries(grants.map((g) => [g.member, g.scopes as HubScope[]])),
  };
}

export async function deleteSession(tx: DbOrTx, tokenHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}
