import type { TLabPrefill, TLabProfile } from "@renkei/contract";
import {
  canReadLabProfile,
  DomainError,
  type LabForeignMember,
  type LabProfileFacts,
  type LabTechnology,
  labPrefill,
  profileConfirmed,
  readsEveryLabProfile,
} from "@renkei/domain";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { labProfiles, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { userRefs } from "../export-control/records-common";
import { auditActor } from "./desk.service";

type ProfileRow = typeof labProfiles.$inferSelect;

export interface LabProfileValues {
  labName: string;
  fields: string[];
  technologies: LabTechnology[];
  foreignMembers: LabForeignMember[];
  notes: string;
}

export function profileFacts(r: ProfileRow): LabProfileFacts {
  return {
    labName: r.labName,
    fields: r.fields,
    technologies: r.technologies as LabTechnology[],
    foreignMembers: r.foreignMembers as LabForeignMember[],
    version: r.version,
    confirmedVersion: r.confirmedVersion,
  };
}

/** The head keeps their own lab's profile; the office may keep any (seed 000 §3-2). */
function mayWrite(actor: Actor, headUserId: string) {
  return actor.can("lab_profile.write") && (headUserId === actor.userId || actor.can("lab_profile.confirm"));
}

function snapshot(r: ProfileRow) {
  const { institutionId: _i, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
}

export function createLabProfilesService(deps: Deps) {
  const { db, clock } = deps;

  async function view(tx: DbOrTx, r: ProfileRow): Promise<TLabProfile> {
    const ref = await userRefs(tx, [r.headUserId, r.confirmedBy]);
    const facts = profileFacts(r);
    return {
      id: r.id,
      head: ref(r.headUserId)!,
      labName: r.labName,
      fields: r.fields,
      technologies: facts.technologies,
      foreignMembers: facts.foreignMembers,
      notes: r.notes,
      confirmed: profileConfirmed(facts),
      confirmedBy: ref(r.confirmedBy),
      confirmedAt: r.confirmedAt ? new Date(r.confirmedAt).toISOString() : null,
      version: r.version,
      updatedAt: new Date(r.updatedAt).toISOString(),
      prefill: labPrefill(facts).technologies.map(({ classification, review }) => ({
        classification,
        review,
      })),
    };
  }

  async function find(tx: DbOrTx, actor: Actor, headUserId: string) {
    if (!canReadLabProfile(actor, headUserId)) {
      throw new DomainError("NOT_FOUND", "Lab profile not found");
    }
    const [row] = await tx
      .select()
      .from(labProfiles)
      .where(and(eq(labProfiles.institutionId, actor.institutionId), eq(labProfiles.headUserId, headUserId)));
    return row ?? null;
  }

  return {
    /** Every lab's profile (the office and inspection); a head sees only their own. */
    async list(actor: Actor) {
      const own = eq(labProfiles.institutionId, actor.institutionId);
      const all = readsEveryLabProfile(actor);
      const rows = await db
        .select()
        .from(labProfiles)
        .where(all ? own : and(own, eq(labProfiles.headUserId, actor.userId)))
        .orderBy(asc(labProfiles.labName))
        .limit(1000);
      return Promise.all(rows.map((r) => view(db, r)));
    },

    async get(actor: Actor, headUserId: string): Promise<TLabProfile | null> {
      // A lab head of another institution (or no such user) is not found, not "no profile yet".
      const [head] = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, headUserId), eq(users.institutionId, actor.institutionId)));
      if (!head) {
        throw new DomainError("NOT_FOUND", "No such lab head");
      }
      const row = await find(db, actor, headUserId);
      return row ? view(db, row) : null;
    },

    /**
     * What the caller's new 該非判定 / 取引審査 form starts from: their own lab, or a chosen lab they may
     * read (the office entering for a researcher). Null when that lab keeps no profile yet.
     */
    async prefill(actor: Actor, headUserId?: string): Promise<TLabPrefill | null> {
      const head = headUserId ?? actor.userId;
      if (head !== actor.userId) {
        // Choosing another lab is for those who read every lab (the office entering for a researcher);
        // a head of another institution is refused as an unknown user, naming no one (400).
        if (!canReadLabProfile(actor, head)) {
          throw new DomainError("FORBIDDEN", "Only the export-control office starts a form from another lab");
        }
        await assertInInstitution(db, actor.institutionId, { users: { headUserId: head } });
      }
      const row = await find(db, actor, head);
      return row ? { headUserId: head, ...labPrefill(profileFacts(row)) } : null;
    },

    async save(
      actor: Actor,
      input: { headUserId?: string | null; version: number; profile: LabProfileValues },
    ) {
      const headUserId = input.headUserId ?? actor.userId;
      if (!mayWrite(actor, headUserId)) {
        throw new DomainError(
          "FORBIDDEN",
          "Only the lab head or the export-control office keeps a lab profile",
        );
      }
      const now = clock.now().toISOString();
      return db.transaction(async (tx) => {
        await assertInInstitution(tx, actor.institutionId, { users: { headUserId } });
        const before = await find(tx, actor, headUserId);
        if ((before?.version ?? 0) !== input.version) {
          throw new DomainError("CONFLICT", "The lab profile changed since it was read");
        }
        const values = { ...input.profile, updatedBy: actor.userId, updatedAt: now };
        const [after] = before
          ? await tx
              .update(labProfiles)
              .set({ ...values, version: before.version + 1 })
              .where(and(eq(labProfiles.id, before.id), eq(labProfiles.version, input.version)))
              .returning()
          : await tx
              .insert(labProfiles)
              .values({ ...values, institutionId: actor.institutionId, headUserId, createdAt: now })
              .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "The lab profile changed since it was read");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "lab_profile.saved",
          entityType: "lab_profile",
          entityId: after.id,
          before: before ? snapshot(before) : null,
          after: snapshot(after),
          at: clock.now(),
        });
        return view(tx, after);
      });
    },

    /** The office confirms this version; a later edit by the head needs a new confirmation. */
    async confirm(actor: Actor, headUserId: string, version: number) {
      const now = clock.now().toISOString();
      return db.transaction(async (tx) => {
        const before = await find(tx, actor, headUserId);
        if (!before) {
          throw new DomainError("NOT_FOUND", "Lab profile not found");
        }
        const [after] = await tx
          .update(labProfiles)
          .set({ confirmedBy: actor.userId, confirmedAt: now, confirmedVersion: before.version })
          .where(and(eq(labProfiles.id, before.id), eq(labProfiles.version, version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "The lab profile changed since it was read");
        }
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "lab_profile.confirmed",
          entityType: "lab_profile",
          entityId: after.id,
          before: snapshot(before),
          after: snapshot(after),
          at: clock.now(),
        });
        return view(tx, after);
      });
    },
  };
}
