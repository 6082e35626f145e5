import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";
import { Hono } from "hono";
import { beforeAll, describe, expect, it } from "vitest";
import { serveFile } from "../../src/http/static-files";

// Issue 11 §9: the web build's precompressed copies are sent to clients that accept them.
const JS = "console.log('renkei');".repeat(50);
let app: Hono;

beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), "renkei-static-"));
  mkdirSync(path.join(root, "assets"));
  mkdirSync(path.join(root, ".vite"));
  writeFileSync(path.join(root, "assets/app.js"), JS);
  writeFileSync(path.join(root, "assets/app.js.br"), brotliCompressSync(JS));
  writeFileSync(path.join(root, "assets/app.js.gz"), gzipSync(JS));
  writeFileSync(path.join(root, "assets/plain.js"), JS);
  writeFileSync(path.join(root, ".vite/manifest.json"), "{}");
  app = new Hono();
  app.get("*", async (c) => (await serveFile(c, root, c.req.path, 60)) ?? c.text("none", 404));
});

const get = (p: string, encoding?: string) =>
  app.request(p, { headers: encoding === undefined ? {} : { "accept-encoding": encoding } });

describe("static files", () => {
  it("sends brotli when accepted, else gzip, else the plain file", async () => {
    const br = await get("/assets/app.js", "gzip, deflate, br");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("accept-encoding");
    expect(br.headers.get("content-type")).toContain("text/javascript");
    const gz = await get("/assets/app.js", "gzip");
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(JS);
    const plain = await get("/assets/app.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(JS);
  });

  it("honours q=0 and files without a compressed copy", async () => {
    expect((await get("/assets/app.js", "br;q=0, gzip")).headers.get("content-encoding")).toBe("gzip");
    const plain = await get("/assets/plain.js", "br, gzip");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("cache-control")).toBe("public, max-age=60, immutable");
  });

  it("refuses dot-files and paths outside the root", async () => {
    expect((await get("/.vite/manifest.json")).status).toBe(404);
    expect((await get("/../../etc/passwd")).status).toBe(404);
    expect((await get("/assets/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
  });
});
