import { DomainError } from "@renkei/domain";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./context";

/**
 * Input limits that hold before any handler runs (issue 10, items 8 and 11). A request body is cut off
 * while it streams in — a 300 MB anonymous sign-in body or a 200 MB "document" is never read whole — and
 * a JSON body is parsed here once, so malformed JSON, deep nesting and characters PostgreSQL cannot store
 * become a 400 naming the problem instead of a 500 from deep inside the stack.
 */

/** JSON bodies: generous for every form and the assess facts, small enough that no body costs memory. */
export const DEFAULT_BODY_BYTES = 1024 * 1024;
/** Multipart envelope (boundaries, field names) on top of a route's file limit. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** No form of the API nests deeper than a handful of levels; 32 leaves room and stops stack-depth attacks. */
export const MAX_JSON_DEPTH = 32;

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** NUL (PostgreSQL text cannot hold it) and unpaired UTF-16 surrogates (not encodable as UTF-8). */
const UNSTORABLE = new RegExp(
  `${String.fromCharCode(0)}|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`,
);

function invalid(path: string, message: string, text: string): DomainError {
  return new DomainError("VALIDATION_FAILED", text, { issues: [{ path, message }] });
}

/** The first place in a parsed JSON value that is too deep or holds an unstorable character. */
export function jsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): DomainError | null {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === "string") {
      if (UNSTORABLE.test(v)) {
        return invalid(
          path,
          "validation.unstorable_character",
          "Text contains a character that cannot be stored",
        );
      }
      continue;
    }
    if (v === null || typeof v !== "object") {
      continue;
    }
    if (depth >= maxDepth) {
      return invalid(path, "validation.too_deep", `JSON nested deeper than ${maxDepth} levels`);
    }
    for (const [k, child] of Object.entries(v)) {
      if (UNSTORABLE.test(k)) {
        return invalid(
          path,
          "validation.unstorable_character",
          "A key contains a character that cannot be stored",
        );
      }
      stack.push({ v: child, path: path ? `${path}.${k}` : k, depth: depth + 1 });
    }
  }
  return null;
}

function tooLarge(maxBytes: number): never {
  throw new DomainError("TOO_LARGE", `The request body is larger than ${maxBytes} bytes`, {
    limitBytes: maxBytes,
  });
}

/**
 * One route's body guard: the size limit while streaming, then (for JSON) parse, depth and characters.
 * The parsed value is left in Hono's body cache, so the route's validator does not parse it again.
 */
export function bodyGuard(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({ maxSize: maxBytes, onError: () => tooLarge(maxBytes) });
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) {
      return next();
    }
    return limit(c, async () => {
      const type = c.req.header("content-type") ?? "";
      if (/^application\/([\w.-]+\+)?json\b/i.test(type)) {
        const text = await c.req.text();
        let parsed: unknown;
        try {
          parsed = text.trim() === "" ? undefined : JSON.parse(text);
        } catch {
          throw invalid("", "validation.malformed_json", "Malformed JSON in request body");
        }
        const problem = jsonProblem(parsed);
        if (problem) {
          throw problem;
        }
        c.req.bodyCache.json = Promise.resolve(parsed);
      }
      await next();
    });
  };
}

/** Query strings and path segments with NUL or unpaired surrogates are refused before any lookup. */
export function queryGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(new URL(c.req.url).search + c.req.path);
    } catch {
      throw invalid("", "validation.malformed_url", "Malformed percent-encoding in the address");
    }
    if (UNSTORABLE.test(decoded)) {
      throw invalid(
        "",
        "validation.unstorable_character",
        "The address contains a character that cannot be stored",
      );
    }
    await next();
  };
}

/**
 * The multipart form of a file route. A request that is not multipart (no body, JSON, a broken
 * boundary) makes the platform's parser throw a TypeError; here it is the caller's mistake, a 400.
 */
export async function readForm(c: { req: { formData(): Promise<FormData> } }): Promise<FormData> {
  try {
    return await c.req.formData();
  } catch {
    throw invalid("file", "validation.malformed_body", "Send the file as multipart/form-data");
  }
}
