import type { THubGrant } from "@renkei/contract";
import { DomainError, type HubScope, normaliseHubScopes } from "@renkei/domain";
import { and, eq, isNull, ne } from "drizzle-orm";
import { consultingGrants, institutions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { type AuditActor, appendAudit } from "../audit/audit.writer";

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

/**
 * A member institution grants, changes and revokes what its hub may see (issue 16 §5, seed 000 fn 16).
 * The member decides; the hub cannot grant itself anything. Sessions read the grants on every request,
 * so a revocation takes effect on the hub's next request.
 */
export function createHubGrantsService(deps: Deps) {
  const { db, clock } = deps;

  return {
    async hubs(actor: Actor) {
      const rows = await db
        .select({ id: institutions.id, ja: institutions.nameJa, en: institutions.nameEn })
        .from(institutions)
        .where(and(eq(institutions.isHub, true), ne(institutions.id, actor.institutionId)));
      return rows.map((r) => ({ id: r.id, name: { ja: r.ja, en: r.en } }));
    },

    async list(actor: Actor): Promise<THubGrant[]> {
      const rows = await db
        .select({ g: consultingGrants, ja: institutions.nameJa, en: institutions.nameEn })
        .from(consultingGrants)
        .innerJoin(institutions, eq(institutions.id, consultingGrants.hubInstitutionId))
        .where(eq(consultingGrants.memberInstitutionId, actor.institutionId));
      return rows.map(({ g, ja, en }) => ({
        hubInstitutionId: g.hubInstitutionId,
        hubName: { ja, en },
        scopes: g.scopes as HubScope[],
        grantedAt: g.grantedAt.toISOString(),
        revokedAt: g.revokedAt?.toISOString() ?? null,
      }));
    },

    async grant(actor: Actor, hubInstitutionId: string, requested: HubScope[]) {
      const normal = normaliseHubScopes(requested);
      if ("error" in normal) {
        throw new DomainError("VALIDATION_FAILED", normal.error.en, {
          issues: [{ path: "scopes", message: "validation.hub_scopes" }],
        });
      }
      await db.transaction(async (tx) => {
        const [hub] = await tx
          .select({ id: institutions.id })
          .from(institutions)
          .where(
            and(
              eq(institutions.id, hubInstitutionId),
              eq(institutions.isHub, true),
              ne(institutions.id, actor.institutionId),
            ),
          );
        if (!hub) {
          throw new DomainError("VALIDATION_FAILED", "Not a hub institution", {
            issues: [{ path: "hubInstitutionId", message: "validation.unknown_hub" }],
          });
        }
        const key = and(
          eq(consultingGrants.hubInstitutionId, hubInstitutionId),
          eq(consultingGrants.memberInstitutionId, actor.institutionId),
        );
        const [before] = await tx.select().from(consultingGrants).where(key);
        const active = before && before.revokedAt === null;
        if (before) {
          await tx
            .update(consultingGrants)
            .set({
              scopes: normal.scopes,
              revokedAt: null,
              revokedBy: null,
              grantedBy: actor.userId,
              ...(active ? {} : { grantedAt: clock.now() }),
            })
            .where(key);
        } else {
          await tx.insert(consultingGrants).values({
            hubInstitutionId,
            memberInstitutionId: actor.institutionId,
            scopes: normal.scopes,
            grantedBy: actor.userId,
            grantedAt: clock.now(),
          });
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: active ? "hub.access_changed" : "hub.access_granted",
          entityType: "consulting_grant",
          entityId: hubInstitutionId,
          before: active ? { scopes: before.scopes } : undefined,
          after: { scopes: normal.scopes },
          at: clock.now(),
        });
      });
    },

    async revoke(actor: Actor, hubInstitutionId: string) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(consultingGrants)
          .set({ revokedAt: clock.now(), revokedBy: actor.userId })
          .where(
            and(
              eq(consultingGrants.hubInstitutionId, hubInstitutionId),
              eq(consultingGrants.memberInstitutionId, actor.institutionId),
              isNull(consultingGrants.revokedAt),
            ),
          )
          .returning();
        if (!row) {
          throw new DomainError("NOT_FOUND", "No active grant to this hub");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "hub.access_revoked",
          entityType: "consulting_grant",
          entityId: hubInstitutionId,
          before: { scopes: row.scopes },
          at: clock.now(),
        });
      });
    },
  };
}
