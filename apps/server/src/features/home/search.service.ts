import type { SearchKind, TSearchHit, TSearchResult } from "@renkei/contract";
import type { Permission } from "@renkei/domain";
import { and, desc, ilike, or, type SQL } from "drizzle-orm";
import { trips, visitors } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { createCasesService } from "../cases/cases.service";
import { createClassificationsService } from "../export-control/classifications.service";
import { createReviewReader } from "../export-control/transaction-reviews.read";
import { createPartnersService } from "../partners/partners.service";
import { createPeopleService } from "../people/people.service";
import { visibleTrips } from "../trips/trips.queries";
import { visibleVisitors } from "../visitors/visitors.queries";

/** Hits per kind: the box answers "where is it", the list pages answer "show me all". */
const PER_KIND = 8;

/** Each kind is searched only with the permission its own list route declares. */
const KIND_PERMISSION: Record<SearchKind, Permission> = {
  partner: "partner.read",
  person: "partner.read",
  case: "case.read",
  review: "export.read",
  classification: "export.read",
  trip: "trip.read",
  visitor: "visitor.read",
};

const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One search box across the areas (issue 11 item 4). Every kind goes through the reader its own list
 * page uses — the partner search with its folded name forms (katakana ↔ Latin), the case board's
 * visibility, the review reader, `visibleTrips` / `visibleVisitors` — so a hit is never something the
 * caller could not open, and a student's hits stop at their own cases' partners and people.
 */
export function createSearchService(deps: Deps) {
  const { db } = deps;
  const partners = createPartnersService(deps);
  const people = createPeopleService(deps);
  const casesService = createCasesService(deps);
  const reviews = createReviewReader(deps);
  const classifications = createClassificationsService(deps);

  const searchers: Record<SearchKind, (a: Actor, q: string) => Promise<TSearchHit[]>> = {
    partner: async (a, q) =>
      (await partners.list(a, { q, risk: [], page: 1, pageSize: PER_KIND })).items.map((p) => ({
        kind: "partner",
        id: p.id,
        ref: null,
        title: p.legalName,
        detail: p.nameEn ?? p.nameRomanized,
        to: `/partners/${p.id}`,
      })),
    person: async (a, q) =>
      (await people.search(a, q)).slice(0, PER_KIND).map((p) => ({
        kind: "person",
        id: p.id,
        ref: null,
        title: p.name,
        detail: p.affiliations.find((x) => !x.endedOn)?.partnerName ?? p.nameEn,
        to: `/people/${p.id}`,
      })),
    case: async (a, q) =>
      (await casesService.board(a, { q, perStage: PER_KIND, page: 1, blocked: undefined })).columns
        .flatMap((c) => c.items)
        .slice(0, PER_KIND)
        .map((c) => ({
          kind: "case",
          id: c.id,
          ref: c.ref,
          title: c.title,
          detail: null,
          to: `/cases/${c.id}`,
        })),
    review: async (a, q) =>
      (await reviews.list(a, { q, page: 1, pageSize: PER_KIND })).items.map((r) => ({
        kind: "review",
        id: r.id,
        ref: r.refNo,
        title: r.title,
        detail: r.counterpartyName,
        to: `/export-control/reviews/${r.id}`,
      })),
    classification: async (a, q) =>
      (await classifications.list(a, { q, page: 1, pageSize: PER_KIND })).items.map((c) => ({
        kind: "classification",
        id: c.id,
        ref: c.refNo,
        title: c.name,
        detail: null,
        to: `/export-control/classifications/${c.id}`,
      })),
    trip: async (a, q) => {
      const like = likeOf(q);
      const rows = await db
        .select()
        .from(trips)
        .where(
          and(
            visibleTrips(a),
            or(ilike(trips.ref, like), ilike(trips.destinationCity, like), ilike(trips.purpose, like)),
          ) as SQL,
        )
        .orderBy(desc(trips.departOn))
        .limit(PER_KIND);
      return rows.map((r) => ({
        kind: "trip",
        id: r.id,
        ref: r.ref,
        title: r.purpose,
        detail: r.destinationCity || null,
        to: `/trips/${r.id}`,
      }));
    },
    visitor: async (a, q) => {
      const like = likeOf(q);
      const rows = await db
        .select()
        .from(visitors)
        .where(
          and(
            visibleVisitors(a),
            or(
              ilike(visitors.fullName, like),
              ilike(visitors.nameEn, like),
              ilike(visitors.homeOrganisation, like),
            ),
          ) as SQL,
        )
        .orderBy(desc(visitors.updatedAt))
        .limit(PER_KIND);
      return rows.map((r) => ({
        kind: "visitor",
        id: r.id,
        ref: null,
        title: r.fullName,
        detail: r.homeOrganisation || null,
        to: `/visitors/${r.id}`,
      }));
    },
  };

  return {
    async search(actor: Actor, q: string): Promise<TSearchResult> {
      const searched = (Object.keys(KIND_PERMISSION) as SearchKind[]).filter((k) =>
        actor.can(KIND_PERMISSION[k]),
      );
      const hits: TSearchHit[] = [];
      for (const kind of searched) {
        hits.push(...(await searchers[kind](actor, q)));
      }
      return { searched, hits };
    },
  };
}
