import type { TSecurityReview, ZSecurityReviewCreate } from "@renkei/contract";
import { assessResearchSecurity, DomainError, type Reason, type SecurityTier } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { securityProgrammes, securityReviews } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { auditActor, userInInstitution } from "./coi-store";
import { reasonView } from "./coi-views";

type ReviewRow = typeof securityReviews.$inferSelect;

function view(r: ReviewRow, programmeName: string, today: string): TSecurityReview {
  const input = r.input as Record<string, unknown>;
  const result = assessResearchSecurity(input as never, today);
  return {
    id: r.id,
    programmeName,
    subjectName: r.subjectName,
    subjectRole: r.subjectRole,
    tier: r.tier as SecurityTier | null,
    reasons: (r.reasons as Reason[]).map(reasonView),
    mitigations: r.mitigations as TSecurityReview["mitigations"],
    inputsUsed: result.inputsUsed,
    nationalityStatement: result.nationalityStatement,
    storedInput: input,
  };
}

/**
 * Research-security reviews for 特定研究開発プログラム (J7, J8). The stored input is the parsed one, so
 * nothing outside the schema (nationality, race, religion) is kept or used; the record states that.
 */
export function createCoiSecurityService(deps: Deps) {
  const { db, clock } = deps;
  return {
    async create(actor: Actor, input: z.output<typeof ZSecurityReviewCreate>) {
      const now = clock.now();
      const today = clock.today();
      return db.transaction(async (tx) => {
        if (input.subjectUserId) {
          await userInInstitution(tx, actor.institutionId, input.subjectUserId, "subjectUserId");
        }
        let [programme] = await tx
          .select()
          .from(securityProgrammes)
          .where(
            and(
              eq(securityProgrammes.institutionId, actor.institutionId),
              eq(securityProgrammes.name, input.programmeName),
            ),
          );
        if (!programme) {
          [programme] = await tx
            .insert(securityProgrammes)
            .values({
              institutionId: actor.institutionId,
              name: input.programmeName,
              technologyFields: input.technologyFields,
            })
            .returning();
        }
        const result = assessResearchSecurity(input.input, today);
        const [row] = await tx
          .insert(securityReviews)
          .values({
            institutionId: actor.institutionId,
            programmeId: programme!.id,
            subjectRole: input.input.subjectRole,
            subjectName: input.subjectName,
            subjectUserId: input.subjectUserId,
            input: input.input,
            tier: result.tier,
            reasons: result.reasons,
            mitigations: result.mitigations.map((condition) => ({ condition, status: "open" })),
            reviewedBy: actor.userId,
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.security_review_saved",
          entityType: "security_review",
          entityId: row!.id,
          after: { tier: row!.tier, subjectRole: row!.subjectRole, programme: programme!.name },
          at: now,
        });
        return view(row!, programme!.name, today);
      });
    },

    async get(actor: Actor, id: string) {
      const [r] = await db
        .select({ r: securityReviews, name: securityProgrammes.name })
        .from(securityReviews)
        .innerJoin(securityProgrammes, eq(securityProgrammes.id, securityReviews.programmeId))
        .where(and(eq(securityReviews.id, id), eq(securityReviews.institutionId, actor.institutionId)));
      if (!r) {
        throw new DomainError("NOT_FOUND", "Review not found");
      }
      return view(r.r, r.name, clock.today());
    },
  };
}
