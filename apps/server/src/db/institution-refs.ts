import { DomainError } from "@renkei/domain";
import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client";
import { caseDocuments, cases, departments, ecClassifications, partners, people, users } from "./schema";

/**
 * The kinds of record a request body may name by id. Each must belong to the caller's institution
 * (brief: "every id in a body is checked against the caller's institution — 400, not 500, never another
 * institution's name"). Merged partners count as gone: their records live on the surviving partner.
 */
const KINDS = {
  users: { table: users, id: users.id, institution: users.institutionId, message: "validation.unknown_user" },
  departments: {
    table: departments,
    id: departments.id,
    institution: departments.institutionId,
    message: "validation.unknown_department",
  },
  partners: {
    table: partners,
    id: partners.id,
    institution: partners.institutionId,
    message: "validation.unknown_partner",
    live: isNull(partners.mergedIntoId),
  },
  people: {
    table: people,
    id: people.id,
    institution: people.institutionId,
    message: "validation.unknown_person",
  },
  cases: {
    table: cases,
    id: cases.id,
    institution: cases.institutionId,
    message: "validation.unknown_record",
  },
  caseDocuments: {
    table: caseDocuments,
    id: caseDocuments.id,
    institution: caseDocuments.institutionId,
    message: "validation.unknown_document",
  },
  classifications: {
    table: ecClassifications,
    id: ecClassifications.id,
    institution: ecClassifications.institutionId,
    message: "validation.unknown_record",
  },
} satisfies Record<
  string,
  { table: PgTable; id: PgColumn; institution: PgColumn; message: string; live?: SQL }
>;

export type RefKind = keyof typeof KINDS;
/** Body field name → the id (or ids) it carries; null / undefined / empty mean "not named". */
type Fields = Record<string, string | null | undefined | readonly string[]>;

/**
 * Refuses, with one VALIDATION_FAILED naming every offending field, ids that do not exist in the
 * caller's institution. Another institution's id and a random UUID get the same answer, so ids cannot be
 * probed and no foreign name is ever read. Run it inside the write's transaction.
 */
export async function assertInInstitution(
  db: DbOrTx,
  institutionId: string,
  refs: Partial<Record<RefKind, Fields>>,
): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  for (const [kind, fields] of Object.entries(refs) as [RefKind, Fields][]) {
    const spec = KINDS[kind];
    const named = Object.entries(fields).map(
      ([field, v]) => [field, v == null ? [] : typeof v === "string" ? [v] : [...v]] as const,
    );
    const wanted = [...new Set(named.flatMap(([, ids]) => ids))];
    if (wanted.length === 0) {
      continue;
    }
    const conds = [inArray(spec.id, wanted), eq(spec.institution, institutionId)];
    if ("live" in spec) {
      conds.push(spec.live);
    }
    const found = new Set(
      (
        await db
          .select({ id: spec.id })
          .from(spec.table)
          .where(and(...conds))
      ).map((r) => r.id as string),
    );
    for (const [field, ids] of named) {
      if (ids.some((id) => !found.has(id))) {
        issues.push({ path: field, message: spec.message });
      }
    }
  }
  if (issues.length > 0) {
    throw new DomainError("VALIDATION_FAILED", "Unknown reference", { issues });
  }
}
