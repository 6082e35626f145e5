import { z } from "zod";
import { compareDates, type IsoDate } from "../shared/dates";
import type { Role } from "../shared/roles";

/**
 * The security-clearance register (research-security.md J9; 重要経済安保情報の保護及び活用に関する法律
 * 適性評価, 特定秘密保護法 適性評価). The facts are kept for one stated purpose and read by the designated
 * officer only: this one function decides every read of the register, and no other read path calls
 * the register at all (no search, export, home count, hub or COI view).
 */

export const SECURITY_CLEARANCE_SCHEMES = ["economic_security", "specially_designated_secrets"] as const;
export type SecurityClearanceScheme = (typeof SECURITY_CLEARANCE_SCHEMES)[number];

export interface ClearanceViewer {
  role: Role;
  /** The role holds `clearance.register` (checked by the route before this is asked). */
  holdsPermission: boolean;
  /** The institution designated this user as its clearance officer. */
  designated: boolean;
}

/** Both are needed: the permission of the role AND the institution's designation of the person. */
export function clearanceAccess(v: ClearanceViewer): "keep" | "none" {
  return v.holdsPermission && v.designated ? "keep" : "none";
}

const text = (max: number) => z.string().trim().max(max, "validation.too_long");

export const ZClearanceInput = z
  .object({
    subjectUserId: z.uuid(),
    scheme: z.enum(SECURITY_CLEARANCE_SCHEMES),
    purpose: text(500).min(1, "validation.required"),
    assessedOn: z.iso.date(),
    validUntil: z.iso.date(),
    assessingBody: text(200).default(""),
    notes: text(2000).default(""),
  })
  .refine((v) => compareDates(v.validUntil, v.assessedOn) >= 0, {
    path: ["validUntil"],
    message: "validation.date_order",
  });
export type ClearanceInput = z.infer<typeof ZClearanceInput>;

/** A record is current when valid and not past its end date; otherwise the register shows it as lapsed. */
export function clearanceState(
  r: { status: "valid" | "revoked"; validUntil: IsoDate },
  today: IsoDate,
): "current" | "lapsed" | "revoked" {
  if (r.status === "revoked") {
    return "revoked";
  }
  return compareDates(today, r.validUntil) <= 0 ? "current" : "lapsed";
}
