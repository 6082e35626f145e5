#!/usr/bin/env node
// `npm run bench:web`: what the browser downloads before signing in (issue 11 §9, aim < 300 kB of
// compressed JS), beside the baseline of the whole application's JS — what the single bundle sent before
// the pages were split — measured on the same build. Prints JSON.
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";

const dist = path.resolve("apps/web/dist");
if (spawnSync("npm", ["run", "build", "-w", "@renkei/web"], { stdio: "ignore" }).status !== 0) {
  console.error("web build failed");
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(path.join(dist, ".vite/manifest.json"), "utf8"));

/** The chunks a page needs before it renders: the entry, the page and everything they import statically. */
function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) {
      return;
    }
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) {
      visit(dep);
    }
  };
  keys.forEach(visit);
  return [...seen];
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const body = readFileSync(path.join(dist, file));
    raw += body.length;
    gzip += statSync(path.join(dist, `${file}.gz`)).size;
    brotli += brotliCompressSync(body).length;
  }
  const kb = (n) => Math.round(n / 102.4) / 10;
  return { files: files.length, rawKB: kb(raw), gzipKB: kb(gzip), brotliKB: kb(brotli) };
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const signIn = Object.keys(manifest).find((k) => k.endsWith("features/auth/sign-in-page.tsx"));
const signInJs = closure([entry, signIn]).map((k) => manifest[k].file);
const allJs = Object.values(manifest)
  .map((c) => c.file)
  .filter((f) => f.endsWith(".js"));
const css = [...new Set(Object.values(manifest).flatMap((c) => c.css ?? []))];
console.log(
  JSON.stringify(
    {
      bench: "web",
      aimSignInCompressedJsKB: 300,
      signInPage: { js: sizes(signInJs), css: sizes(css) },
      baselineWholeAppJs: sizes(allJs),
      chunks: allJs.length,
    },
    null,
    2,
  ),
);
