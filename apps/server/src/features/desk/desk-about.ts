import { type DeskAboutKind, DomainError } from "@renkei/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { cases, ecClassifications, partners, trips, visitors } from "../../db/schema";
import type { Actor } from "../../http/context";
import { visibleCasesWhere } from "../cases/cases.scope";
import { findReadableReview } from "../export-control/transaction-reviews.service";
import { visibleTrips } from "../trips/trips.queries";
import { visibleVisitors } from "../visitors/visitors.queries";

function unknown(): never {
  throw new DomainError("VALIDATION_FAILED", "Unknown record", {
    issues: [{ path: "about.id", message: "validation.unknown_record" }],
  });
}

/**
 * The label of the record a question is asked from, read through that record's own visibility rule:
 * a question cannot name (and so reveal the title of) a record its asker may not read.
 */
export async function aboutLabel(
  db: DbOrTx,
  actor: Actor,
  about: { kind: DeskAboutKind; id: string },
): Promise<string> {
  const one = <T>(rows: T[]) => rows[0] ?? unknown();
  switch (about.kind) {
    case "case": {
      const r = one(
        await db
          .select({ ref: cases.ref, title: cases.title })
          .from(cases)
          .where(and(eq(cases.id, about.id), visibleCasesWhere(actor))),
      );
      return `${r.ref} ${r.title}`;
    }
    case "partner": {
      if (!actor.can("partner.read")) {
        unknown();
      }
      const r = one(
        await db
          .select({ name: partners.legalName })
          .from(partners)
          .where(
            and(
              eq(partners.id, about.id),
              eq(partners.institutionId, actor.institutionId),
              isNull(partners.mergedIntoId),
            ),
          ),
      );
      return r.name;
    }
    case "visitor": {
      const r = one(
        await db
          .select({ name: visitors.fullName, org: visitors.homeOrganisation })
          .from(visitors)
          .where(and(eq(visitors.id, about.id), visibleVisitors(actor))),
      );
      return r.org ? `${r.name}（${r.org}）` : r.name;
    }
    case "trip": {
      const r = one(
        await db
          .select({ ref: trips.ref, city: trips.destinationCity })
          .from(trips)
          .where(and(eq(trips.id, about.id), visibleTrips(actor))),
      );
      return `${r.ref} ${r.city}`.trim();
    }
    case "review": {
      const r = await findReadableReview(db, actor, about.id).catch(() => unknown());
      return `${r.refNo} ${r.title}`;
    }
    case "classification": {
      if (!actor.can("export.read")) {
        unknown();
      }
      const r = one(
        await db
          .select({ ref: ecClassifications.refNo, name: ecClassifications.name })
          .from(ecClassifications)
          .where(
            and(eq(ecClassifications.id, about.id), eq(ecClassifications.institutionId, actor.institutionId)),
          ),
      );
      return `${r.ref} ${r.name}`;
    }
  }
}
