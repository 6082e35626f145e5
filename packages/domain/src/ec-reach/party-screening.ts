import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import { type ConfirmedHit, LIST_KIND_LABELS, type ListKind } from "./list-kind";

/**
 * Screening of parties that are not registry records (issue 15 item 2; B3, B4, C17): a trip's counterpart
 * organisations, a visitor and their home institution. Each is screened against every list when the
 * trip or intake is filed or changed; a candidate at or above the threshold holds the trip / intake
 * until the officer confirms it (a true match) or clears it (a false positive), with a reason.
 */

export type PartyRole = "counterpart" | "visitor" | "home_organisation";

export interface PartyMatch {
  list: string;
  kind: ListKind;
  entryName: string;
  sourceId: string;
  score: number;
  categories: string[];
  decision: "true_match" | "false_positive" | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface ScreenedParty {
  role: PartyRole;
  name: string;
  country: string | null;
  matches: PartyMatch[];
}

export interface PartyScreening {
  screenedOn: string;
  /** list name → version label the index held (reproducibility). */
  listVersions: Record<string, string>;
  parties: ScreenedParty[];
}

export type PartyScreeningStatus = "not_screened" | "clear" | "pending_review" | "true_match";

/** true_match > pending_review > clear; nothing screened (no lists imported) is `not_screened`. */
export function partyScreeningStatus(s: PartyScreening | null | undefined): PartyScreeningStatus {
  if (!s || Object.keys(s.listVersions).length === 0) {
    return "not_screened";
  }
  const matches = s.parties.flatMap((p) => p.matches);
  if (matches.some((m) => m.decision === "true_match")) {
    return "true_match";
  }
  return matches.some((m) => m.decision === null) ? "pending_review" : "clear";
}

/** The confirmed hits, with their list and kind, as gates and risk rules read them. */
export function confirmedPartyHits(s: PartyScreening | null | undefined, role?: PartyRole): ConfirmedHit[] {
  return (s?.parties ?? [])
    .filter((p) => role === undefined || p.role === role)
    .flatMap((p) => p.matches.filter((m) => m.decision === "true_match"))
    .map((m) => ({
      list: m.list,
      kind: m.kind,
      entryName: m.entryName,
      sourceId: m.sourceId,
      categories: m.categories,
    }));
}

/**
 * A new screening keeps the officer's decisions on matches that are still found (same party, list and
 * entry), so a revised plan does not ask again about what was settled.
 */
export function carryDecisions(
  previous: PartyScreening | null | undefined,
  next: PartyScreening,
): PartyScreening {
  const key = (p: ScreenedParty, m: PartyMatch) =>
    `${p.role}\u0000${p.name}\u0000${m.list}\u0000${m.sourceId}`;
  const old = new Map<string, PartyMatch>();
  for (const p of previous?.parties ?? []) {
    for (const m of p.matches) {
      old.set(key(p, m), m);
    }
  }
  return {
    ...next,
    parties: next.parties.map((p) => ({
      ...p,
      matches: p.matches.map((m) => {
        const o = old.get(key(p, m));
        return o?.decision
          ? { ...m, decision: o.decision, reason: o.reason, decidedBy: o.decidedBy, decidedAt: o.decidedAt }
          : m;
      }),
    })),
  };
}

/** A trip or intake is not cleared while a match awaits the officer's decision (B3, B4). */
export function assertPartiesDecided(s: PartyScreening | null | undefined): void {
  if ((s?.parties ?? []).some((p) => p.matches.some((m) => m.decision === null))) {
    throw new DomainError("RULE_VIOLATION", "Decide the screening matches first", {
      reasons: [
        reason(
          "SCREEN-PARTY-PENDING",
          "seed001§IV.2-9",
          "リスト照合の一致候補が未確認",
          "A possible screening match has not been reviewed",
        ),
      ],
    });
  }
}

const ROLE_LABELS: Record<PartyRole, { ja: string; en: string }> = {
  counterpart: { ja: "面会先", en: "Counterpart" },
  visitor: { ja: "受入者", en: "Visitor" },
  home_organisation: { ja: "所属機関", en: "Home organisation" },
};

/**
 * What the screening adds to a trip or intake determination: a confirmed sanctions hit prohibits; any
 * other confirmed hit, and any match not yet decided, holds it for the officer (MANUAL_REVIEW). End
 * User List categories of confirmed hits go to the export-control engine as the end user's.
 */
export function partyScreeningHold(s: PartyScreening | null | undefined): {
  outcome: "PROHIBITED" | "MANUAL_REVIEW" | null;
  reasons: Reason[];
} {
  const reasons: Reason[] = [];
  let prohibited = false;
  for (const p of s?.parties ?? []) {
    for (const m of p.matches) {
      const who = { ja: `${ROLE_LABELS[p.role].ja} ${p.name}`, en: `${ROLE_LABELS[p.role].en} ${p.name}` };
      const list = LIST_KIND_LABELS[m.kind];
      if (m.decision === null) {
        reasons.push(
          reason(
            "SCREEN-PARTY-PENDING",
            "seed001§IV.2-9",
            `${who.ja}: ${list.ja}の ${m.entryName} と一致の可能性（確認待ち）`,
            `${who.en}: possible match with ${m.entryName} on the ${list.en} (awaiting review)`,
          ),
        );
      } else if (m.decision === "true_match") {
        prohibited ||= m.kind === "sanctions";
        reasons.push(
          reason(
            m.kind === "sanctions" ? "SCREEN-PARTY-SANCTIONS" : "SCREEN-PARTY-LISTED",
            m.kind === "sanctions" ? "seed001§II.1" : "seed001§V.case25",
            `${who.ja}: ${list.ja}の ${m.entryName} に該当`,
            `${who.en}: matches ${m.entryName} on the ${list.en}`,
          ),
        );
      }
    }
  }
  return { outcome: prohibited ? "PROHIBITED" : reasons.length > 0 ? "MANUAL_REVIEW" : null, reasons };
}

/** Records the officer's decision on one match (a new screening object; the input is unchanged). */
export function decideMatch(
  s: PartyScreening | null | undefined,
  at: { partyIndex: number; matchIndex: number },
  decision: { decision: "true_match" | "false_positive"; reason: string; by: string; at: string },
): PartyScreening {
  const match = s?.parties[at.partyIndex]?.matches[at.matchIndex];
  if (!s || !match) {
    throw new DomainError("NOT_FOUND", "No such screening match");
  }
  return {
    ...s,
    parties: s.parties.map((p, i) =>
      i !== at.partyIndex
        ? p
        : {
            ...p,
            matches: p.matches.map((m, j) =>
              j !== at.matchIndex
                ? m
                : {
                    ...m,
                    decision: decision.decision,
                    reason: decision.reason,
                    decidedBy: decision.by,
                    decidedAt: decision.at,
                  },
            ),
          },
    ),
  };
}
