import { TRAINING_PURPOSES, TRAINING_TOPICS, ZFundingApplicationInput } from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate, ZReason, ZUuid } from "./common";

/** Issue 13 items 7 and 10: funding applications (J2) and training records (M1–M5), request and response shapes. */

const ZCheck = z.object({ outcome: z.string(), reasons: z.array(ZReason) });

/** The flagged programme (特定研究開発プログラム, J7) the application is made under, if any. */
const programmeId = ZUuid.nullish().transform((v) => v ?? null);
export const ZFundingCreate = ZFundingApplicationInput.extend({
  /** The researcher the application is for: oneself, or the researcher whose delegate one is. */
  userId: ZUuid.nullish().transform((v) => v ?? null),
  programmeId,
}).meta({ id: "FundingApplicationInput" });
export const ZFundingSave = ZFundingApplicationInput.extend({
  version: z.number().int().min(1),
  programmeId,
});
export const ZFundingPledge = z.object({
  version: z.number().int().min(1),
  /** The researcher confirms the pledge text shown (J2); anything but `true` is refused. */
  pledge: z.literal(true, { error: "validation.pledge_required" }),
});

export const ZFundingSummary = z.object({
  id: ZUuid,
  userId: ZUuid,
  userName: z.string(),
  funder: z.string(),
  programme: z.string(),
  title: z.string(),
  pledgedOn: z.string().nullable(),
  check: z.enum(["match", "mismatch"]),
  updatedAt: z.string(),
});

export const ZFundingView = ZFundingSummary.extend({
  version: z.number().int(),
  programmeId: ZUuid.nullable(),
  application: ZFundingApplicationInput,
  pledgedByName: z.string().nullable(),
  pledgeText: z.object({ version: z.string(), ja: z.string(), en: z.string() }),
  profileVersion: z.number().int().nullable(),
  checkReasons: z.array(ZReason),
  canEdit: z.boolean(),
  canPledge: z.boolean(),
}).meta({ id: "FundingApplication" });
export type TFundingView = z.infer<typeof ZFundingView>;

export const ZFundingPrefill = ZFundingApplicationInput.pick({
  declaredSupport: true,
  declaredAffiliations: true,
  declaredTalentProgrammes: true,
});

/** What an applicant picks the programme from: its name and funder only, never its flag or reviews. */
export const ZFundingProgrammeOptions = z.object({
  items: z.array(z.object({ id: ZUuid, name: z.string(), funder: z.string() })),
});

// Training (M1–M5, C1, C2)

export const ZCourseInput = z
  .object({
    code: z.string().trim().min(1, "validation.required").max(50, "validation.too_long"),
    title: z.string().trim().min(1, "validation.required").max(200, "validation.too_long"),
    topic: z.enum(TRAINING_TOPICS),
    validityMonths: z.number().int().min(1).max(120).nullable(),
  })
  .meta({ id: "TrainingCourseInput" });
export const ZCourse = ZCourseInput.extend({ id: ZUuid });

export const ZCompletionInput = z.object({ userId: ZUuid, courseId: ZUuid, completedOn: ZIsoDate });
export const ZCompletion = z.object({
  id: ZUuid,
  userId: ZUuid,
  userName: z.string(),
  courseTitle: z.string(),
  topic: z.enum(TRAINING_TOPICS),
  completedOn: z.string(),
  expiresOn: z.string().nullable(),
  current: z.boolean(),
  source: z.enum(["manual", "csv"]),
});

export const ZTrainingRequirements = z
  .object(Object.fromEntries(TRAINING_PURPOSES.map((p) => [p, z.array(z.enum(TRAINING_TOPICS)).max(4)])))
  .partial() as z.ZodType<
  Partial<Record<(typeof TRAINING_PURPOSES)[number], (typeof TRAINING_TOPICS)[number][]>>
>;

export const ZTrainingOverview = z.object({
  courses: z.array(ZCourse),
  requirements: ZTrainingRequirements,
  /** The caller's own completions and, per purpose, whether the institution's requirement is met. */
  mine: z.array(ZCompletion),
  myChecks: z.array(z.object({ purpose: z.enum(TRAINING_PURPOSES) }).extend(ZCheck.shape)),
  /** Everyone's completions, for those who keep the records (`training.manage`); empty otherwise. */
  completions: z.array(ZCompletion),
  canManage: z.boolean(),
});

export const ZTrainingImportReport = z.object({
  mode: z.enum(["preview", "commit"]),
  rows: z.array(
    z.object({
      line: z.number().int(),
      userName: z.string(),
      courseTitle: z.string(),
      completedOn: z.string(),
      expiresOn: z.string().nullable(),
      duplicate: z.boolean(),
    }),
  ),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  written: z.number().int(),
});
export type TTrainingImportReport = z.infer<typeof ZTrainingImportReport>;

/** The committee's monitoring list of management plans (seed 003 TMDU), soonest date first. */
export const ZPlanListItem = z.object({
  id: ZUuid,
  declarationId: ZUuid,
  declarantName: z.string(),
  monitorName: z.string().nullable(),
  conditions: z.array(z.string()),
  startsOn: z.string(),
  monitoringOn: z.string(),
  lastMonitoredOn: z.string().nullable(),
  monitoringNotes: z.string(),
  status: z.enum(["active", "closed"]),
  state: z.enum(["closed", "overdue", "due_soon", "scheduled"]),
  version: z.number().int(),
});
export type TPlanListItem = z.infer<typeof ZPlanListItem>;
