import { CASE_KINDS, EMERGING_TECH_CATEGORIES, PARTNER_TYPES, REGIONS } from "@renkei/domain";
import { z } from "zod";
import { ZUuid } from "./common";

// Dashboards, hub advice and the anonymised case library (issue 16 §4, §6, §7).
const ZLabel = z.object({ ja: z.string(), en: z.string() });
const ZPanelUnit = z.enum(["count", "yen", "ratio", "days"]);

export const ZDashboardKind = z.enum(["executive", "export_control", "collaboration"]);

export const ZDashboard = z
  .object({
    kind: ZDashboardKind,
    fiscalYear: z.number().int(),
    kpis: z.array(
      z.object({ id: z.string(), label: ZLabel, value: z.number().nullable(), unit: ZPanelUnit }),
    ),
    panels: z.array(
      z.object({
        id: z.string(),
        title: ZLabel,
        chart: z.enum(["bar", "donut"]),
        charted: z.array(z.string()),
        series: z.array(
          z.object({ id: z.string(), label: ZLabel, unit: z.union([ZPanelUnit, z.literal("row")]) }),
        ),
        rows: z.array(
          z.object({
            key: z.string(),
            label: ZLabel,
            values: z.record(z.string(), z.number().nullable()),
            unit: ZPanelUnit.nullable(),
            figureId: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "Dashboard" });

const ZText = (max: number) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.too_long");

export const ZAdviceSubjectKind = z.enum(["review", "classification"]);

export const ZAdviceRequestInput = z
  .object({
    hubInstitutionId: ZUuid,
    subjectKind: ZAdviceSubjectKind,
    subjectId: ZUuid,
    question: ZText(4000),
  })
  .meta({ id: "AdviceRequestInput" });

export const ZAdviceAnswerInput = z.object({ answer: ZText(4000) }).meta({ id: "AdviceAnswerInput" });

export const ZAdvice = z
  .object({
    id: ZUuid,
    hubName: ZLabel,
    memberName: ZLabel,
    subjectKind: ZAdviceSubjectKind,
    subjectId: ZUuid,
    question: z.string(),
    requestedBy: z.string(),
    requestedAt: z.string(),
    answer: z.string().nullable(),
    answeredBy: z.string().nullable(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: "Advice" });

/** What the hub's officer reads of the member's record to advise on it (a hub read, audited). */
export const ZAdviceSubject = z.object({
  ref: z.string(),
  title: z.string(),
  description: z.string(),
  facts: z.array(z.object({ label: ZLabel, value: z.union([z.string(), ZLabel]) })),
});

export const ZAdviceInboxItem = ZAdvice.extend({ subject: ZAdviceSubject }).meta({ id: "AdviceInboxItem" });

export const ZLibraryPrepareInput = z
  .object({ caseId: ZUuid, lessons: ZText(4000) })
  .meta({ id: "LibraryPrepareInput" });

/** A released library entry: only what the anonymiser builds by rule, never a field of the source case. */
export const ZLibraryEntry = z
  .object({
    id: ZUuid,
    kind: z.enum(CASE_KINDS),
    partnerType: z.enum(PARTNER_TYPES),
    region: z.enum(REGIONS),
    amountBand: z.enum(["none", "lt10m", "lt50m", "ge50m"]),
    year: z.number().int(),
    riskFlags: z.array(z.enum(EMERGING_TECH_CATEGORIES)),
    outcome: z.enum(["signed", "declined", "withdrawn", "in_progress"]),
    lessons: z.string(),
    releasedAt: z.string().nullable(),
  })
  .meta({ id: "LibraryEntry" });

/** The publishing institution's own view: its entries with their state and source case. */
export const ZOwnLibraryEntry = ZLibraryEntry.extend({
  status: z.enum(["draft", "released", "withdrawn"]),
  sourceCaseId: ZUuid,
  sourceCaseRef: z.string(),
  preparedBy: z.string(),
  reviewedBy: z.string().nullable(),
  mayRelease: z.boolean(),
}).meta({ id: "OwnLibraryEntry" });

export const ZLibraryQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  region: z.enum(REGIONS).optional(),
});

export type TDashboard = z.infer<typeof ZDashboard>;
export type TDashboardKind = z.infer<typeof ZDashboardKind>;
export type TAdvice = z.infer<typeof ZAdvice>;
export type TAdviceInboxItem = z.infer<typeof ZAdviceInboxItem>;
export type TAdviceRequestInput = z.infer<typeof ZAdviceRequestInput>;
export type TLibraryEntry = z.infer<typeof ZLibraryEntry>;
export type TOwnLibraryEntry = z.infer<typeof ZOwnLibraryEntry>;

/** Key figures of each member that granted its hub the `figures` scope, side by side (issue 16 §5). */
export const ZHubFigures = z
  .object({
    fiscalYear: z.number().int(),
    rows: z.array(z.object({ id: z.string(), label: ZLabel, unit: z.enum(["count", "yen", "ratio"]) })),
    members: z.array(
      z.object({ institutionId: ZUuid, name: ZLabel, values: z.record(z.string(), z.number()) }),
    ),
  })
  .meta({ id: "HubFigures" });
export type THubFigures = z.infer<typeof ZHubFigures>;
