import { compareDates, type IsoDate } from "../shared/dates";
import type { Decision } from "../shared/decision";
import { coiReason } from "./coi-rules";
import type { ProfileAppointment } from "./coi-schemas";

/** The institution's rule (責務相反, J1): outside effort above this share gets a warning. */
export const DEFAULT_OUTSIDE_EFFORT_LIMIT = 20;

/**
 * Conflict of commitment: effort across the appointments in force today. Outside appointments (兼業,
 * cross-appointments, visiting, advisory) above the institution's limit warn; a total above 100 % is
 * impossible and warns too. A warning goes to the committee; it does not block by itself.
 */
export function commitmentCheck(
  appointments: ProfileAppointment[],
  today: IsoDate,
  outsideLimitPercent = DEFAULT_OUTSIDE_EFFORT_LIMIT,
): Decision<"ok" | "warning"> & { outsidePercent: number; totalPercent: number } {
  const inForce = appointments.filter(
    (a) => compareDates(a.from, today) <= 0 && (a.until === null || compareDates(today, a.until) <= 0),
  );
  const outside = inForce.filter((a) => a.kind !== "primary").reduce((s, a) => s + a.effortPercent, 0);
  const total = inForce.reduce((s, a) => s + a.effortPercent, 0);
  const reasons = [];
  if (outside > outsideLimitPercent) {
    reasons.push(coiReason("COC-OVER-THRESHOLD", `${outside}% > ${outsideLimitPercent}%`));
  }
  if (total > 100) {
    reasons.push(coiReason("COC-OVER-100", `${total}%`));
  }
  return {
    outcome: reasons.length === 0 ? "ok" : "warning",
    reasons,
    dataVersions: {},
    outsidePercent: outside,
    totalPercent: total,
  };
}
