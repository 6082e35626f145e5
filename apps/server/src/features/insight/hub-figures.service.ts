import type { THubFigures } from "@renkei/contract";
import { hubFigureTable } from "@renkei/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import { consultingGrants, institutions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { type AuditActor, appendAudit } from "../audit/audit.writer";
import type { createSurveyService } from "./survey.service";

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });

/**
 * The hub's view of its members' key figures side by side (issue 16 §5, seed 000 fn 16). Only members
 * whose grant to the caller's institution is active and includes `figures` appear; each member's figures
 * are the survey computed from its own records, and every read is audited in that member's chain.
 */
export function createHubFiguresService(deps: Deps, survey: ReturnType<typeof createSurveyService>) {
  const { db, clock } = deps;
  return {
    async get(actor: Actor, fy: number): Promise<THubFigures> {
      const members = await db
        .select({ id: institutions.id, ja: institutions.nameJa, en: institutions.nameEn })
        .from(consultingGrants)
        .innerJoin(institutions, eq(institutions.id, consultingGrants.memberInstitutionId))
        .where(
          and(
            eq(consultingGrants.hubInstitutionId, actor.institutionId),
            isNull(consultingGrants.revokedAt),
            sql`'figures' = any(${consultingGrants.scopes})`,
          ),
        )
        .orderBy(institutions.nameJa);
      const computed = [];
      for (const m of members) {
        const { result } = await survey.compute({ institutionId: m.id }, fy);
        computed.push({ institutionId: m.id, name: { ja: m.ja, en: m.en }, survey: result });
      }
      if (members.length) {
        await db.transaction(async (tx) => {
          for (const m of members) {
            await appendAudit(tx, {
              institutionId: m.id,
              actor: auditActor(actor),
              action: "hub.record_read",
              entityType: "survey_figures",
              entityId: String(fy),
              after: { hubInstitutionId: actor.institutionId },
              at: clock.now(),
            });
          }
        });
      }
      return { fiscalYear: fy, ...hubFigureTable(fy, computed) };
    },
  };
}
