import type {
  ZCasePartnerAdd,
  ZCasePartnerInput,
  ZFundingInput,
  ZNdaInput,
  ZParticipantInput,
  ZParticipantUpdate,
  ZWaiverInput,
} from "@renkei/contract";
import {
  CONTRACT_RED_FLAG_RULES,
  canAddParticipant,
  canWaiveRedFlag,
  DomainError,
  type Participant,
  type ParticipantKind,
  ROLE_LABELS,
  reason,
} from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import {
  caseFunding,
  caseNdas,
  caseParticipants,
  casePartners,
  caseRedFlagWaivers,
  people,
  users,
  visitors,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { requireTraining } from "../coi/coi-training";
import { caseJoined } from "../coi/coi-triggers";
import { endCaseAccess, selfSignedPledges } from "../secrets/case-items";
import { caseLink } from "./case-notify";
import { writeCase } from "./case-write";

/**
 * Who is on a case: partners with their due-diligence facts, participants (the student gate of seed 003
 * on every addition), funding, NDAs, the PI's COI declaration and red-flag waivers.
 */

function notFound(what: string): never {
  throw new DomainError("NOT_FOUND", `${what} not found`);
}

function refused(message: string, reasons: ReturnType<typeof reason>[]): never {
  throw new DomainError("RULE_VIOLATION", message, { reasons });
}

async function assertOnCase(db: DbOrTx, caseId: string, partnerIds: string[]) {
  const rows = await db
    .select({ partnerId: casePartners.partnerId })
    .from(casePartners)
    .where(eq(casePartners.caseId, caseId));
  const on = new Set(rows.map((r) => r.partnerId));
  if (!partnerIds.every((p) => on.has(p))) {
    throw new DomainError("VALIDATION_FAILED", "Partner not on the case", {
      issues: [{ path: "partnerIds", message: "validation.partner_not_on_case" }],
    });
  }
}

/** A participant's intake must be one of the institution's (400 otherwise, never another's name). */
async function checkVisitor(tx: DbOrTx, institutionId: string, visitorId: string | null | undefined) {
  if (!visitorId) {
    return;
  }
  const [v] = await tx
    .select({ id: visitors.id })
    .from(visitors)
    .where(and(eq(visitors.id, visitorId), eq(visitors.institutionId, institutionId)));
  if (!v) {
    throw new DomainError("VALIDATION_FAILED", "Unknown intake", {
      issues: [{ path: "visitorId", message: "validation.unknown_record" }],
    });
  }
}

/** The student gate (seed 003 名古屋大学・三重大学) for one participant as the domain sees it. */
function studentGateOf(
  kind: ParticipantKind,
  name: string,
  consent: string | null,
  pledge: string | null,
  employed: boolean,
) {
  const p: Participant = {
    participantId: "candidate",
    name,
    kind,
    userId: null,
    screening: { status: "not_screened", screenedOn: null, matchedLists: [] },
    student:
      kind === "student"
        ? { informedConsentOn: consent, pledgeOn: pledge, employedByInstitution: employed }
        : null,
  };
  const decision = canAddParticipant(p);
  if (decision.outcome === "denied") {
    refused("The student gate is closed", decision.reasons);
  }
}

export function createCasePartiesService(deps: Deps) {
  return {
    async addPartner(actor: Actor, caseId: string, input: z.output<typeof ZCasePartnerAdd>) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "partners" }, async ({ tx }) => {
        await assertInInstitution(tx, actor.institutionId, {
          partners: { partnerId: input.partnerId, competitorIds: input.competitorIds },
        });
        const [row] = await tx
          .insert(casePartners)
          .values({ ...input, institutionId: actor.institutionId, caseId })
          .returning();
        return { result: row!.id, changes: [{ action: "case.partner_added", after: input }] };
      });
    },

    async updatePartner(
      actor: Actor,
      caseId: string,
      partnerId: string,
      input: z.output<typeof ZCasePartnerInput>,
    ) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "due_diligence" }, async ({ tx }) => {
        const [old] = await tx
          .select()
          .from(casePartners)
          .where(and(eq(casePartners.caseId, caseId), eq(casePartners.partnerId, partnerId)));
        if (!old) {
          notFound("Case partner");
        }
        await assertInInstitution(tx, actor.institutionId, {
          partners: { competitorIds: input.competitorIds },
        });
        await tx.update(casePartners).set(input).where(eq(casePartners.id, old.id));
        const before = {
          sectors: old.sectors,
          competitorIds: old.competitorIds,
          dueDiligence: old.dueDiligence,
        };
        return {
          result: undefined,
          changes: [
            {
              action: "case.partner_updated",
              before: { partnerId, ...before },
              after: { partnerId, ...input },
            },
          ],
        };
      });
    },

    async removePartner(actor: Actor, caseId: string, partnerId: string) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "partners" }, async ({ tx }) => {
        const removed = await tx
          .delete(casePartners)
          .where(and(eq(casePartners.caseId, caseId), eq(casePartners.partnerId, partnerId)))
          .returning();
        if (removed.length === 0) {
          notFound("Case partner");
        }
        return { result: undefined, changes: [{ action: "case.partner_removed", before: { partnerId } }] };
      });
    },

    async addParticipant(actor: Actor, caseId: string, input: z.output<typeof ZParticipantInput>) {
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "edit", section: "participants" },
        async ({ tx, row }) => {
          let name = "";
          if (input.userId) {
            const [u] = await tx
              .select({ name: users.displayName })
              .from(users)
              .where(and(eq(users.id, input.userId), eq(users.institutionId, actor.institutionId)));
            name = u?.name ?? "";
          } else if (input.personId) {
            const [p] = await tx
              .select({ name: people.name })
              .from(people)
              .where(and(eq(people.id, input.personId), eq(people.institutionId, actor.institutionId)));
            name = p?.name ?? "";
          }
          if (!name) {
            throw new DomainError("VALIDATION_FAILED", "Unknown user or person", {
              issues: [{ path: input.userId ? "userId" : "personId", message: "validation.unknown_person" }],
            });
          }
          if (input.userId) {
            // The institution may require current training before joining a case (issue 13 item 10).
            await requireTraining(tx, actor.institutionId, input.userId, "join_case", deps.clock.today());
          }
          // With a published pledge text the student signs in the app (X7); the case's gates wait for it.
          if (!(await selfSignedPledges(tx, actor.institutionId))) {
            studentGateOf(
              input.kind,
              name,
              input.informedConsentOn,
              input.pledgeOn,
              input.employedByInstitution,
            );
          }
          await checkVisitor(tx, actor.institutionId, input.visitorId);
          const [created] = await tx
            .insert(caseParticipants)
            .values({
              institutionId: actor.institutionId,
              caseId,
              kind: input.kind,
              userId: input.userId ?? null,
              personId: input.personId ?? null,
              roleOnCase: input.roleOnCase,
              informedConsentOn: input.informedConsentOn,
              pledgeOn: input.pledgeOn,
              employedByInstitution: input.employedByInstitution,
              visitorId: input.visitorId ?? null,
              receivesControlledTech: input.receivesControlledTech,
            })
            .returning();
          if (input.userId && input.kind === "staff") {
            await caseJoined(tx, actor, caseId, input.userId, deps.clock);
          }
          const messages =
            input.userId && input.userId !== actor.userId
              ? [
                  {
                    userIds: [input.userId],
                    kind: "case.assigned",
                    title: {
                      ja: `連携案件の参加者に登録されました: ${row.title}`,
                      en: `You were added to a collaboration case: ${row.title}`,
                    },
                    body: {
                      ja: `${actor.displayName} さんが連携案件 ${row.ref}「${row.title}」にあなたを参加者として登録しました。契約上の遵守事項（秘密情報の管理・成果の取扱）を確認してください。`,
                      en: `${actor.displayName} added you as a participant of collaboration case ${row.ref} "${row.title}". Please read the obligations of the contract (handling of confidential information and of results).`,
                    },
                    link: caseLink(caseId),
                  },
                ]
              : [];
          return {
            result: created!.id,
            changes: [
              { action: "case.participant_added", after: { ...input, participantId: created!.id, name } },
            ],
            messages,
          };
        },
      );
    },

    async updateParticipant(
      actor: Actor,
      caseId: string,
      participantId: string,
      input: z.output<typeof ZParticipantUpdate>,
    ) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "participants" }, async ({ tx }) => {
        const [old] = await tx
          .select()
          .from(caseParticipants)
          .where(and(eq(caseParticipants.caseId, caseId), eq(caseParticipants.id, participantId)));
        if (!old) {
          notFound("Participant");
        }
        if (!(await selfSignedPledges(tx, actor.institutionId))) {
          studentGateOf(
            old.kind as ParticipantKind,
            "",
            input.informedConsentOn,
            input.pledgeOn,
            input.employedByInstitution,
          );
        }
        await checkVisitor(tx, actor.institutionId, input.visitorId);
        await tx
          .update(caseParticipants)
          .set({ ...input, visitorId: input.visitorId ?? null })
          .where(eq(caseParticipants.id, participantId));
        const before = {
          roleOnCase: old.roleOnCase,
          informedConsentOn: old.informedConsentOn,
          pledgeOn: old.pledgeOn,
          employedByInstitution: old.employedByInstitution,
          visitorId: old.visitorId,
          receivesControlledTech: old.receivesControlledTech,
        };
        return {
          result: undefined,
          changes: [
            {
              action: "case.participant_updated",
              before: { participantId, ...before },
              after: { participantId, ...input },
            },
          ],
        };
      });
    },

    async removeParticipant(actor: Actor, caseId: string, participantId: string) {
      return writeCase(
        deps,
        actor,
        caseId,
        { access: "edit", section: "participants" },
        async ({ tx, now }) => {
          const removed = await tx
            .delete(caseParticipants)
            .where(and(eq(caseParticipants.caseId, caseId), eq(caseParticipants.id, participantId)))
            .returning();
          if (removed.length === 0) {
            notFound("Participant");
          }
          const p = removed[0]!;
          // Leaving the case ends access to its confidential items (issue 12 item 7).
          const revoked = p.userId
            ? await endCaseAccess(tx, {
                institutionId: actor.institutionId,
                caseId,
                userId: p.userId,
                byUserId: actor.userId,
                at: now.toISOString(),
              })
            : 0;
          return {
            result: undefined,
            changes: [
              {
                action: "case.participant_removed",
                before: { participantId, kind: p.kind, userId: p.userId, personId: p.personId },
                after: { secretGrantsRevoked: revoked },
              },
            ],
          };
        },
      );
    },

    async addFunding(actor: Actor, caseId: string, input: z.output<typeof ZFundingInput>) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "funding" }, async ({ tx }) => {
        // Government-commissioned R&D falls under Japanese Bayh-Dole (産業技術力強化法17条, seed 001 §II.3.1).
        const values = { ...input, bayhDole: input.bayhDole || input.kind === "government_commissioned" };
        const [row] = await tx
          .insert(caseFunding)
          .values({ ...values, institutionId: actor.institutionId, caseId })
          .returning();
        return {
          result: row!.id,
          changes: [{ action: "case.funding_added", after: { id: row!.id, ...values } }],
        };
      });
    },

    async removeFunding(actor: Actor, caseId: string, fundingId: string) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "funding" }, async ({ tx }) => {
        const removed = await tx
          .delete(caseFunding)
          .where(and(eq(caseFunding.caseId, caseId), eq(caseFunding.id, fundingId)))
          .returning();
        if (removed.length === 0) {
          notFound("Funding");
        }
        return { result: undefined, changes: [{ action: "case.funding_removed", before: removed[0] }] };
      });
    },

    async saveNda(actor: Actor, caseId: string, ndaId: string | null, input: z.output<typeof ZNdaInput>) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "ndas" }, async ({ tx }) => {
        await assertOnCase(tx, caseId, input.partnerIds);
        await assertInInstitution(tx, actor.institutionId, {
          caseDocuments: { documentId: input.documentId },
        });
        const values = {
          partnerIds: [...new Set(input.partnerIds)],
          signedOn: input.signedOn,
          expiresOn: input.expiresOn,
          terminated: input.terminated,
          scope: input.scope,
          documentId: input.documentId ?? null,
          note: input.note,
        };
        if (ndaId === null) {
          const [row] = await tx
            .insert(caseNdas)
            .values({ ...values, institutionId: actor.institutionId, caseId, recordedBy: actor.userId })
            .returning();
          return {
            result: row!.id,
            changes: [{ action: "case.nda_recorded", after: { id: row!.id, ...values } }],
          };
        }
        const [old] = await tx
          .select()
          .from(caseNdas)
          .where(and(eq(caseNdas.caseId, caseId), eq(caseNdas.id, ndaId)));
        if (!old) {
          notFound("NDA");
        }
        await tx.update(caseNdas).set(values).where(eq(caseNdas.id, ndaId));
        return {
          result: ndaId,
          changes: [{ action: "case.nda_updated", before: old, after: { id: ndaId, ...values } }],
        };
      });
    },

    async waive(actor: Actor, caseId: string, input: z.output<typeof ZWaiverInput>) {
      return writeCase(deps, actor, caseId, { access: "edit", section: "waivers" }, async ({ tx }) => {
        // Only the roles named in CONTRACT_RED_FLAG_RULES may accept a flag (contract-checklist.ts).
        if (!canWaiveRedFlag(input.flag, actor.role)) {
          const rule = CONTRACT_RED_FLAG_RULES[input.flag];
          const who = rule.waivableBy.map((r) => ROLE_LABELS[r]);
          refused("This role may not waive the flag", [
            reason(
              "CT-WAIVER-ROLE",
              rule.sourceId,
              who.length > 0
                ? `「${rule.ja}」を承認できるのは ${who.map((w) => w.ja).join("・")}`
                : `「${rule.ja}」は承認では解消できない（条件の修正が必要）`,
              who.length > 0
                ? `Only ${who.map((w) => w.en).join(" or ")} can accept “${rule.en}”`
                : `“${rule.en}” cannot be accepted; the terms must change`,
            ),
          ]);
        }
        const [row] = await tx
          .insert(caseRedFlagWaivers)
          .values({
            institutionId: actor.institutionId,
            caseId,
            flag: input.flag,
            approvedBy: actor.userId,
            approvedByRole: actor.role,
            justification: input.justification,
          })
          .returning();
        return {
          result: row!.id,
          changes: [
            { action: "case.red_flag_waived", after: { id: row!.id, ...input, approvedByRole: actor.role } },
          ],
        };
      });
    },
  };
}
