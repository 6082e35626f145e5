import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { ensureWebBuilt } from "../../apps/server/src/lib/web-build";
import { startTestServer } from "../../apps/server/test/start-test-server";
import { launchBrowser } from "./browser";

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export interface JourneyOptions {
  /** The browser window; 1280 × 900 unless the journey checks a narrower or wider screen. */
  viewport?: { width: number; height: number };
  /** The browser's language (the app's default language for a new visitor follows it). */
  locale?: string;
  /** How long a step may wait for the page (ms). */
  timeoutMs?: number;
  /** One browser context for the whole file (steps build on each other), instead of one per test. */
  oneContext?: boolean;
  acceptDownloads?: boolean;
  /** Accept the browser's own confirm() dialogs. */
  acceptDialogs?: boolean;
}

export interface Journey {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * The setup every browser journey shares: the real HTTP server over a seeded database, Debian's
 * chromium, and a Japanese-locale context in Tokyo time (fresh per test unless `oneContext`). Registers
 * its own hooks; the journey reads `server` and `page` from the returned object in its tests.
 */
export function useJourney(options: JourneyOptions = {}): Journey {
  const j = {} as Journey;
  async function openPage() {
    await j.context?.close();
    j.context = await j.browser.newContext({
      locale: options.locale ?? "ja-JP",
      timezoneId: "Asia/Tokyo",
      viewport: options.viewport ?? { width: 1280, height: 900 },
      acceptDownloads: options.acceptDownloads ?? false,
    });
    j.context.setDefaultTimeout(options.timeoutMs ?? 15_000);
    j.page = await j.context.newPage();
    if (options.acceptDialogs) {
      j.page.on("dialog", (d) => d.accept());
    }
  }
  beforeAll(async () => {
    ensureWebBuilt();
    j.server = await startTestServer();
    j.browser = await launchBrowser();
    if (options.oneContext) {
      await openPage();
    }
  });
  afterAll(async () => {
    await j.browser?.close();
    await j.server?.close();
  });
  if (!options.oneContext) {
    beforeEach(openPage);
  }
  return j;
}
