// The parties the institution screens: partner organisations (all name forms) and people at them.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { partners, people } from "../../db/schema";

export type SubjectKind = "partner" | "person";

export interface Subject {
  kind: SubjectKind;
  id: string;
  displayName: string;
  /** Every name form screened (legal name, English, romanised, aliases / kana). */
  names: string[];
  country: string | null;
  schema: "organization" | "person";
}

function names(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.map((v) => (v ?? "").trim()).filter((v) => v !== ""))];
}

/** Loads subjects of one institution; `ids` limits them, otherwise all (merged partners excluded). */
export async function loadSubjects(
  tx: DbOrTx,
  institutionId: string,
  kind: SubjectKind,
  ids?: string[],
): Promise<Subject[]> {
  if (ids && ids.length === 0) {
    return [];
  }
  if (kind === "partner") {
    const rows = await tx
      .select()
      .from(partners)
      .where(
        and(
          eq(partners.institutionId, institutionId),
          isNull(partners.mergedIntoId),
          ids ? inArray(partners.id, ids) : undefined,
        ),
      );
    return rows.map((p) => ({
      kind,
      id: p.id,
      displayName: p.legalName,
      names: names([p.legalName, p.nameEn, p.nameRomanized, ...p.aliases]),
      country: p.country,
      schema: "organization",
    }));
  }
  const rows = await tx
    .select()
    .from(people)
    .where(and(eq(people.institutionId, institutionId), ids ? inArray(people.id, ids) : undefined));
  return rows.map((p) => ({
    kind,
    id: p.id,
    displayName: p.name,
    names: names([p.name, p.nameEn, p.nameKana]),
    country: p.nationality,
    schema: "person",
  }));
}

/** Every subject of the institution. */
export async function loadAllSubjects(tx: DbOrTx, institutionId: string): Promise<Subject[]> {
  return [
    ...(await loadSubjects(tx, institutionId, "partner")),
    ...(await loadSubjects(tx, institutionId, "person")),
  ];
}
