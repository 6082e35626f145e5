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

/** Serves a file below `root`, refusing any path that escapes it; null when there is no such file. */
export async function serveFile(c: Context, root: string, relative: string, cacheSeconds = 0) {
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(path.resolve(root) + path.sep)) {
    return null;
  }
  try {
    if (!(await stat(file)).isFile()) {
      return null;
    }
  } catch {
    return null;
  }
  const body = await readFile(file);
  return c.body(body, 200, {
    "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    "cache-control": cacheSeconds ? `public, max-age=${cacheSeconds}, immutable` : "no-cache",
  });
}
