import { type FieldIssue, isApiError } from "../api/client";
import type { I18n } from "./i18n";

/** Field name → raw message key (translated when shown). */
export type FieldErrors = Record<string, string>;

interface RawIssue {
  path: readonly PropertyKey[] | string;
  message: string;
}

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly RawIssue[] } };
}

/** Keeps the first message per field; `prefix` strips a wrapper (e.g. `partner.` in an update body). */
export function toFieldErrors(issues: readonly (RawIssue | FieldIssue)[], prefix = ""): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    let path = typeof issue.path === "string" ? issue.path : issue.path.map(String).join(".");
    if (prefix && path.startsWith(prefix)) {
      path = path.slice(prefix.length);
    }
    const field = path.split(".")[0] || "_form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Client-side check with the same contract schema the server uses (architecture §8.24). */
export function validateWith(schema: SafeParser, values: unknown): FieldErrors {
  const result = schema.safeParse(values);
  return result.success ? {} : toFieldErrors(result.error.issues);
}

/** Server VALIDATION_FAILED issues mapped onto fields; empty for other errors. */
export function serverFieldErrors(error: unknown, prefix = ""): FieldErrors {
  return isApiError(error) && error.code === "VALIDATION_FAILED" ? toFieldErrors(error.issues, prefix) : {};
}

/** A sentence for an error banner, keyed by the contract's error code. */
export function errorMessage(i18n: I18n, error: unknown): string {
  if (isApiError(error)) {
    return i18n.t(`error.${error.code}`);
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * A field problem as a sentence that names the field, for summaries away from the field itself:
 * 「件名」を入力してください / "Please enter the title." Without a label, the message alone: the
 * field's internal path (`caseId`, `recipient.nationality`) is never shown (issue 11 item 6).
 */
export function labelledMessage(i18n: I18n, raw: string, label: string | undefined): string {
  if (!label) {
    return i18n.msg(raw);
  }
  if (raw === "validation.required") {
    // "Title" → "the title", but "PI" stays "PI".
    const en = /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
    return i18n.t("validation.required.labelled", { label: i18n.locale === "en" ? en : label });
  }
  return i18n.t("validation.labelled", { label, message: i18n.msg(raw) });
}

/** Props helper: `{...fieldError(errors, "legalName", i18n)}` → `{ error: "入力してください。" }`. */
export function fieldError(errors: FieldErrors, field: string, i18n: I18n): { error?: string } {
  const raw = errors[field];
  return raw ? { error: i18n.msg(raw) } : {};
}

/** Today as `YYYY-MM-DD` in the browser's time zone (default for date inputs). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
