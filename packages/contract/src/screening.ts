// HTTP contract of restricted-party screening (issue 3 "Interfaces"). The match shape is the one the
// CLI batch writes per line: { list, sourceId, name, score, isMatch, explanation }, plus display extras.
import { LIST_KINDS } from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode, ZIsoDate, ZPage, ZPageQuery } from "./common";

/** File formats the importers read (`renkei lists import --format …`). */
export const LIST_FORMATS = [
  "meti-eul",
  "mofa-text",
  "ofac",
  "us-csl",
  "bis-dpl",
  "un-xml",
  "ftm",
  "csv",
] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const SUBJECT_STATUSES = [
  "not_screened",
  "clear",
  "pending_review",
  "escalated",
  "true_match",
] as const;
export const HIT_STATUSES = ["pending", "escalated", "true_match", "false_positive", "delisted"] as const;

export const ZScreeningMatch = z
  .object({
    list: z.string(),
    sourceId: z.string(),
    /** The alias that matched best, as written in the list. */
    name: z.string(),
    score: z.number().min(0).max(1),
    isMatch: z.boolean(),
    /** Which name parts matched how, and which rules (country, type…) moved the score. */
    explanation: z.unknown(),
    entryName: z.string(),
    schema: z.string(),
    countries: z.array(z.string()),
    programs: z.array(z.string()),
    listVersion: z.string(),
  })
  .meta({ id: "ScreeningMatch" });
export type TScreeningMatch = z.infer<typeof ZScreeningMatch>;

export const ZScreeningSearchRequest = z
  .object({
    name: z.string().trim().min(1, "validation.required").max(500),
    country: ZCountryCode.nullish(),
    schema: z.enum(["person", "organization"]).optional(),
    limit: z.number().int().min(1).max(50).optional(),
  })
  .meta({ id: "ScreeningSearchRequest" });

export const ZScreeningSearchResponse = z
  .object({
    matches: z.array(ZScreeningMatch),
    normalizedQuery: z.string(),
    engineVersion: z.string(),
    configVersion: z.string(),
    threshold: z.number(),
    listVersions: z.record(z.string(), z.string()),
    runId: z.uuid().nullable(),
  })
  .meta({ id: "ScreeningSearchResponse" });
export type TScreeningSearchResponse = z.infer<typeof ZScreeningSearchResponse>;

export const ZScreeningBatchRequest = z
  .object({
    queries: z
      .array(
        z.object({
          id: z.string().min(1).max(200),
          name: z.string().trim().min(1).max(500),
          country: ZCountryCode.nullish(),
        }),
      )
      .min(1)
      .max(10_000),
  })
  .meta({ id: "ScreeningBatchRequest" });

export const ZScreeningBatchResponse = z
  .object({
    results: z.array(z.object({ id: z.string(), matches: z.array(ZScreeningMatch) })),
    engineVersion: z.string(),
    configVersion: z.string(),
    threshold: z.number(),
    listVersions: z.record(z.string(), z.string()),
  })
  .meta({ id: "ScreeningBatchResponse" });
export type TScreeningBatchResponse = z.infer<typeof ZScreeningBatchResponse>;

export const ZListVersion = z
  .object({
    id: z.uuid(),
    seq: z.number().int(),
    versionLabel: z.string(),
    publishedOn: z.string().nullable(),
    effectiveOn: z.string().nullable(),
    source: z.string(),
    fileSha256: z.string(),
    fileNames: z.array(z.string()),
    entryCount: z.number().int(),
    addedCount: z.number().int(),
    changedCount: z.number().int(),
    removedCount: z.number().int(),
    warnings: z.array(z.string()),
    rescreen: z.object({ subjects: z.number().int(), newHits: z.number().int() }).nullable(),
    importedByLabel: z.string(),
    importedAt: z.string(),
  })
  .meta({ id: "ListVersion" });
export type TListVersion = z.infer<typeof ZListVersion>;

export const ZScreeningList = z
  .object({
    id: z.uuid(),
    name: z.string(),
    format: z.enum(LIST_FORMATS),
    source: z.string(),
    /** What a confirmed hit on this list means (issue 15): sanctions, eul, us, own, other. */
    kind: z.enum(LIST_KINDS),
    latest: ZListVersion.nullable(),
    versionCount: z.number().int(),
  })
  .meta({ id: "ScreeningList" });
export type TScreeningList = z.infer<typeof ZScreeningList>;

export const ZListChange = z
  .object({
    change: z.enum(["added", "changed", "removed"]),
    entryKey: z.string(),
    sourceId: z.string(),
    name: z.string(),
    fields: z.array(z.string()),
  })
  .meta({ id: "ListChange" });
export type TListChange = z.infer<typeof ZListChange>;

export const ZListDiffQuery = ZPageQuery.extend({
  change: z.enum(["added", "changed", "removed"]).optional(),
});
export const ZListDiff = ZPage(ZListChange).meta({ id: "ListDiff" });

/** Form fields of the import upload (multipart); the files go in `files`. */
export const ZListImportFields = z.object({
  format: z.enum(LIST_FORMATS, "validation.list_format"),
  name: z.string().trim().min(1, "validation.required").max(200),
  source: z.string().trim().max(500).default(""),
  versionLabel: z.string().trim().max(100).optional(),
  publishedOn: ZIsoDate.optional(),
  effectiveOn: ZIsoDate.optional(),
});
export type TListImportFields = z.infer<typeof ZListImportFields>;

export const ZListImportReport = z
  .object({
    mode: z.enum(["preview", "commit"]),
    listId: z.uuid().nullable(),
    versionId: z.uuid().nullable(),
    seq: z.number().int(),
    versionLabel: z.string(),
    fileSha256: z.string(),
    unchanged: z.boolean(),
    entryCount: z.number().int(),
    added: z.number().int(),
    changed: z.number().int(),
    removed: z.number().int(),
    warnings: z.array(z.string()),
    sample: z.array(ZListChange),
    rescreen: z.object({ subjects: z.number().int(), newHits: z.number().int() }).nullable(),
  })
  .meta({ id: "ListImportReport" });
export type TListImportReport = z.infer<typeof ZListImportReport>;

export const ZScreeningHit = z
  .object({
    id: z.uuid(),
    subjectKind: z.enum(["partner", "person"]),
    subjectId: z.uuid(),
    subjectName: z.string(),
    listName: z.string(),
    sourceId: z.string(),
    entryName: z.string(),
    matchedName: z.string(),
    queryName: z.string(),
    score: z.number(),
    explanation: z.unknown(),
    entry: z
      .object({
        names: z.array(z.string()),
        countries: z.array(z.string()),
        programs: z.array(z.string()),
        categories: z.array(z.string()),
        details: z.record(z.string(), z.string()),
      })
      .nullable(),
    /**
     * Ownership of the matched entry (issue 15 item 5): whether the entry is only a related entity the
     * list carries, and the paths from listed owners to it. Null when the list says nothing about it.
     */
    ownership: z
      .object({
        related: z.boolean(),
        listedOwnership: z.boolean(),
        listedShare: z.number(),
        paths: z.array(z.array(z.string())),
      })
      .nullable(),
    reason: z.enum(["new", "entry_changed", "clearance_expired"]),
    status: z.enum(HIT_STATUSES),
    decisionReason: z.string().nullable(),
    decidedByLabel: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "ScreeningHit" });
export type TScreeningHit = z.infer<typeof ZScreeningHit>;

export const ZHitQueueQuery = ZPageQuery.extend({
  status: z.enum(["open", ...HIT_STATUSES]).default("open"),
});
export const ZHitQueue = ZPage(ZScreeningHit).meta({ id: "ScreeningHitQueue" });

export const ZHitDecision = z
  .object({
    decision: z.enum(["true_match", "false_positive", "escalate"]),
    reason: z.string().trim().min(1, "validation.required").max(5_000),
  })
  .meta({ id: "ScreeningHitDecision" });

export const ZScreeningRun = z
  .object({
    id: z.uuid(),
    trigger: z.string(),
    query: z.object({ names: z.array(z.string()), country: z.string().nullable(), schema: z.string() }),
    listVersions: z.record(
      z.string(),
      z.object({ versionId: z.string(), label: z.string(), seq: z.number() }),
    ),
    engineVersion: z.string(),
    configVersion: z.string(),
    threshold: z.number(),
    candidates: z.array(z.unknown()),
    outcome: z.enum(["clear", "hit"]),
    hitCount: z.number().int(),
    suppressedCount: z.number().int(),
    performedAt: z.string(),
  })
  .meta({ id: "ScreeningRun" });
export type TScreeningRun = z.infer<typeof ZScreeningRun>;

export const ZSubjectScreening = z
  .object({
    status: z.enum(SUBJECT_STATUSES),
    hits: z.array(ZScreeningHit),
    runs: z.array(ZScreeningRun),
  })
  .meta({ id: "SubjectScreening" });
export type TSubjectScreening = z.infer<typeof ZSubjectScreening>;
