import { MITIGATIONS, SECURITY_SUBJECT_ROLES, SECURITY_TIERS } from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate, ZReason, ZUuid } from "./common";

/**
 * The register of flagged programmes (特定研究開発プログラム, J7) and the research-security reviews of
 * their people. Review inputs the officer types are findings with citations; the rest (End User List
 * links through screening, foreign-government funding from the profile) the server reads itself. There
 * is no nationality field anywhere here, and unknown keys are dropped.
 */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");

export const ZProgrammeInput = z
  .object({
    name: text(300).min(1, "validation.required"),
    funder: text(300).default(""),
    flagged: z.boolean().default(true),
    technologyFields: z.array(text(100).min(1)).max(20).default([]),
    notes: text(5000).default(""),
    /** 0 for a new programme; the version read for an edit. */
    version: z.number().int().min(0).default(0),
  })
  .meta({ id: "SecurityProgrammeInput" });

export const ZProgrammeSummary = z.object({
  id: ZUuid,
  name: z.string(),
  funder: z.string(),
  flagged: z.boolean(),
  technologyFields: z.array(z.string()),
  notes: z.string(),
  version: z.number().int(),
  caseCount: z.number().int(),
  fundingCount: z.number().int(),
  reviewCount: z.number().int(),
  openMitigations: z.number().int(),
});

export const ZMitigationView = z.object({
  condition: z.enum(MITIGATIONS),
  status: z.enum(["open", "met"]),
  metOn: ZIsoDate.nullable(),
  note: z.string(),
});

export const ZProgrammeReview = z.object({
  id: ZUuid,
  subjectRole: z.enum(SECURITY_SUBJECT_ROLES),
  subjectName: z.string(),
  subjectUserId: ZUuid.nullable(),
  subjectPersonId: ZUuid.nullable(),
  tier: z.enum(SECURITY_TIERS).nullable(),
  reasons: z.array(ZReason),
  mitigations: z.array(ZMitigationView),
  reviewedAt: z.string(),
  version: z.number().int(),
});

/** One person the programme's cases bring in, and their newest review (null = not yet reviewed). */
export const ZProgrammeSubject = z.object({
  subjectRole: z.enum(SECURITY_SUBJECT_ROLES),
  name: z.string(),
  userId: ZUuid.nullable(),
  personId: ZUuid.nullable(),
  caseTitles: z.array(z.string()),
  review: ZProgrammeReview.nullable(),
});

export const ZProgrammeView = ZProgrammeSummary.extend({
  cases: z.array(z.object({ id: ZUuid, ref: z.string(), title: z.string() })),
  funding: z.array(z.object({ id: ZUuid, applicantName: z.string(), programme: z.string() })),
  subjects: z.array(ZProgrammeSubject),
  nationalityStatement: z.object({ ja: z.string(), en: z.string() }),
}).meta({ id: "SecurityProgramme" });
export type TProgrammeView = z.infer<typeof ZProgrammeView>;

export const ZProgrammeCaseLink = z.object({ caseId: ZUuid });

/** What the officer adds to a review: findings, each with its citation; the rest is read by the server. */
export const ZProgrammeReviewCreate = z
  .object({
    subjectRole: z.enum(SECURITY_SUBJECT_ROLES),
    subjectUserId: ZUuid.nullish().transform((v) => v ?? null),
    subjectPersonId: ZUuid.nullish().transform((v) => v ?? null),
    misconduct: z
      .array(z.object({ finding: text(500).min(1, "validation.required"), foundOn: ZIsoDate }))
      .max(20)
      .default([]),
    backgroundConcerns: z
      .array(
        z.object({
          institution: text(300).min(1, "validation.required"),
          reason: text(1000).min(1, "validation.required"),
        }),
      )
      .max(20)
      .default([]),
    evidence: z
      .array(z.object({ note: text(2000).min(1, "validation.required"), citation: text(500) }))
      .max(50)
      .default([]),
  })
  .refine((v) => (v.subjectUserId === null) !== (v.subjectPersonId === null), {
    path: ["subjectUserId"],
    message: "validation.required",
  })
  .meta({ id: "SecurityProgrammeReviewCreate" });

export const ZMitigationUpdate = z.object({
  version: z.number().int().min(1),
  index: z.number().int().min(0).max(20),
  status: z.enum(["open", "met"]),
  note: text(1000).default(""),
});
