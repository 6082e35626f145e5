import type { TErrorResponse } from "@renkei/contract";
import type { ErrorCode } from "@renkei/domain";

/** A field-level problem reported by the server (`details.issues`) or by a client-side schema check. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Every failed API call becomes an ApiError carrying the contract's closed error code. */
export class ApiError extends Error {
  readonly code: ErrorCode | "NETWORK";
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode | "NETWORK",
    status: number,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** VALIDATION_FAILED issues, with paths as dotted strings. */
  get issues(): FieldIssue[] {
    const raw = this.details?.issues;
    if (!Array.isArray(raw)) {
      return [];
    }
    return raw
      .filter((i): i is { path: unknown; message: unknown } => typeof i === "object" && i !== null)
      .map((i) => ({
        path: Array.isArray(i.path) ? i.path.join(".") : String(i.path ?? ""),
        message: String(i.message ?? ""),
      }));
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

let csrfToken: string | null = null;

/** Remembered from the session response; sent as X-CSRF-Token on every non-GET request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export type QueryValue = string | number | boolean | string[] | null | undefined;

/** Builds `/api/v1<path>?…`, leaving out empty values and joining arrays with commas. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") {
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > 0) {
        params.set(key, value.join(","));
      }
      continue;
    }
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ""}`;
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  form?: FormData;
}

async function toApiError(res: Response): Promise<ApiError> {
  let payload: Partial<TErrorResponse> | null = null;
  try {
    payload = (await res.json()) as Partial<TErrorResponse>;
  } catch {
    payload = null;
  }
  const err = payload?.error;
  if (err?.code) {
    return new ApiError(err.code, res.status, err.message ?? err.code, err.details);
  }
  return new ApiError(res.status >= 500 ? "INTERNAL" : "NOT_FOUND", res.status, res.statusText);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  if (method !== "GET" && csrfToken) {
    headers["x-csrf-token"] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), { method, headers, body, credentials: "same-origin" });
  } catch (e) {
    throw new ApiError("NETWORK", 0, e instanceof Error ? e.message : "Network error");
  }
  if (!res.ok) {
    throw await toApiError(res);
  }
  if (res.status === 204) {
    return undefined as T;
  }
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>("GET", path, { query }),
  post: <T>(path: string, body?: unknown, query?: Record<string, QueryValue>) =>
    request<T>("POST", path, { body: body ?? {}, query }),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, { body }),
  del: <T>(path: string) => request<T>("DELETE", path),
  upload: <T>(path: string, form: FormData, query?: Record<string, QueryValue>) =>
    request<T>("POST", path, { form, query }),
};
