import { matchSsoAccount, type SignInMethod, type SsoIdentity } from "@renkei/domain";
import { and, eq, sql } from "drizzle-orm";
import { users } from "../../db/schema";
import type { Deps } from "../../deps";
import { appendAudit } from "../audit/audit.writer";
import type { EffectiveSso } from "./institution-settings";
import { completeSignIn, type SignInOutcome } from "./sign-in";

export type SsoOutcome =
  | SignInOutcome
  | { kind: "refused"; reason: "no_account" | "no_identifier" | "eppn_conflict" };

/**
 * Turns a verified assertion into a sign-in: find the account (domain `matchSsoAccount`), link the
 * ePPN on a first e-mail match, create the account only when just-in-time creation is on, then
 * `completeSignIn` as for a password (deactivated refused, TOTP asked where required). Refusals are
 * audited with the reason; nothing else is written.
 */
export async function signInWithSso(
  deps: Deps,
  sso: EffectiveSso,
  method: Exclude<SignInMethod, "password">,
  identity: SsoIdentity,
): Promise<SsoOutcome> {
  const institutionId = sso.institution.id;
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [byEppn] = identity.eppn
      ? await tx
          .select()
          .from(users)
          .where(and(eq(users.institutionId, institutionId), eq(users.eppn, identity.eppn)))
      : [];
    const [byEmail] = identity.email
      ? await tx
          .select()
          .from(users)
          .where(and(eq(users.institutionId, institutionId), eq(sql`lower(${users.email})`, identity.email)))
      : [];
    const match = matchSsoAccount(
      identity,
      { byEppn: byEppn ?? null, byEmail: byEmail ?? null },
      sso.settings,
    );
    const label = identity.eppn ?? identity.email ?? identity.externalId;
    if (match.outcome === "refused") {
      await appendAudit(tx, {
        institutionId,
        actor: { userId: null, label },
        action: "auth.sso_refused",
        entityType: "user",
        entityId: byEppn?.id ?? byEmail?.id ?? label,
        after: { method, reason: match.reason },
        at: now,
      });
      return { kind: "refused" as const, reason: match.reason };
    }
    let user = match.outcome === "existing" ? (byEppn ?? byEmail)! : null;
    if (match.outcome === "existing" && match.linkEppn && user) {
      await tx.update(users).set({ eppn: match.linkEppn }).where(eq(users.id, user.id));
    }
    if (match.outcome === "create") {
      const [created] = await tx
        .insert(users)
        .values({
          institutionId,
          email: match.email,
          displayName: match.displayName,
          role: match.role,
          eppn: identity.eppn,
          externalId: identity.externalId,
          passwordHash: null,
          createdAt: now,
        })
        .returning();
      user = created!;
      await appendAudit(tx, {
        institutionId,
        actor: { userId: null, label },
        action: "auth.sso_account_created",
        entityType: "user",
        entityId: user.id,
        after: { email: user.email, role: user.role, method, affiliations: identity.affiliations },
        at: now,
      });
    }
    return completeSignIn(tx, deps, user!, method, { settings: sso.settings });
  });
}
