import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WEB = path.join(ROOT, "apps/web");
const BUILT = path.join(WEB, "dist/index.html");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the SPA when dist is missing or older than its sources, so journeys never test a stale UI. */
export function ensureWebBuilt(): void {
  const sources = Math.max(
    newestMtime(path.join(WEB, "src")),
    statSync(path.join(WEB, "index.html")).mtimeMs,
    statSync(path.join(WEB, "vite.config.ts")).mtimeMs,
  );
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) {
    return;
  }
  execSync("npm run build -w @renkei/web", { cwd: ROOT, stdio: "inherit" });
}
