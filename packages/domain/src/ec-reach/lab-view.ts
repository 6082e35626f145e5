import { compareDates, type IsoDate } from "../shared/dates";

/**
 * The lab view (issue 15 item 2, C17): for each visitor or foreign student, whether they hold current
 * export-control training. Read from the training records of issue 13 (a person known by e-mail);
 * a visitor with no account of the institution is "unknown", never "trained".
 */
export type LabTrainingStatus = "current" | "expired" | "none" | "unknown";

export function labTrainingStatus(
  completions: { topic: string; expiresOn: IsoDate | null }[] | null,
  today: IsoDate,
): LabTrainingStatus {
  if (completions === null) {
    return "unknown";
  }
  const mine = completions.filter((c) => c.topic === "export_control");
  if (mine.length === 0) {
    return "none";
  }
  return mine.some((c) => c.expiresOn === null || compareDates(today, c.expiresOn) <= 0)
    ? "current"
    : "expired";
}
