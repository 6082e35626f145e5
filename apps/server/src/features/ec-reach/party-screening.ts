// Screening of parties that are not registry records (issue 15, B3 / B4 / C17): trip counterparts, a
// visitor and their home institution, against every list the institution imported.
import {
  assertPartiesDecided,
  carryDecisions,
  DomainError,
  listKindOf,
  type PartyRole,
  type PartyScreening,
  partyScreeningHold,
  screenName,
} from "@renkei/domain";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { screeningLists } from "../../db/schema";
import { institutionIndex, metaKey } from "../screening/index-cache";

export interface PartyQuery {
  role: PartyRole;
  name: string;
  country: string | null;
  schema: "organization" | "person";
}

/**
 * Each party against every list (the version in force of each), with the candidates at or above the
 * engine's threshold as matches awaiting the officer's decision. Empty names are skipped. With no list
 * imported the result says so (`listVersions` empty): "not screened", never "clear".
 */
export async function screenParties(
  db: DbOrTx,
  institutionId: string,
  parties: PartyQuery[],
  today: string,
): Promise<PartyScreening> {
  const idx = await institutionIndex(db, institutionId);
  const kinds = new Map(
    (
      await db
        .select({ name: screeningLists.name, format: screeningLists.format, kind: screeningLists.kind })
        .from(screeningLists)
        .where(eq(screeningLists.institutionId, institutionId))
    ).map((l) => [l.name, listKindOf(l.format, l.kind)]),
  );
  const listVersions = Object.fromEntries(Object.entries(idx.versions).map(([name, v]) => [name, v.label]));
  const seen = new Set<string>();
  const out: PartyScreening["parties"] = [];
  for (const p of parties) {
    const name = p.name.trim();
    const key = `${p.role}\u0000${name}\u0000${p.country ?? ""}`;
    if (name === "" || seen.has(key)) {
      continue;
    }
    seen.add(key);
    const result = screenName(
      idx.index,
      { name, schema: p.schema, ...(p.country ? { country: p.country } : {}) },
      { includeBelowThreshold: false },
    );
    out.push({
      role: p.role,
      name,
      country: p.country,
      matches: result.matches
        .filter((m) => m.isMatch)
        .slice(0, 10)
        .map((m) => {
          const meta = idx.meta.get(metaKey(m.list, m.sourceId));
          return {
            list: m.list,
            kind: kinds.get(m.list) ?? "other",
            entryName: m.name,
            sourceId: m.sourceId,
            score: Math.round(m.score * 1000) / 1000,
            categories: meta?.categories ?? [],
            decision: null,
            reason: null,
            decidedBy: null,
            decidedAt: null,
          };
        }),
    });
  }
  return { screenedOn: today, listVersions, parties: out };
}

/** A visitor and their home institution against every list (B4), keeping earlier decisions. */
export async function screenVisitor(
  db: DbOrTx,
  institutionId: string,
  v: { fullName: string; nameEn?: string | null; homeOrganisation: string; homeCountry?: string | null },
  previous: unknown,
  today: string,
): Promise<PartyScreening> {
  const country = v.homeCountry ?? null;
  const fresh = await screenParties(
    db,
    institutionId,
    [
      { role: "visitor", name: v.nameEn || v.fullName, country, schema: "person" },
      { role: "home_organisation", name: v.homeOrganisation, country, schema: "organization" },
    ],
    today,
  );
  return carryDecisions(previous as PartyScreening | null, fresh);
}

/**
 * Acceptance waits for the officer's decision on every match, and a confirmed sanctions hit on the
 * visitor or their home institution refuses it (B4: hits feed the intake).
 */
export function assertVisitorAcceptable(screening: unknown): void {
  const s = screening as PartyScreening | null;
  assertPartiesDecided(s);
  if (partyScreeningHold(s).outcome === "PROHIBITED") {
    throw new DomainError("RULE_VIOLATION", "A sanctioned visitor or home institution cannot be accepted", {
      reasons: partyScreeningHold(s).reasons,
    });
  }
}
