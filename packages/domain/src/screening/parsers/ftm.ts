// FollowTheMoney JSON lines (OpenSanctions exports; screening-research.md §3.3). Each line is
// {"id","schema","properties":{prop:[values]}}; delta lines {"op","entity"} are accepted too
// (DEL lines are reported in `deleted`). Non-matchable schemata (Sanction, Address…) are skipped.
import type { EntitySchema, ListEntry, ParseResult } from "../types";
import { compactDetails, entryName, unique, uniqueNames } from "./common";

const SCHEMA: Record<string, EntitySchema> = {
  Person: "person",
  Organization: "organization",
  Company: "organization",
  LegalEntity: "organization",
  PublicBody: "organization",
  Vessel: "vessel",
  Airplane: "aircraft",
};

const DETAIL_PROPS = [
  "birthDate",
  "birthPlace",
  "registrationNumber",
  "idNumber",
  "imoNumber",
  "notes",
  "topics",
];

interface FtmEntity {
  id?: string;
  schema?: string;
  target?: boolean;
  properties?: Record<string, unknown>;
  datasets?: string[];
}

const TARGET_TOPICS = ["sanction", "sanction.linked", "export.control", "debarment", "crime.terror"];

/**
 * Whether the export lists the entity as a target (OpenSanctions `target`, else a sanctions / export /
 * debarment topic). Exports also carry related entities (owned companies, directors) that are not
 * themselves listed; a plain export without flags or topics lists only targets.
 */
export function isFtmTarget(entity: { target?: boolean; properties?: Record<string, unknown> }): boolean {
  if (typeof entity.target === "boolean") {
    return entity.target;
  }
  const topics = values(entity.properties ?? {}, "topics");
  return topics.length === 0 || topics.some((t) => TARGET_TOPICS.includes(t));
}

function values(props: Record<string, unknown>, key: string): string[] {
  const v = props[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Parses FtM JSON lines. `deleted` lists ids of DEL delta operations. */
export function parseFtmJsonLines(text: string, list = "ftm"): ParseResult & { deleted: string[] } {
  const entries: ListEntry[] = [];
  const warnings: string[] = [];
  const deleted: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") {
      return;
    }
    let parsed: { op?: string; entity?: FtmEntity } & FtmEntity;
    try {
      parsed = JSON.parse(line);
    } catch {
      warnings.push(`line ${i + 1}: invalid JSON`);
      return;
    }
    const entity: FtmEntity = parsed.entity ?? parsed;
    if (parsed.op === "DEL") {
      if (entity.id !== undefined) {
        deleted.push(entity.id);
      }
      return;
    }
    const schema = SCHEMA[entity.schema ?? ""];
    if (schema === undefined || entity.id === undefined) {
      return;
    }
    const p = entity.properties ?? {};
    const names = uniqueNames([
      ...values(p, "name").map((n) => entryName(n, "primary")),
      ...values(p, "alias").map((n) => entryName(n, "alias")),
      ...values(p, "previousName").map((n) => entryName(n, "former")),
      ...values(p, "weakAlias").map((n) => entryName(n, "weak-alias")),
    ]);
    if (names.length === 0) {
      warnings.push(`line ${i + 1}: ${entity.id} has no name`);
      return;
    }
    entries.push({
      sourceId: entity.id,
      list,
      schema,
      names,
      countries: unique([
        ...values(p, "country"),
        ...values(p, "nationality"),
        ...values(p, "citizenship"),
        ...values(p, "jurisdiction"),
      ]),
      addresses: unique(values(p, "address")),
      programs: unique([...values(p, "program"), ...values(p, "programId")]),
      details: compactDetails({
        ...Object.fromEntries(DETAIL_PROPS.map((k) => [k, values(p, k).join("; ")])),
        // Read by the gates: a hit on a related entity is not a hit on a listed party (issue 15 item 5).
        related: isFtmTarget(entity) ? undefined : "true",
      }),
    });
  });
  return { entries, warnings, deleted };
}
