import { DomainError, type ErrorCode } from "@renkei/domain";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The one place where error codes become HTTP statuses (architecture §8.8). The switch is exhaustive:
 * a new code in the domain fails compilation here until it is mapped.
 */
export function statusFor(code: ErrorCode): ContentfulStatusCode {
  switch (code) {
    case "VALIDATION_FAILED":
      return 400;
    case "UNAUTHENTICATED":
      return 401;
    case "FORBIDDEN":
    case "CSRF_FAILED":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "GONE":
      return 410;
    case "RULE_VIOLATION":
    case "IMPORT_FAILED":
      return 422;
    case "RATE_LIMITED":
      return 429;
    case "TOO_LARGE":
      return 413;
    case "INTERNAL":
      return 500;
    case "UNAVAILABLE":
      return 503;
    default: {
      const unreachable: never = code;
      throw new Error(`unmapped error code ${String(unreachable)}`);
    }
  }
}

export function errorBody(err: DomainError, requestId?: string) {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
      ...(requestId ? { requestId } : {}),
    },
  };
}

/** A zod issue as far as the mapping below reads it. */
interface RawIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  format?: string;
  origin?: string;
  minimum?: number | bigint;
}

/** Message keys the contract and domain set themselves (`validation.country_code`, `import.…`). */
const MESSAGE_KEY = /^[a-z_]+(\.[a-z0-9_]+)+(:\d+)?$/;

/**
 * The message key of a zod issue: the schema's own key, or one chosen by the issue's kind, so that
 * zod's developer text ("Invalid uuid", "Too small: expected string to have >=1 characters") never
 * reaches a user (issue 11 item 6). The web words each key with the field's label.
 */
export function issueMessageKey(issue: RawIssue): string {
  if (MESSAGE_KEY.test(issue.message)) {
    return issue.message;
  }
  switch (issue.code) {
    case "invalid_type":
      return /received (undefined|null)/.test(issue.message) ? "validation.required" : "validation.invalid";
    case "invalid_format":
      return issue.format === "uuid" || issue.format === "guid"
        ? "validation.choose_from_list"
        : issue.format === "date"
          ? "validation.date"
          : issue.format === "email"
            ? "validation.email"
            : "validation.invalid";
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) <= 1
        ? "validation.required"
        : issue.origin === "array" || issue.origin === "set"
          ? "validation.too_few"
          : "validation.too_small";
    case "too_big":
      return issue.origin === "string" ? "validation.too_long" : "validation.too_big";
    case "invalid_value":
    case "invalid_union":
      return "validation.choose_option";
    default:
      return "validation.invalid";
  }
}

/** Turns a zod issue list into the VALIDATION_FAILED error the web shows field by field. */
export function validationError(issues: RawIssue[]): DomainError {
  return new DomainError("VALIDATION_FAILED", "Invalid input", {
    issues: issues.map((i) => ({ path: i.path.map(String).join("."), message: issueMessageKey(i) })),
  });
}

/**
 * Connection-level failures (issue 10 item 6): the server shut down or restarted (57P01–57P03), the
 * connection broke (08xxx), or no connection could be made. The pool reconnects on the next request.
 */
const CONNECTION_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);
const CONNECTION_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    i++
  ) {
    const code = typeof e.code === "string" ? e.code : "";
    if (CONNECTION_CODES.has(code) || CONNECTION_ERRNO.has(code)) {
      return true;
    }
    if (typeof e.message === "string" && CONNECTION_MESSAGES.test(e.message)) {
      return true;
    }
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * PostgreSQL data errors the input caused (SQLSTATE class 22 and 23, and a value too large for an index)
 * surface as CONFLICT / VALIDATION_FAILED rather than 500: the transaction rolled back, nothing was
 * written, and the caller can correct the input. The message never repeats the database's text, which
 * may quote another row's values.
 */
export function fromDatabaseError(err: unknown): DomainError | null {
  const code =
    (err as { code?: string; cause?: { code?: string } })?.code ??
    (err as { cause?: { code?: string } })?.cause?.code;
  if (typeof code !== "string") {
    return null;
  }
  if (code === "23505") {
    return new DomainError("CONFLICT", "Duplicate value");
  }
  if (code === "23503") {
    return new DomainError("VALIDATION_FAILED", "Unknown reference", {
      issues: [{ path: "", message: "validation.unknown_record" }],
    });
  }
  if (code.startsWith("22") || code.startsWith("23") || code === "54000") {
    return new DomainError("VALIDATION_FAILED", "Value rejected by the database");
  }
  return null;
}
