import type { TCoiProfileView, ZCoiProfileSave } from "@renkei/contract";
import {
  type CoiProfile,
  commitmentCheck,
  DomainError,
  tokuteiFactsFromProfile,
  ZCoiProfile,
} from "@renkei/domain";
import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { coiProfiles, coiSettings } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import {
  assertPartnersInInstitution,
  auditActor,
  currentProfile,
  userInInstitution,
  userNames,
} from "./coi-store";
import { raiseDeclarationTrigger } from "./coi-triggers";
import { reasonView } from "./coi-views";

/**
 * The researcher's profile (J1–J3), kept once and dated: every save is a new version, the older ones
 * stay as history. The researcher or the delegate they named keeps it; the committee and auditors read
 * it. Each new item gets today's `recordedOn`, so a new outside activity after an approval is visible
 * to the COI gate (re-opens review).
 */

type Stamped = { id: string; recordedOn?: string | undefined };

function stamp<T extends Stamped>(
  items: T[],
  before: Stamped[],
  today: string,
): (T & { recordedOn: string })[] {
  const known = new Map(before.map((b) => [b.id, b.recordedOn]));
  return items.map((i) => ({ ...i, recordedOn: known.get(i.id) ?? today }));
}

export async function outsideEffortLimit(db: DbOrTx, institutionId: string): Promise<number> {
  const [s] = await db.select().from(coiSettings).where(eq(coiSettings.institutionId, institutionId));
  return s?.outsideEffortLimit ?? 20;
}

export function createCoiProfileService(deps: Deps) {
  const { db, clock } = deps;

  /** Who may see / edit a profile: the person and their delegate edit; the committee and auditors read. */
  async function access(actor: Actor, userId: string, delegateUserId: string | null) {
    const edit = actor.userId === userId || actor.userId === delegateUserId;
    const read = edit || actor.can("coi.read_all") || actor.role === "coi_reviewer";
    if (!read) {
      throw new DomainError("NOT_FOUND", "Profile not found");
    }
    return { edit };
  }

  return {
    async get(actor: Actor, userId: string): Promise<TCoiProfileView> {
      const user = await userInInstitution(db, actor.institutionId, userId).catch(() => {
        throw new DomainError("NOT_FOUND", "Profile not found");
      });
      const { row, profile } = await currentProfile(db, userId);
      const { edit } = await access(actor, userId, row?.delegateUserId ?? null);
      const history = await db
        .select({ version: coiProfiles.version, savedAt: coiProfiles.savedAt, savedBy: coiProfiles.savedBy })
        .from(coiProfiles)
        .where(eq(coiProfiles.userId, userId))
        .orderBy(asc(coiProfiles.version));
      const names = await userNames(db, [row?.savedBy ?? null, ...history.map((h) => h.savedBy)]);
      const today = clock.today();
      const c = commitmentCheck(
        profile.appointments,
        today,
        await outsideEffortLimit(db, actor.institutionId),
      );
      const tk = tokuteiFactsFromProfile(profile, today);
      return {
        userId,
        userName: user.name,
        version: row?.version ?? 0,
        savedAt: row?.savedAt ?? null,
        savedByName: row?.savedBy ? (names.get(row.savedBy) ?? null) : null,
        delegateUserId: row?.delegateUserId ?? null,
        profile,
        history: history.map((h) => ({
          version: h.version,
          savedAt: h.savedAt,
          savedByName: h.savedBy ? (names.get(h.savedBy) ?? null) : null,
        })),
        commitment: {
          outcome: c.outcome,
          outsidePercent: c.outsidePercent,
          totalPercent: c.totalPercent,
          reasons: c.reasons.map(reasonView),
        },
        tokutei: {
          foreignGovBenefitShare: tk.facts.foreignGovBenefitShare ?? null,
          reasons: tk.reasons.map(reasonView),
        },
        canEdit: edit,
      };
    },

    /** Saves a new version; refused when someone saved in between (the editor's version is stale). */
    async save(actor: Actor, userId: string, input: z.output<typeof ZCoiProfileSave>) {
      const now = clock.now();
      const today = clock.today();
      await db.transaction(async (tx) => {
        await userInInstitution(tx, actor.institutionId, userId);
        const { row, profile: before } = await currentProfile(tx, userId);
        const { edit } = await access(actor, userId, row?.delegateUserId ?? null);
        if (!edit) {
          throw new DomainError("FORBIDDEN", "Only the researcher or their delegate keeps the profile");
        }
        if ((row?.version ?? 0) !== input.version) {
          throw new DomainError("CONFLICT", "The profile changed since it was read");
        }
        if (input.delegateUserId) {
          await userInInstitution(tx, actor.institutionId, input.delegateUserId, "delegateUserId");
        }
        const p = input.profile;
        await assertPartnersInInstitution(
          tx,
          actor.institutionId,
          [...p.support, ...p.equity].map((x) => x.partnerId).filter((x): x is string => Boolean(x)),
          "profile",
        );
        const data: CoiProfile = ZCoiProfile.parse({
          ...p,
          appointments: stamp(p.appointments, before.appointments, today),
          support: stamp(p.support, before.support, today),
          equity: stamp(p.equity, before.equity, today),
          talentProgrammes: stamp(p.talentProgrammes, before.talentProgrammes, today),
        });
        const version = (row?.version ?? 0) + 1;
        const [saved] = await tx
          .insert(coiProfiles)
          .values({
            institutionId: actor.institutionId,
            userId,
            version,
            data,
            // Only the researcher names or changes the delegate.
            delegateUserId: actor.userId === userId ? input.delegateUserId : (row?.delegateUserId ?? null),
            savedBy: actor.userId,
            savedAt: now.toISOString(),
          })
          .returning();
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "coi.profile_saved",
          entityType: "coi_profile",
          entityId: saved!.id,
          before: row ? { version: row.version } : undefined,
          after: { userId, version, delegateUserId: saved!.delegateUserId },
          at: now,
        });
        // A new outside activity or interest asks for a declaration (J3), judged on the saved profile.
        const known = new Set(
          [...before.appointments, ...before.support, ...before.equity, ...before.talentProgrammes].map(
            (i) => i.id,
          ),
        );
        const added = [...data.appointments, ...data.support, ...data.equity, ...data.talentProgrammes];
        if (added.some((i) => !known.has(i.id))) {
          await raiseDeclarationTrigger(tx, {
            institutionId: actor.institutionId,
            userId,
            trigger: "new_activity",
            actor: auditActor(actor),
            now,
            today,
          });
        }
      });
      return this.get(actor, userId);
    },
  };
}
