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

/**
 * Saves the partner form. When the check made at submit finds similar partners, the form asks for the
 * confirmation (with its error text) and stays; the journey confirms and saves again. The live check's
 * warning alone does not stop a save, so it is not what the journey waits for.
 */
export async function savePartnerForm(page: Page, onAck?: () => Promise<void>): Promise<void> {
  await page.getByRole("button", { name: "保存する" }).click();
  const saved = page.getByText("連携先を登録しました。");
  const askedToConfirm = page.getByText("似ている連携先を確認し、別の組織であることを確認してください。");
  const outcome = await Promise.race([
    saved.waitFor().then(() => "saved" as const),
    askedToConfirm.waitFor().then(() => "ack" as const),
  ]);
  if (outcome === "ack") {
    await onAck?.();
    await page.getByLabel("上記の連携先とは別の組織であることを確認しました").check();
    await page.getByRole("button", { name: "保存する" }).click();
  }
  await saved.waitFor();
}
