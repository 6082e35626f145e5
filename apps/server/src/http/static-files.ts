import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** Precompressed copies the web build writes beside each text asset (apps/web/vite.config.ts), best first. */
const ENCODINGS = [
  { token: "br", suffix: ".br" },
  { token: "gzip", suffix: ".gz" },
] as const;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function accepts(header: string | undefined, token: string): boolean {
  return (header ?? "")
    .split(",")
    .map((part) => part.trim().split(";"))
    .some(([name, q]) => name?.trim() === token && !/^\s*q=0(\.0*)?\s*$/.test(q ?? ""));
}

/**
 * Serves a file below `root`, refusing any path that escapes it or names a dot-file; null when there is
 * no such file. A brotli or gzip copy is sent when the client accepts it (issue 11 §9).
 */
export async function serveFile(c: Context, root: string, relative: string, cacheSeconds = 0) {
  const normal = path.posix.normalize(`/${relative}`);
  const file = path.resolve(root, `.${normal}`);
  if (!file.startsWith(path.resolve(root) + path.sep) || normal.split("/").some((s) => s.startsWith("."))) {
    return null;
  }
  if (!(await isFile(file))) {
    return null;
  }
  const headers: Record<string, string> = {
    "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    "cache-control": cacheSeconds ? `public, max-age=${cacheSeconds}, immutable` : "no-cache",
    vary: "accept-encoding",
  };
  for (const { token, suffix } of ENCODINGS) {
    if (accepts(c.req.header("accept-encoding"), token) && (await isFile(file + suffix))) {
      return c.body(await readFile(file + suffix), 200, { ...headers, "content-encoding": token });
    }
  }
  return c.body(await readFile(file), 200, headers);
}
