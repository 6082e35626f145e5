import { DomainError, type RegistryView, registryView } from "@renkei/domain";
import { type SQL, sql } from "drizzle-orm";
import { partners, people } from "../../db/schema";
import type { Actor } from "../../http/context";
import { visibleCasesWhere } from "../cases/cases.scope";

export interface ReadScope {
  institutionIds: string[];
}

/**
 * Which institutions' registries the actor may read: its own, plus members that granted its hub
 * consulting access (seed 000 fn. 16). Asking for any other institution looks exactly like "not found".
 */
export function readScope(actor: Actor, requested?: string): ReadScope {
  if (!requested || requested === actor.institutionId) {
    return { institutionIds: [actor.institutionId] };
  }
  if (actor.consultable.includes(requested)) {
    return { institutionIds: [requested] };
  }
  throw new DomainError("NOT_FOUND", "Not found");
}

/** Every institution the actor can read a single record from (own + consulted members). */
export function anyReadable(actor: Actor): ReadScope {
  return { institutionIds: [actor.institutionId, ...actor.consultable] };
}

/** The actor's view of the registry (need-to-know.ts); a role without one reads nothing. */
export function viewOf(actor: Actor): RegistryView {
  const view = registryView(actor.role);
  if (!view) {
    throw new DomainError("FORBIDDEN", "No access to the partner registry");
  }
  return view;
}

/** Partners of the cases the actor sees (the same SQL as the case board's visibility). */
const ownCasePartnerIds = (actor: Actor): SQL =>
  sql`select cp.partner_id from case_partners cp join cases on cases.id = cp.case_id where ${visibleCasesWhere(actor)}`;

/**
 * SQL narrowing partners to the actor's reach (issue 11 item 8): nothing for `institution`, the partners
 * of their own cases for `own_cases`. Every partner read path adds it to its WHERE.
 */
export function partnerReachWhere(actor: Actor): SQL | undefined {
  return viewOf(actor).reach === "institution"
    ? undefined
    : sql`${partners.id} in (${ownCasePartnerIds(actor)})`;
}

/** The same for people: those affiliated with a reachable partner or taking part in a visible case. */
export function personReachWhere(actor: Actor): SQL | undefined {
  if (viewOf(actor).reach === "institution") {
    return undefined;
  }
  return sql`(${people.id} in (select a.person_id from affiliations a where a.partner_id in (${ownCasePartnerIds(actor)}))
    or ${people.id} in (select p.person_id from case_participants p join cases on cases.id = p.case_id
      where p.person_id is not null and ${visibleCasesWhere(actor)}))`;
}
