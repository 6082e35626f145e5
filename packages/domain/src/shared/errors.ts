/**
 * The closed set of error codes (architecture §8.8). `apps/server/src/http/errors.ts` maps each to an
 * HTTP status with an exhaustive switch, so adding a code here fails compilation until it is mapped.
 */
export const ERROR_CODES = [
  /** Input failed validation; `details.issues` lists the fields. */
  "VALIDATION_FAILED",
  /** No session, or the session expired. */
  "UNAUTHENTICATED",
  /** Signed in, but the role lacks the permission. */
  "FORBIDDEN",
  /** Missing, or not visible to this actor (the two are deliberately indistinguishable). */
  "NOT_FOUND",
  /** It existed and was deliberately removed (a destroyed confidential file); `details` say when and why. */
  "GONE",
  /** The row changed since the client read it, or a uniqueness rule was hit. */
  "CONFLICT",
  /** Too many failed sign-ins; retry later. */
  "RATE_LIMITED",
  /** CSRF token missing or wrong. */
  "CSRF_FAILED",
  /** A workflow or business rule refused the change; `details.reasons` says why. */
  "RULE_VIOLATION",
  /** An import file could not be read or had row errors; nothing was written. */
  "IMPORT_FAILED",
  /** The database is away (restarting, unreachable); retry after the `Retry-After` seconds. */
  "UNAVAILABLE",
  /** The request body is over the route's size limit (`details.limitBytes`); it was not read whole. */
  "TOO_LARGE",
  /** Unexpected failure; logged with the request id. */
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? code);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
