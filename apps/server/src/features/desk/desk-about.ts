import { type DeskAboutKind, DomainError, japanDate, type Permission } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import { coiCycles, partners } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { createCaseDetailService } from "../cases/case-detail.service";
import { loadDeclaration } from "../coi/coi-declarations.service";
import { findClassification } from "../export-control/classifications.service";
import { findReadableReview } from "../export-control/transaction-reviews.service";
import { createLicencesService } from "../licences/licences.service";
import { findPartner } from "../partners/partners.repo";
import { partnerReachWhere } from "../partners/partners.scope";
import { createSecretsService } from "../secrets/secrets.service";
import { findTrip } from "../trips/trips.queries";
import { findVisitor } from "../visitors/visitors.queries";

function unknown(): never {
  throw new DomainError("VALIDATION_FAILED", "Unknown record", {
    issues: [{ path: "about.id", message: "validation.unknown_record" }],
  });
}

type Reader = (deps: Deps, actor: Actor, id: string) => Promise<string>;

/**
 * For each kind of record: the permission its own page's route declares, and the lookup that page
 * uses (one access decision — the desk adds no second rule that could drift from the record's own).
 * Every lookup is scoped to the caller's institution; the label is the record's human name or number.
 */
const READERS: Record<DeskAboutKind, { permission: Permission; read: Reader }> = {
  case: {
    permission: "case.read",
    read: async (deps, actor, id) => {
      const { row } = await createCaseDetailService(deps).loadVisible(actor, id);
      return `${row.ref} ${row.title}`;
    },
  },
  partner: {
    permission: "partner.read",
    read: async (deps, actor, id) => {
      // Only a partner the caller's own institution keeps (a hub partner of another one is not asked about).
      const row = await findPartner(deps.db, id, [actor.institutionId]);
      const reach = partnerReachWhere(actor);
      if (!row || row.mergedIntoId) {
        return unknown();
      }
      if (reach) {
        const [inReach] = await deps.db
          .select({ id: partners.id })
          .from(partners)
          .where(and(eq(partners.id, id), reach));
        if (!inReach) {
          return unknown();
        }
      }
      return row.legalName;
    },
  },
  visitor: {
    permission: "visitor.read",
    read: async (deps, actor, id) => {
      const r = await findVisitor(deps.db, actor, id);
      return r.homeOrganisation ? `${r.fullName}（${r.homeOrganisation}）` : r.fullName;
    },
  },
  trip: {
    permission: "trip.read",
    read: async (deps, actor, id) => {
      const r = await findTrip(deps.db, actor, id);
      return `${r.ref} ${r.destinationCity}`.trim();
    },
  },
  review: {
    permission: "export.read",
    read: async (deps, actor, id) => {
      const r = await findReadableReview(deps.db, actor, id);
      return `${r.refNo} ${r.title}`;
    },
  },
  classification: {
    permission: "export.read",
    read: async (deps, actor, id) => {
      const r = await findClassification(deps.db, actor.institutionId, id);
      return `${r.refNo} ${r.name}`;
    },
  },
  licence: {
    permission: "licence.read",
    read: async (deps, actor, id) => {
      const r = await createLicencesService(deps).get(actor, id);
      return r.metiNumber ? `${r.metiNumber} ${r.title}` : r.title;
    },
  },
  secret: {
    permission: "secret.read",
    read: async (deps, actor, id) => {
      // The register's own gate (decideSecretAccess); a refusal it logs rolls back with the question.
      const { row } = await createSecretsService(deps).visible(actor, id);
      return row.caseRef ? `${row.caseRef} ${row.title}` : row.title;
    },
  },
  coi_declaration: {
    permission: "coi.read",
    read: async (deps, actor, id) => {
      // The declaration page's own rule (declarant, committee, assigned external members).
      const { row } = await loadDeclaration(deps.db, actor, id);
      const [cycle] = row.cycleId
        ? await deps.db
            .select({ title: coiCycles.title })
            .from(coiCycles)
            .where(eq(coiCycles.id, row.cycleId))
        : [];
      // The cycle's title as the office named it; otherwise our own words, in both languages.
      return cycle?.title ?? `利益相反の申告 / COI declaration ${japanDate(new Date(row.createdAt))}`;
    },
  },
};

/**
 * The label of the record a question is asked from, read through that record's own access rule inside
 * the question's transaction: a question cannot name (and so reveal the title of) a record its asker may
 * not read, nor one of another institution — both answer "unknown record" (400) and nothing is written.
 */
export async function aboutLabel(
  deps: Deps,
  tx: DbOrTx,
  actor: Actor,
  about: { kind: DeskAboutKind; id: string },
): Promise<string> {
  const reader = READERS[about.kind];
  if (!actor.can(reader.permission)) {
    return unknown();
  }
  try {
    return await reader.read({ ...deps, db: tx as unknown as Db }, actor, about.id);
  } catch (err) {
    if (err instanceof DomainError && (err.code === "NOT_FOUND" || err.code === "FORBIDDEN")) {
      return unknown();
    }
    throw err;
  }
}
