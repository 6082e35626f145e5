import {
  CLASSIFICATION_LIST_ITEMS,
  DESK_ABOUT_KINDS,
  DESK_CONVERSION_KINDS,
  DESK_STATUSES,
  DESK_TOPICS,
  MEMBER_RESIDENCIES,
} from "@renkei/domain";
import { z } from "zod";
import { ZCountryCode } from "./common";

/** HTTP contract of the consultation desk and lab profiles (issue 17 item 2). Rules live in the domain. */

const text = (max: number) => z.string().trim().max(max, "validation.too_long");
const required = (max: number) => text(max).min(1, "validation.required");
const ZUserRef = z.object({ id: z.uuid(), displayName: z.string() });

export const ZDeskAsk = z
  .object({
    topic: z.enum(DESK_TOPICS),
    subject: required(200),
    body: required(10_000),
    /** The record the question is about; its label is read from the record, never sent. */
    about: z.object({ kind: z.enum(DESK_ABOUT_KINDS), id: z.uuid() }).nullish(),
  })
  .meta({ id: "DeskAsk" });
export type TDeskAsk = z.input<typeof ZDeskAsk>;

export const ZDeskReply = z.object({ body: required(10_000), version: z.number().int().min(1) }).meta({
  id: "DeskReply",
});
export const ZDeskStateChange = z
  .object({ to: z.enum(["closed", "reopened"]), version: z.number().int().min(1) })
  .meta({ id: "DeskStateChange" });

export const ZDeskConvert = z
  .object({
    kind: z.enum(DESK_CONVERSION_KINDS),
    version: z.number().int().min(1),
    /** Which of the lab's listed technologies to start from (the asker's lab profile). */
    technologyIndex: z.number().int().min(0).max(49).default(0),
  })
  .meta({ id: "DeskConvert" });

export const ZDeskListQuery = z.object({
  topic: z.enum(DESK_TOPICS).optional(),
  status: z.enum(DESK_STATUSES).optional(),
  /** "mine": questions I asked; "inbox": my office's questions. */
  box: z.enum(["mine", "inbox"]).default("mine"),
  aboutKind: z.enum(DESK_ABOUT_KINDS).optional(),
  aboutId: z.uuid().optional(),
});

export const ZDeskQuestionSummary = z
  .object({
    id: z.uuid(),
    ref: z.string(),
    topic: z.enum(DESK_TOPICS),
    subject: z.string(),
    status: z.enum(DESK_STATUSES),
    asker: ZUserRef.nullable(),
    about: z.object({ kind: z.enum(DESK_ABOUT_KINDS), id: z.uuid(), label: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "DeskQuestionSummary" });

export const ZDeskQuestion = ZDeskQuestionSummary.extend({
  body: z.string(),
  version: z.number().int(),
  messages: z.array(
    z.object({
      id: z.uuid(),
      author: ZUserRef.nullable(),
      fromOffice: z.boolean(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  conversions: z.array(
    z.object({
      kind: z.enum(DESK_CONVERSION_KINDS),
      recordId: z.uuid(),
      label: z.string(),
      createdAt: z.string(),
    }),
  ),
  /** What this reader may do now (the server decides; the page only shows the buttons). */
  can: z.object({
    reply: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean(),
    convert: z.array(z.enum(DESK_CONVERSION_KINDS)),
  }),
}).meta({ id: "DeskQuestion" });
export type TDeskQuestion = z.infer<typeof ZDeskQuestion>;
export type TDeskQuestionSummary = z.infer<typeof ZDeskQuestionSummary>;

// --- Lab profiles -----------------------------------------------------------------------------------

export const ZLabTechnology = z.object({
  listItem: z
    .enum(CLASSIFICATION_LIST_ITEMS)
    .nullish()
    .transform((v) => v ?? null),
  clause: text(300)
    .nullish()
    .transform((v) => (v ? v : null)),
  description: required(1000),
});

export const ZLabForeignMember = z.object({
  name: required(200),
  country: ZCountryCode,
  residency: z.enum(MEMBER_RESIDENCIES),
  tokutei: z.boolean().default(false),
});

export const ZLabProfileInput = z
  .object({
    labName: required(200),
    fields: z.array(required(100)).max(20).default([]),
    technologies: z.array(ZLabTechnology).max(50).default([]),
    foreignMembers: z.array(ZLabForeignMember).max(200).default([]),
    notes: text(5000).default(""),
  })
  .meta({ id: "LabProfileInput" });
export type TLabProfileInput = z.input<typeof ZLabProfileInput>;

export const ZLabProfileSave = z.object({
  /** Whose lab; omit for your own. Only the export-control office keeps another head's profile. */
  headUserId: z.uuid().nullish(),
  /** The version read, or 0 for a new profile. */
  version: z.number().int().min(0),
  profile: ZLabProfileInput,
});

const ZPrefillEntry = z.object({
  classification: z.object({
    itemKind: z.literal("technology"),
    name: z.string(),
    description: z.string(),
    listItem: z.string().nullable(),
    listClause: z.string().nullable(),
  }),
  review: z.object({ description: z.string(), facts: z.record(z.string(), z.unknown()) }),
});

export const ZLabProfile = z
  .object({
    id: z.uuid(),
    head: ZUserRef,
    labName: z.string(),
    fields: z.array(z.string()),
    technologies: z.array(
      z.object({ listItem: z.string().nullable(), clause: z.string().nullable(), description: z.string() }),
    ),
    foreignMembers: z.array(
      z.object({
        name: z.string(),
        country: z.string(),
        residency: z.enum(MEMBER_RESIDENCIES),
        tokutei: z.boolean(),
      }),
    ),
    notes: z.string(),
    confirmed: z.boolean(),
    confirmedBy: ZUserRef.nullable(),
    confirmedAt: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    /** What the 該非判定 and 取引審査 forms start from, per listed technology. */
    prefill: z.array(ZPrefillEntry),
  })
  .meta({ id: "LabProfile" });
export type TLabProfile = z.infer<typeof ZLabProfile>;

/** What a new 該非判定 or 取引審査 form starts from: a lab's profile, per listed technology (domain `labPrefill`). */
export const ZLabPrefill = z
  .object({
    headUserId: z.uuid(),
    labName: z.string(),
    /** Whether the export-control office confirmed the profile as it stands. */
    confirmed: z.boolean(),
    technologies: z.array(ZPrefillEntry.extend({ description: z.string() })).min(1),
  })
  .meta({ id: "LabPrefill" });
export type TLabPrefill = z.infer<typeof ZLabPrefill>;

export const ZLabPrefillQuery = z.object({
  /** Whose lab; omit for your own. */
  headUserId: z.uuid().optional(),
});
