import { SECURITY_CLEARANCE_SCHEMES, ZClearanceInput } from "@renkei/domain";
import { z } from "zod";
import { ZIsoDate, ZUuid } from "./common";

/** The security-clearance register (J9): read and kept by the designated officer only. */
export const ZClearanceCreate = ZClearanceInput.meta({ id: "SecurityClearanceInput" });
export const ZClearanceRevoke = z.object({ version: z.number().int().min(1) });
export const ZClearanceOfficer = z.object({ userId: ZUuid });

export const ZClearanceView = z.object({
  id: ZUuid,
  subjectUserId: ZUuid,
  subjectName: z.string(),
  scheme: z.enum(SECURITY_CLEARANCE_SCHEMES),
  purpose: z.string(),
  assessedOn: ZIsoDate,
  validUntil: ZIsoDate,
  assessingBody: z.string(),
  notes: z.string(),
  state: z.enum(["current", "lapsed", "revoked"]),
  version: z.number().int(),
});
export type TClearanceView = z.infer<typeof ZClearanceView>;

export const ZClearanceOfficers = z.object({
  items: z.array(z.object({ userId: ZUuid, name: z.string(), designatedAt: z.string() })),
});
