import { z } from "zod";
import { compareDates, type IsoDate, isIsoDate } from "../../shared/dates";
import { DomainError } from "../../shared/errors";

/** A calendar date `YYYY-MM-DD` (the dates of law, not instants). */
export const ZIsoDate = z
  .string()
  .max(10)
  .refine(isIsoDate, { message: "expected a calendar date YYYY-MM-DD" });

/**
 * Reading conventions of the spec (export-control.md, "Reading conventions"): P primary, S secondary,
 * U unverified (conservative default, listed in §11), R design recommendation.
 */
export const ZSourceTag = z.enum(["P", "S", "U", "R"]);
export type SourceTag = z.infer<typeof ZSourceTag>;

/**
 * Fields every versioned rule-data record carries (architecture §8.23): which record (`id`), which
 * version of it, where it comes from, and the dates between which it is law. `effectiveTo` is inclusive;
 * `null` means "still in force as far as our sources know".
 */
export const ZVersionedBase = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  sourceId: z.string().min(1),
  effectiveFrom: ZIsoDate,
  effectiveTo: ZIsoDate.nullable(),
  tag: ZSourceTag,
  note: z.string().optional(),
});
export type VersionedBase = z.infer<typeof ZVersionedBase>;

/** True when the record is in force on `asOf` (both ends inclusive). */
export function isEffectiveOn(record: VersionedBase, asOf: IsoDate): boolean {
  return (
    compareDates(record.effectiveFrom, asOf) <= 0 &&
    (record.effectiveTo === null || compareDates(asOf, record.effectiveTo) <= 0)
  );
}

/** The version of record `id` in force on `asOf`, or `null` when our data does not cover that date. */
export function selectEffective<T extends VersionedBase>(
  records: readonly T[],
  id: string,
  asOf: IsoDate,
): T | null {
  return records.find((r) => r.id === id && isEffectiveOn(r, asOf)) ?? null;
}

/**
 * Parses rule data with its zod schema at module load and checks that the versions of one record never
 * overlap, so that "the version in force on a date" is always unique. Bad data is a programming error:
 * it fails loudly at import time, never silently at assessment time.
 */
export function loadVersioned<S extends z.ZodType<VersionedBase>>(
  schema: S,
  raw: readonly unknown[],
): readonly z.infer<S>[] {
  const parsed = raw.map((r, i) => {
    const result = schema.safeParse(r);
    if (!result.success) {
      throw new DomainError("INTERNAL", `export-control rule data #${i} is invalid`, {
        issues: result.error.issues,
      });
    }
    return result.data as z.infer<S>;
  });
  const byId = new Map<string, VersionedBase[]>();
  for (const r of parsed) {
    byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  }
  for (const [id, versions] of byId) {
    const sorted = [...versions].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
    sorted.forEach((v, i) => {
      if (v.effectiveTo !== null && compareDates(v.effectiveTo, v.effectiveFrom) < 0) {
        throw new DomainError("INTERNAL", `rule data ${id}@${v.version} ends before it starts`);
      }
      const next = sorted[i + 1];
      if (next && (v.effectiveTo === null || compareDates(v.effectiveTo, next.effectiveFrom) >= 0)) {
        throw new DomainError("INTERNAL", `rule data ${id}: ${v.version} overlaps ${next.version}`);
      }
    });
  }
  return Object.freeze(parsed);
}
