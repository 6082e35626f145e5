import { DomainError } from "@renkei/domain";
import type { Actor } from "../../http/context";

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
