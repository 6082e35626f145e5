import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const WEB = path.join(ROOT, "apps/web");
const BUILT = path.join(WEB, "dist/index.html");

function newestMtime(target: string): number {
  if (!statSync(target).isDirectory()) {
    return statSync(target).mtimeMs;
  }
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/**
 * Builds the web UI when `apps/web/dist` is missing or older than anything it is built from (its own
 * sources and the domain / contract packages it imports), so `npm start` and the browser journeys never
 * serve a stale UI. Returns false when the build failed.
 */
export function ensureWebBuilt(): boolean {
  const inputs = [
    "apps/web/src",
    "apps/web/index.html",
    "apps/web/vite.config.ts",
    "packages/domain/src",
    "packages/contract/src",
  ];
  const sources = Math.max(...inputs.map((p) => newestMtime(path.join(ROOT, p))));
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) {
    return true;
  }
  process.stdout.write("Building the web UI…\n");
  return (
    spawnSync("npm", ["run", "build", "-w", "@renkei/web"], { cwd: ROOT, stdio: "inherit" }).status === 0
  );
}
