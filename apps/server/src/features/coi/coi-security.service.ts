import type { TSecurityReview, ZSecurityReviewCreate } from "@renkei/contract";
import {
  assessResearchSecurity,
  compareDates,
  DomainError,
  type Reason,
  type SecurityReviewInput,
  type SecurityTier,
  tokuteiFactsFromProfile,
  ZSecurityReviewInput,
} from "@renkei/domain";
import { and, eq, ilike, inArray, isNull, or } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { affiliations, screeningHits, securityProgrammes, securityReviews } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { auditActor, currentProfile, userInInstitution } from "./coi-store";
import { reasonView } from "./coi-views";

type ReviewRow = typeof securityReviews.$inferSelect;
type Programme = typeof securityProgrammes.$inferSelect;

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
 * Assesses and stores one review, audited, in the caller's transaction. The stored input is the parsed
 * one, so nothing outside the schema (nationality, race, religion) is kept or used; the record says so.
 */
export async function insertReview(
  tx: DbOrTx,
  actor: Actor,
  programme: Programme,
  subject: { name: string; userId: string | null; personId: string | null },
  input: SecurityReviewInput,
  today: string,
  now: Date,
) {
  const result = assessResearchSecurity(input, today);
  const [row] = await tx
    .insert(securityReviews)
    .values({
      institutionId: actor.institutionId,
      programmeId: programme.id,
      subjectRole: input.subjectRole,
      subjectName: subject.name,
      subjectUserId: subject.userId,
      subjectPersonId: subject.personId,
      input: ZSecurityReviewInput.parse(input),
      tier: result.tier,
      reasons: result.reasons,
      mitigations: result.mitigations.map((condition) => ({
        condition,
        status: "open",
        metOn: null,
        note: "",
      })),
      reviewedBy: actor.userId,
    })
    .returning();
  await appendAudit(tx, {
    institutionId: actor.institutionId,
    actor: auditActor(actor),
    action: "coi.security_review_saved",
    entityType: "security_review",
    entityId: row!.id,
    after: { tier: row!.tier, subjectRole: row!.subjectRole, programme: programme.name },
    at: now,
  });
  return row!;
}

/**
 * The facts the server reads itself (J8 due diligence on public and held records): End User List links
 * confirmed by screening — of the person and of the organisations they belong to — and, for the
 * institution's own researchers, foreign-government funding and talent programmes from the profile.
 */
export async function derivedSecurityFacts(
  tx: DbOrTx,
  institutionId: string,
  subject: { role: SecurityReviewInput["subjectRole"]; userId: string | null; personId: string | null },
  today: string,
) {
  const screened: { kind: "person" | "partner"; id: string }[] = [];
  if (subject.personId) {
    screened.push({ kind: "person", id: subject.personId });
    const orgs = await tx
      .select({ partnerId: affiliations.partnerId })
      .from(affiliations)
      .where(and(eq(affiliations.personId, subject.personId), isNull(affiliations.endedOn)));
    screened.push(...orgs.map((o) => ({ kind: "partner" as const, id: o.partnerId })));
  }
  const hits = screened.length
    ? await tx
        .select()
        .from(screeningHits)
        .where(
          and(
            eq(screeningHits.institutionId, institutionId),
            eq(screeningHits.status, "true_match"),
            ilike(screeningHits.listName, "%eul%"),
            or(
              ...screened.map((s) =>
                and(eq(screeningHits.subjectKind, s.kind), inArray(screeningHits.subjectId, [s.id])),
              ),
            ),
          ),
        )
    : [];
  const endUserListLinks = hits.map((h) => ({
    entity: h.entryName,
    screeningRef: `${h.subjectName}、${(h.decidedAt ?? h.createdAt).slice(0, 10)}`,
  }));
  if (!subject.userId) {
    return {
      endUserListLinks,
      foreignGovernmentShare: null,
      foreignGovernmentScholarship: false,
      talentProgrammes: [] as string[],
    };
  }
  const { profile } = await currentProfile(tx, subject.userId);
  const inForce = (until: string | null) => until === null || compareDates(today, until) <= 0;
  const share = tokuteiFactsFromProfile(profile, today).facts.foreignGovBenefitShare ?? null;
  return {
    endUserListLinks,
    foreignGovernmentShare: share,
    // A student's foreign-government support paid to them is a scholarship (J7 students).
    foreignGovernmentScholarship:
      subject.role === "student" &&
      profile.support.some((s) => s.foreignGovernment && !s.paidToInstitution && inForce(s.until)),
    talentProgrammes: profile.talentProgrammes.filter((p) => inForce(p.until)).map((p) => p.name),
  };
}

/** Research-security reviews for 特定研究開発プログラム (J7, J8), outside a programme's page. */
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
              createdBy: actor.userId,
            })
            .returning();
        }
        const row = await insertReview(
          tx,
          actor,
          programme!,
          { name: input.subjectName, userId: input.subjectUserId, personId: null },
          input.input,
          today,
          now,
        );
        return view(row, programme!.name, today);
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
