import { z } from "zod";
import { parseCsv } from "../shared/csv";
import { addMonths, compareDates, type IsoDate } from "../shared/dates";
import type { Decision, Reason } from "../shared/decision";
import { coiReason } from "./coi-rules";

/** Training records (seed coverage M1–M5, C1, C2): courses, completions with expiry, requirements. */

export const TRAINING_TOPICS = ["export_control", "trade_secrets", "coi", "research_security"] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];
export const TRAINING_PURPOSES = ["trip", "join_case", "declare"] as const;
export type TrainingPurpose = (typeof TRAINING_PURPOSES)[number];

export interface Completion {
  topic: TrainingTopic;
  courseTitle: string;
  completedOn: IsoDate;
  expiresOn: IsoDate | null;
}

/** A completion's expiry: the course's validity in months after completion (null = does not expire). */
export function completionExpiry(completedOn: IsoDate, validityMonths: number | null): IsoDate | null {
  return validityMonths === null ? null : addMonths(completedOn, validityMonths);
}

/** Whether the person holds current training in every topic the institution requires for `purpose`. */
export function trainingCheck(
  purpose: TrainingPurpose,
  requirements: Partial<Record<TrainingPurpose, TrainingTopic[]>>,
  completions: Completion[],
  today: IsoDate,
): Decision<"allowed" | "denied"> {
  const reasons: Reason[] = [];
  for (const topic of requirements[purpose] ?? []) {
    const mine = completions.filter((c) => c.topic === topic);
    if (mine.length === 0) {
      reasons.push(coiReason("TRAIN-MISSING", topic));
    } else if (!mine.some((c) => c.expiresOn === null || compareDates(today, c.expiresOn) <= 0)) {
      reasons.push(coiReason("TRAIN-EXPIRED", topic));
    }
  }
  return { outcome: reasons.length === 0 ? "allowed" : "denied", reasons, dataVersions: {} };
}

const ZRow = z.object({
  email: z.email("validation.email").max(320),
  course: z.string().trim().min(1, "validation.required").max(50),
  completed_on: z.iso.date("validation.date"),
});
export type TrainingImportRow = { line: number; email: string; courseCode: string; completedOn: IsoDate };

/**
 * Parses an e-learning export (`email,course,completed_on`, header required). Every bad line is
 * reported; the caller writes nothing unless `errors` is empty (all-or-nothing import).
 */
export function parseTrainingCsv(text: string) {
  return parseTrainingTable(parseCsv(text, ",", { keepEmptyLines: true }));
}

/** The same for a table already read (CSV or .xlsx) by the server's bounded import reader. */
export function parseTrainingTable(raw: string[][]): {
  rows: TrainingImportRow[];
  errors: { line: number; message: string }[];
} {
  const [header, ...body] = raw;
  const errors: { line: number; message: string }[] = [];
  const cols = (header ?? []).map((h) => h.trim().toLowerCase());
  for (const need of ["email", "course", "completed_on"]) {
    if (!cols.includes(need)) {
      errors.push({ line: 1, message: `missing column ${need}` });
    }
  }
  if (errors.length > 0) {
    return { rows: [], errors };
  }
  const rows: TrainingImportRow[] = [];
  body.forEach((cells, idx) => {
    if (cells.every((c) => c.trim() === "")) {
      return;
    }
    const rec = Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? "").trim()]));
    const parsed = ZRow.safeParse(rec);
    if (!parsed.success) {
      errors.push({
        line: idx + 2,
        message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
      });
      return;
    }
    rows.push({
      line: idx + 2,
      email: parsed.data.email.toLowerCase(),
      courseCode: parsed.data.course,
      completedOn: parsed.data.completed_on,
    });
  });
  return { rows, errors };
}
