import { isFtmTarget } from "../screening/parsers/ftm";

/**
 * Ownership and control edges carried by FollowTheMoney exports (issue 15 item 5): `Ownership`
 * (owner → asset, percentage, dates) and `Directorship` (director → organization). Entities the edges
 * name are resolved within the same files. An owner counts as listed only when the export marks it as a
 * target (OpenSanctions `target: true`, or a sanctions / export-control / debarment topic); related
 * companies the export carries along are not themselves listed (OFAC 50 % rule guidance: ownership by
 * a listed party is what makes the owned company blocked, not its presence in a data set).
 */

export interface FtmRelation {
  relation: "ownership" | "directorship";
  ownerId: string;
  ownerName: string;
  ownerKind: "organisation" | "person" | "government";
  ownerCountry: string | null;
  ownerListed: boolean;
  ownedId: string;
  ownedName: string;
  share: number | null;
  startDate: string | null;
  endDate: string | null;
}

interface Entity {
  id?: string;
  schema?: string;
  target?: boolean;
  properties?: Record<string, unknown>;
}

const vals = (e: Entity, key: string): string[] => {
  const v = e.properties?.[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

function kindOf(e: Entity | undefined): FtmRelation["ownerKind"] {
  if (e?.schema === "Person") {
    return "person";
  }
  const topics = e ? vals(e, "topics") : [];
  return e?.schema === "PublicBody" || topics.some((t) => t === "gov" || t.startsWith("gov.national"))
    ? "government"
    : "organisation";
}

/** "51", "51.5%", "51-75" (first figure); anything outside 0–100 is unknown. */
export function parseShare(raw: string | undefined): number | null {
  const m = raw?.match(/\d+(?:\.\d+)?/);
  const n = m ? Number(m[0]) : Number.NaN;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/** FtM dates may be "2020", "2020-05" or full; a start widens to the period's first day, an end to its last. */
export function widenDate(raw: string | undefined, end: boolean): string | null {
  const m = raw?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!m) {
    return null;
  }
  const [, y, mo, d] = m;
  if (d) {
    return `${y}-${mo}-${d}`;
  }
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return `${y}-${mo}-${end ? String(last).padStart(2, "0") : "01"}`;
  }
  return end ? `${y}-12-31` : `${y}-01-01`;
}

const RELATIONS: Record<string, { relation: FtmRelation["relation"]; owner: string; owned: string }> = {
  Ownership: { relation: "ownership", owner: "owner", owned: "asset" },
  Directorship: { relation: "directorship", owner: "director", owned: "organization" },
};

/** The ownership and directorship edges of FtM JSON lines (several files: one text each). */
export function parseFtmRelations(texts: string[]): { relations: FtmRelation[]; warnings: string[] } {
  const entities = new Map<string, Entity>();
  const links: Entity[] = [];
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === "") {
        continue;
      }
      let parsed: Entity & { op?: string; entity?: Entity };
      try {
        parsed = JSON.parse(line);
      } catch {
        continue; // the entity parser reports invalid lines
      }
      const e = parsed.entity ?? parsed;
      if (parsed.op === "DEL" || e.id === undefined) {
        continue;
      }
      if (RELATIONS[e.schema ?? ""]) {
        links.push(e);
      } else {
        entities.set(e.id, e);
      }
    }
  }
  const relations: FtmRelation[] = [];
  const warnings: string[] = [];
  const nameOf = (id: string) => vals(entities.get(id) ?? {}, "name")[0];
  for (const l of links) {
    const spec = RELATIONS[l.schema!]!;
    for (const ownerId of vals(l, spec.owner)) {
      for (const ownedId of vals(l, spec.owned)) {
        const owner = entities.get(ownerId);
        const ownerName = nameOf(ownerId);
        const ownedName = nameOf(ownedId);
        if (ownerName === undefined || ownedName === undefined) {
          warnings.push(`${l.id}: ${ownerName === undefined ? ownerId : ownedId} is not in the file`);
          continue;
        }
        relations.push({
          relation: spec.relation,
          ownerId,
          ownerName,
          ownerKind: kindOf(owner),
          ownerCountry: owner
            ? ([...vals(owner, "country"), ...vals(owner, "jurisdiction")][0]?.toUpperCase() ?? null)
            : null,
          ownerListed: owner !== undefined && isFtmTarget(owner),
          ownedId,
          ownedName,
          share: spec.relation === "ownership" ? parseShare(vals(l, "percentage")[0]) : null,
          startDate: widenDate(vals(l, "startDate")[0], false),
          endDate: widenDate(vals(l, "endDate")[0], true),
        });
      }
    }
  }
  return { relations, warnings };
}
