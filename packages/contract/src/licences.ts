import { LICENCE_APPLICATION_STATUSES, LICENCE_LINK_KINDS } from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate, ZUuid } from "./common";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.too_long")
    .nullish()
    .transform((v) => (v ? v : null));
const optionalDate = ZIsoDate.nullish().transform((v) => v ?? null);

/** The editable details of a licence application; the status moves only through the transition route. */
export const ZLicenceInput = z
  .object({
    title: z.string().trim().min(1, "validation.required").max(300, "validation.too_long"),
    metiNumber: optionalText(100),
    filedOn: optionalDate,
    decidedOn: optionalDate,
    validFrom: optionalDate,
    validUntil: optionalDate,
    conditions: z.string().max(10_000, "validation.too_long").default(""),
    linkKind: z.enum(LICENCE_LINK_KINDS).default("other"),
    linkRef: optionalText(200),
    holderUserId: ZUuid.nullish().transform((v) => v ?? null),
    notes: z.string().max(10_000, "validation.too_long").default(""),
  })
  .meta({ id: "LicenceInput" });

export const ZLicenceUpdate = z.object({ version: z.number().int(), licence: ZLicenceInput });

export const ZLicenceTransition = z
  .object({
    to: z.enum(LICENCE_APPLICATION_STATUSES),
    version: z.number().int(),
    /** Details recorded with the change (filing date, METI number, validity). */
    metiNumber: optionalText(100),
    filedOn: optionalDate,
    decidedOn: optionalDate,
    validFrom: optionalDate,
    validUntil: optionalDate,
  })
  .meta({ id: "LicenceTransition" });

export const ZLicenceListQuery = z.object({
  status: z.enum(LICENCE_APPLICATION_STATUSES).optional(),
  linkRef: z.string().max(200).optional(),
});

export const ZLicence = z
  .object({
    id: ZUuid,
    title: z.string(),
    status: z.enum(LICENCE_APPLICATION_STATUSES),
    metiNumber: z.string().nullable(),
    filedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    conditions: z.string(),
    linkKind: z.enum(LICENCE_LINK_KINDS),
    linkRef: z.string().nullable(),
    holderUserId: ZUuid.nullable(),
    holderName: z.string().nullable(),
    notes: z.string(),
    remindersSent: z.array(z.number().int()),
    expiry: z.enum(["expired", "soon", "upcoming"]).nullable(),
    daysLeft: z.number().int().nullable(),
    retainUntil: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "Licence" });
export type TLicence = z.infer<typeof ZLicence>;
