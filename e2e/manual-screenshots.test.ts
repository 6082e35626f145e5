import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuilt } from "../apps/server/src/lib/web-build";
import { startTestServer } from "../apps/server/test/start-test-server";
import { launchBrowser } from "./support/browser";
import { SCREENSHOT_DIR, signIn } from "./support/journey";

/**
 * The screenshots of the user manuals (docs/manual, issue 11 item 10): each role signs in, in Japanese
 * and in English, and its home page and main pages are photographed. They are written into
 * docs/manual/img only with RENKEI_MANUAL_SHOTS=1 (`npm run manual:screenshots`), otherwise into the
 * journeys' temporary folder so `npm test` leaves the repository clean. Either way each page must show
 * its heading and no error: the manual never pictures a broken page.
 */

const WRITE = process.env.RENKEI_MANUAL_SHOTS === "1";
const OUT = WRITE
  ? path.resolve(import.meta.dirname, "../docs/manual/img")
  : path.join(SCREENSHOT_DIR, "manual");

/** Each manual's role, its demo account and the pages its manual pictures (home first). */
export const MANUAL_ROLES: { role: string; email: string; pages: [name: string, path: string][] }[] = [
  {
    role: "researcher",
    email: "researcher",
    pages: [
      ["cases", "/cases"],
      ["trips", "/trips"],
      ["coi", "/coi"],
      ["lab", "/desk/lab"],
      ["desk", "/desk"],
      ["personal-data", "/personal-data"],
    ],
  },
  {
    role: "student",
    email: "student",
    pages: [
      ["cases", "/cases"],
      ["pledges", "/secrets/pledges"],
    ],
  },
  {
    role: "coordinator",
    email: "coordinator",
    pages: [
      ["cases", "/cases"],
      ["partners", "/partners"],
    ],
  },
  {
    role: "export-control-officer",
    email: "export-control",
    pages: [
      ["screening-queue", "/screening/queue"],
      ["reviews", "/export-control/reviews"],
    ],
  },
  { role: "department-head", email: "department-head", pages: [["reviews", "/export-control/reviews"]] },
  {
    role: "coi-reviewer",
    email: "coi-reviewer",
    pages: [
      ["coi-queue", "/coi/queue"],
      ["programmes", "/coi/programmes"],
    ],
  },
  { role: "coi-external-member", email: "coi-external", pages: [["coi-queue", "/coi/queue"]] },
  {
    role: "legal-ip",
    email: "legal-ip",
    pages: [
      ["ip", "/ip"],
      ["settings", "/ip/settings"],
    ],
  },
  { role: "confidentiality-officer", email: "confidentiality-officer", pages: [["secrets", "/secrets"]] },
  { role: "executive", email: "executive", pages: [["dashboard", "/insight/dashboard"]] },
  { role: "auditor", email: "auditor", pages: [["audit", "/audit"]] },
  {
    role: "admin",
    email: "admin",
    pages: [
      ["users", "/admin/users"],
      ["clearance-officers", "/security-clearances/officers"],
      ["personal-data", "/personal-data"],
    ],
  },
  {
    role: "hub-coordinator",
    email: "hub-coordinator",
    pages: [
      ["partners", "/partners"],
      ["figures", "/hub/figures"],
    ],
  },
  { role: "hub-export-control", email: "hub-export-control", pages: [["advice", "/hub/advice"]] },
];

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startTestServer();
  browser = await launchBrowser();
  for (const lang of ["ja", "en"]) {
    mkdirSync(path.join(OUT, lang), { recursive: true });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for the page's own heading (h1) and its data, then photographs the window (1280×800). */
async function shoot(lang: "ja" | "en", file: string): Promise<string> {
  const heading = page.locator("main h1").first();
  await heading.waitFor();
  await page.waitForLoadState("networkidle");
  const title = (await heading.innerText()).trim();
  await page.screenshot({ path: path.join(OUT, lang, `${file}.jpg`), type: "jpeg", quality: 70 });
  return title;
}

describe("manual screenshots", () => {
  for (const lang of ["ja", "en"] as const) {
    it(`each role's home and main pages render their headings (${lang})`, { timeout: 600_000 }, async () => {
      const seen: string[] = [];
      for (const r of MANUAL_ROLES) {
        await context?.close();
        context = await browser.newContext({
          locale: lang === "ja" ? "ja-JP" : "en-GB",
          timezoneId: "Asia/Tokyo",
          viewport: { width: 1280, height: 800 },
        });
        context.setDefaultTimeout(20_000);
        page = await context.newPage();
        await signIn(page, server.url, `${r.email}@demo.renkei.example`);
        if (lang === "en") {
          // The header's language switch (kept in this browser), as a reader would use it.
          await page.getByRole("banner").getByText("English", { exact: true }).click();
          await page.getByRole("heading", { name: "Home" }).waitFor();
        }
        seen.push(await shoot(lang, `${r.role}-home`));
        for (const [name, to] of r.pages) {
          await page.goto(`${server.url}${to}`);
          const title = await shoot(lang, `${r.role}-${name}`);
          expect(title, `${r.role} ${to}`).not.toBe("");
          // A refused or missing page would show its error instead of the page's work.
          await expect(
            page
              .getByRole("alert")
              .filter({ hasText: /権限|permission|見つかりません|not found/i })
              .count(),
          ).resolves.toBe(0);
          seen.push(title);
        }
      }
      // Headings are in the reader's language: Japanese pages in Japanese, English ones without it.
      const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
      for (const title of seen) {
        expect(japanese.test(title), `${lang}: ${title}`).toBe(lang === "ja");
      }
    });
  }
});
