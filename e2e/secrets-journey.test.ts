import { readFile } from "node:fs/promises";
import { PDFDocument } from "pdf-lib";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Deps } from "../apps/server/src/deps";
import { detectLeakageAlerts } from "../apps/server/src/features/secrets/secret-jobs";
import { COORDINATOR, signIn, signOut, snap } from "./support/journey";
import { useJourney } from "./support/use-journey";

/**
 * Issue 12 "Done when": register a received secret under an NDA, share it with a member, download a
 * stamped PDF, trip a bulk-download alert, close the item with a destruction certificate.
 */

const OFFICER = "confidentiality-officer@demo.renkei.example";
const CASE = "ロボットハンド制御の共同研究";

const journey = useJourney({ oneContext: true, acceptDownloads: true });
let deps: Deps;
let url: string;
let page: Page;
beforeEach(() => {
  ({ page } = journey);
  ({ url, deps } = journey.server);
});

async function selectByText(label: string, text: string) {
  const select = page.getByLabel(label, { exact: true });
  await expect.poll(() => select.locator("option", { hasText: text }).count()).toBeGreaterThan(0);
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value!);
}

describe("confidential information journey", () => {
  it("registers, shares, stamps, alerts and closes with a destruction certificate", async () => {
    await signIn(page, url, COORDINATOR);
    // 1. Register a secret received under the case's NDA.
    await page.getByRole("link", { name: "秘密情報管理台帳" }).click();
    await page.getByRole("button", { name: "秘密情報を登録" }).click();
    await page.getByRole("textbox", { name: /^件名/ }).fill("受領したロボットハンドの制御パラメータ");
    await selectByText("秘密区分", "厳秘");
    await selectByText("案件", CASE);
    await selectByText("対象の秘密保持契約", "2026-03-15");
    await selectByText("保管方法", "紙（保管場所）");
    await page.getByLabel("保管場所・システム名").fill("工学部3号館 金庫A");
    await page.getByRole("button", { name: "秘密情報を登録" }).last().click();
    await page.getByRole("heading", { name: "受領したロボットハンドの制御パラメータ" }).waitFor();
    await snap(page, "secrets-01-item");

    // 2. Share it with a member of the case (the access list, with download).
    await selectByText("追加する人", "山田 太郎（研究者）");
    await page.getByLabel("ダウンロードを許可").check();
    await page.getByRole("button", { name: "アクセスリストに追加" }).click();
    await page.getByRole("cell", { name: "山田 太郎（研究者）" }).waitFor();

    // 3. A PDF on the case becomes a 秘 item; its download is stamped with level, recipient and time.
    await page
      .getByRole("link", { name: /ロボットハンド制御/ })
      .first()
      .click();
    await page.getByRole("tab", { name: "文書" }).click();
    const pdf = await PDFDocument.create();
    pdf.addPage([300, 200]).drawText("Grip force table", { x: 20, y: 100, size: 12 });
    await page.locator('input[type="file"]').setInputFiles({
      name: "grip-force.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await pdf.save()),
    });
    await page.getByRole("button", { name: "文書を登録" }).click();
    const link = page.getByRole("link", { name: "grip-force.pdf" });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const stamped = await PDFDocument.load(new Uint8Array(await readFile((await download.path())!)));
    expect(stamped.getSubject()).toMatch(/^秘 \/ Confidential/);
    expect(stamped.getSubject()).toContain("鈴木 一郎（URA）");
    await snap(page, "secrets-02-documents");

    // 4. Many downloads in a short time trip the bulk-download rule; the officer sees the alert.
    const href = await link.getAttribute("href");
    for (let i = 0; i < 11; i++) {
      expect((await page.request.get(new URL(href!, url).toString())).status()).toBe(200);
    }
    expect(await detectLeakageAlerts(deps, new Date())).toBeGreaterThanOrEqual(1);
    await signOut(page);
    await signIn(page, url, OFFICER);
    await page.getByRole("link", { name: "漏えい兆候の警告" }).click();
    await page.getByRole("heading", { name: /短時間の大量ダウンロード: 鈴木 一郎/ }).waitFor();
    await snap(page, "secrets-03-alert");
    await page.getByLabel("対応内容").first().fill("本人に確認。会議資料の準備のためと回答、部局長へ報告");
    await page.getByRole("button", { name: "上申" }).first().click();
    await page.getByText("未対応の警告はありません。").waitFor();

    // 5. End of the project: destruction with a certificate; the access list ends with it.
    await page.getByRole("link", { name: "秘密情報管理台帳" }).click();
    await page.getByRole("link", { name: "受領したロボットハンドの制御パラメータ" }).click();
    await page.getByLabel("実施日").fill(new Date().toISOString().slice(0, 10));
    await page.locator('input[type="file"]').setInputFiles({
      name: "destruction-certificate.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(await pdf.save()),
    });
    await page.getByRole("button", { name: "返還・廃棄を記録" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "返還・廃棄を記録" }).click();
    await page.getByRole("link", { name: "証明書をダウンロード" }).waitFor();
    await page.getByText("廃棄済み").first().waitFor();
    await snap(page, "secrets-04-destroyed");

    // 6. The stamped PDF's item is destroyed too (confirmed without a certificate): its file's bytes are
    // deleted, the case keeps the row without a link, and the old download link answers 410 in ja/en.
    await page.getByRole("link", { name: "秘密情報管理台帳" }).click();
    await page.getByRole("link", { name: "grip-force.pdf" }).click();
    await page.getByLabel("実施日").fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel("証明書がない場合: 返還・廃棄したことを確認しました").check();
    await page.getByRole("button", { name: "返還・廃棄を記録" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/ファイルは削除されます/).waitFor();
    await dialog.getByRole("button", { name: "返還・廃棄を記録" }).click();
    await page.getByText("廃棄済み").first().waitFor();
    const gone = await page.request.get(new URL(href!, url).toString());
    expect(gone.status()).toBe(410);
    const body = (await gone.json()) as { error: { message: string } };
    expect(body.error.message).toContain("返還・廃棄の記録に基づいて削除されました");
    expect(body.error.message).toContain("deleted when its return or destruction was recorded");
    await page.getByRole("link", { name: CASE }).first().click();
    await page.getByRole("tab", { name: "文書" }).click();
    await page.getByText("返還・廃棄済み（ファイルは削除されました）").waitFor();
    expect(await page.getByRole("link", { name: "grip-force.pdf" }).count()).toBe(0);
    await snap(page, "secrets-05-file-deleted");

    // 7. The officer's management page: the walls report and the scheme in words, not codes.
    await page.getByRole("link", { name: "秘密情報管理の設定・点検" }).click();
    await page.getByRole("heading", { name: "壁の報告" }).waitFor();
    await page.getByRole("tab", { name: "区分と取扱い" }).click();
    await page.getByRole("heading", { name: /区分 2: 厳秘/ }).waitFor();
    await snap(page, "secrets-06-settings");
  });
});
