import { countryName } from "../shared/countries";
import { compareDates, type IsoDate } from "../shared/dates";
import { type Reason, reason } from "../shared/decision";
import type { ListKind } from "./list-kind";

/**
 * Ownership and control (issue 15 item 5; FollowTheMoney `Ownership` / `Directorship`). A party owned
 * 50 % or more in aggregate by listed parties, directly or through companies that are themselves so
 * owned, is treated as listed (the OFAC 50 % rule; METI's End User List guidance asks the same of
 * subsidiaries). A party a foreign government controls (majority ownership or a directorship held by
 * a state body, through majority-owned intermediaries) is flagged for the risk assessment (seed 001
 * §IV.2-3 資本関係・支配関係).
 */

export interface OwnershipEdge {
  relation: "ownership" | "directorship";
  ownerKey: string;
  ownerName: string;
  ownerKind: "organisation" | "person" | "government";
  ownerCountry: string | null;
  ownedKey: string;
  ownedName: string;
  /** Percentage 0–100; null when the source does not state it (counts as 0 towards the 50 %). */
  share: number | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
}

export interface ListedParty {
  list: string;
  kind: ListKind;
}

export interface OwnershipFinding {
  listedOwnership: boolean;
  /** Aggregated share (0–100) held by listed or listed-owned parties. */
  listedShare: number;
  foreignGovernmentControl: boolean;
  /** Each path from a listed party / government to the party, e.g. ["A (OFAC)", "B 60%", "C 50%"]. */
  paths: string[][];
  /** The listed parties at the root of the listed-ownership paths (their lists decide what the flag means). */
  listedRoots: ListedParty[];
  reasons: Reason[];
}

const THRESHOLD = 50;
const SRC_50 = "OFAC-50%;METI-EUL-FAQ";

function active(e: OwnershipEdge, today: IsoDate): boolean {
  return (
    (e.startDate === null || compareDates(e.startDate, today) <= 0) &&
    (e.endDate === null || compareDates(today, e.endDate) <= 0)
  );
}

/** Sum of the shares owners satisfying `pred` hold in `key`. */
function heldBy(edges: OwnershipEdge[], key: string, pred: (owner: string) => boolean): number {
  return edges
    .filter((e) => e.relation === "ownership" && e.ownedKey === key && pred(e.ownerKey))
    .reduce((s, e) => s + (e.share ?? 0), 0);
}

/** Listed parties plus every company that listed (or listed-owned) parties own ≥ 50 % of, to a fixpoint. */
function listedClosure(edges: OwnershipEdge[], listed: Map<string, ListedParty>): Set<string> {
  const out = new Set(listed.keys());
  const owned = [...new Set(edges.map((e) => e.ownedKey))];
  for (let changed = true; changed; ) {
    changed = false;
    for (const k of owned) {
      if (!out.has(k) && heldBy(edges, k, (o) => out.has(o)) >= THRESHOLD) {
        out.add(k);
        changed = true;
      }
    }
  }
  return out;
}

function governmentControlled(edges: OwnershipEdge[], foreign: (e: OwnershipEdge) => boolean): Set<string> {
  const out = new Set<string>();
  for (const e of edges) {
    if (foreign(e) && (e.relation === "directorship" || (e.share ?? 0) > THRESHOLD)) {
      out.add(e.ownedKey);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of edges) {
      if (
        e.relation === "ownership" &&
        out.has(e.ownerKey) &&
        (e.share ?? 0) > THRESHOLD &&
        !out.has(e.ownedKey)
      ) {
        out.add(e.ownedKey);
        changed = true;
      }
    }
  }
  return out;
}

/** Paths from a root (listed party or government) down to `key`, following the given edges. */
function pathsTo(
  edges: OwnershipEdge[],
  key: string,
  isRoot: (e: OwnershipEdge) => boolean,
  include: (e: OwnershipEdge) => boolean,
  label: (e: OwnershipEdge) => string,
  seen: Set<string> = new Set(),
  onRoot: (e: OwnershipEdge) => void = () => undefined,
): string[][] {
  const out: string[][] = [];
  for (const e of edges.filter((x) => x.ownedKey === key && include(x))) {
    const step = `${e.ownedName}${e.share !== null ? ` ${e.share}%` : ""}`;
    if (isRoot(e)) {
      onRoot(e);
      out.push([label(e), step]);
    } else if (!seen.has(e.ownerKey)) {
      for (const p of pathsTo(edges, e.ownerKey, isRoot, include, label, new Set([...seen, key]), onRoot)) {
        out.push([...p, step]);
      }
    }
  }
  return out;
}

export function assessOwnership(
  target: string,
  allEdges: OwnershipEdge[],
  listed: Map<string, ListedParty>,
  today: IsoDate,
  institutionCountry: string,
): OwnershipFinding {
  const edges = allEdges.filter((e) => active(e, today));
  const closure = listedClosure(edges, listed);
  const listedShare = Math.min(
    100,
    heldBy(edges, target, (o) => closure.has(o)),
  );
  const listedOwnership = !listed.has(target) && listedShare >= THRESHOLD;
  const foreign = (e: OwnershipEdge) =>
    e.ownerKind === "government" && e.ownerCountry !== null && e.ownerCountry !== institutionCountry;
  const foreignGovernmentControl = governmentControlled(edges, foreign).has(target);
  const reasons: Reason[] = [];
  const paths: string[][] = [];
  const roots = new Map<string, ListedParty>();
  if (listedOwnership) {
    const root = (e: OwnershipEdge) => listed.has(e.ownerKey);
    const lp = (e: OwnershipEdge) => `${e.ownerName}（${listed.get(e.ownerKey)?.list ?? ""}）`;
    paths.push(
      ...pathsTo(
        edges,
        target,
        root,
        (e) => e.relation === "ownership" && closure.has(e.ownerKey),
        lp,
        new Set(),
        (e) => roots.set(e.ownerKey, listed.get(e.ownerKey)!),
      ),
    );
    reasons.push(
      reason(
        "OWN-LISTED-50",
        SRC_50,
        `リスト掲載者による保有が合計 ${listedShare}%（50% 以上）: リスト掲載者と同様に扱う`,
        `Listed parties own ${listedShare}% in total (50% or more): treated like a listed party`,
      ),
    );
  }
  if (foreignGovernmentControl) {
    const governments = new Set<string>();
    paths.push(
      ...pathsTo(
        edges,
        target,
        foreign,
        (e) => foreign(e) || (e.relation === "ownership" && (e.share ?? 0) > THRESHOLD),
        // A path step is one string for every reader, so it carries the owner's own name only; the
        // government's country is named in the reason, in the reader's language.
        (e) => {
          if (e.ownerCountry) {
            governments.add(e.ownerCountry);
          }
          return e.ownerName;
        },
      ),
    );
    const named = (locale: "ja" | "en") =>
      [...governments].map((c) => countryName(c, locale)).join(locale === "ja" ? "・" : ", ");
    reasons.push(
      reason(
        "OWN-FOREIGN-GOV",
        "seed001§IV.2-3",
        `外国政府（${named("ja")}）の支配下にある（資本関係・支配関係）`,
        `Controlled by a foreign government (${named("en")}) through ownership or control`,
      ),
    );
  }
  return {
    listedOwnership,
    listedShare,
    foreignGovernmentControl,
    paths,
    listedRoots: [...roots.values()],
    reasons,
  };
}
