import type { Permission } from "@renkei/domain";
import { and, eq, isNull } from "drizzle-orm";
import { apiTokens } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { hashToken } from "../auth/sessions";

/** `Authorization: Bearer <token>` → the raw token, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return m ? m[1]! : null;
}

/**
 * The actor for an API token: only its one permission, in its institution, never consulting access.
 * Revoked and unknown tokens give null (401). `userId` is the token's id — routes that accept tokens
 * only read (define-route `allowToken`), so it is never written as a user.
 */
export async function actorForApiToken(deps: Deps, raw: string): Promise<Actor | null> {
  const [row] = await deps.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(raw)), isNull(apiTokens.revokedAt)));
  if (!row) {
    return null;
  }
  await deps.db.update(apiTokens).set({ lastUsedAt: deps.clock.now() }).where(eq(apiTokens.id, row.id));
  const permission = row.permission as Permission;
  return {
    userId: row.id,
    institutionId: row.institutionId,
    // The least-privileged read-only role, for code that reads the role; `can` is what grants access.
    role: "auditor",
    displayName: `API token: ${row.name}`,
    email: "",
    departmentId: null,
    csrfToken: "",
    sessionHash: "",
    consultable: [],
    apiToken: { id: row.id, name: row.name },
    can: (p) => p === permission,
  };
}
