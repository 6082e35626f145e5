import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

export const DEMO_PASSWORD = "renkei-demo-2026";
export const COORDINATOR = "coordinator@demo.renkei.example";
export const AUDITOR = "auditor@demo.renkei.example";

export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOTS ?? "/tmp/renkei-e2e";
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Signs in through the form, as a person would (labels are the Japanese defaults). */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "サインイン", exact: true }).click();
  await page.getByRole("heading", { name: "ホーム" }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "サインアウト" }).click();
  await page.getByRole("button", { name: "サインイン", exact: true }).waitFor();
}
