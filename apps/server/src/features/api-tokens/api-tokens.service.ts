import { randomBytes } from "node:crypto";
import { DomainError, TOKEN_PERMISSIONS, type TokenPermission } from "@renkei/domain";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { apiTokens, users } from "../../db/schema";
import type { Deps } from "../../deps";
import { type AuditActor, appendAudit } from "../audit/audit.writer";
import { hashToken } from "../auth/sessions";

/** Tokens start with `rk_` so secret scanners and people can recognise them. */
const TOKEN_PREFIX = "rk_";

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export function tokenView(row: ApiTokenRow & { createdByName?: string | null }) {
  return {
    id: row.id,
    name: row.name,
    permission: row.permission as TokenPermission,
    tokenPrefix: row.tokenPrefix,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Creates a token in the caller's transaction and returns the plain token once; only its sha256 is
 * stored, like session cookies (features/auth/sessions.ts).
 */
export async function createApiToken(
  tx: DbOrTx,
  deps: Deps,
  actor: AuditActor,
  input: { institutionId: string; name: string; permission: string },
): Promise<{ token: string; row: ApiTokenRow }> {
  if (!(TOKEN_PERMISSIONS as readonly string[]).includes(input.permission)) {
    throw new DomainError("VALIDATION_FAILED", `Tokens may only carry ${TOKEN_PERMISSIONS.join(", ")}`, {
      issues: [{ path: ["permission"], message: "validation.token_permission" }],
    });
  }
  const name = input.name.trim();
  if (!name) {
    throw new DomainError("VALIDATION_FAILED", "A name is required", {
      issues: [{ path: ["name"], message: "validation.required" }],
    });
  }
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const now = deps.clock.now();
  const [row] = await tx
    .insert(apiTokens)
    .values({
      institutionId: input.institutionId,
      name,
      permission: input.permission,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, 10),
      createdBy: actor.userId,
      createdAt: now,
    })
    .returning();
  await appendAudit(tx, {
    institutionId: input.institutionId,
    actor,
    action: "api_token.created",
    entityType: "api_token",
    entityId: row!.id,
    // Never the token or its hash: the audit log is readable by auditors.
    after: { name, permission: input.permission, tokenPrefix: row!.tokenPrefix },
    at: now,
  });
  return { token, row: row! };
}

export async function listApiTokens(db: DbOrTx, institutionId: string) {
  const rows = await db
    .select({ token: apiTokens, createdByName: users.displayName })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.institutionId, institutionId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((r) => tokenView({ ...r.token, createdByName: r.createdByName }));
}

/** Revokes a token of the institution; revoking twice or another institution's token is "not found". */
export async function revokeApiToken(
  tx: DbOrTx,
  deps: Deps,
  actor: AuditActor,
  institutionId: string,
  id: string,
): Promise<ApiTokenRow> {
  const now = deps.clock.now();
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: now, revokedBy: actor.userId })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.institutionId, institutionId), isNull(apiTokens.revokedAt)))
    .returning();
  if (!row) {
    throw new DomainError("NOT_FOUND", "Token not found");
  }
  await appendAudit(tx, {
    institutionId,
    actor,
    action: "api_token.revoked",
    entityType: "api_token",
    entityId: id,
    before: { name: row.name, permission: row.permission, tokenPrefix: row.tokenPrefix },
    at: now,
  });
  return row;
}
