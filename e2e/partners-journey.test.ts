import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { AUDITOR, COORDINATOR, savePartnerForm, signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const LEGAL_NAME = "株式会社テスト精機";
const NAME_EN = "Test Seiki Co., Ltd.";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

describe("partner registry journeys", () => {
  it("coordinator registers and finds a partner; the auditor sees it in the audit log", async () => {
    await signIn(page, server.url, COORDINATOR);
    await snap(page, "01-home");

    await page.getByRole("link", { name: "連携先の登録" }).first().click();
    await page.getByLabel("正式名称").fill(LEGAL_NAME);
    await page.getByLabel("英語名称").fill(NAME_EN);
    await page.getByLabel("種別").selectOption({ label: "企業" });
    // Similar demo partners may exist: the form then asks for confirmation before saving.
    await savePartnerForm(page, () => snap(page, "02-duplicate-warning"));
    const partnerId = /\/partners\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    expect(partnerId).toBeTruthy();
    await expect.poll(() => page.getByRole("heading", { name: LEGAL_NAME }).isVisible()).toBe(true);
    await snap(page, "03-partner-created");

    await page.getByRole("link", { name: "連携先", exact: true }).click();
    await page.getByLabel("名称・法人番号で検索").fill("テスト精機");
    await page.getByRole("button", { name: "検索", exact: true }).click();
    const row = page.getByRole("link", { name: LEGAL_NAME, exact: true });
    await row.waitFor();
    await snap(page, "04-partner-search");
    await row.click();
    await page.getByRole("heading", { name: LEGAL_NAME }).waitFor();
    expect(page.url()).toContain(`/partners/${partnerId}`);
    await expect.poll(() => page.getByText(NAME_EN).first().isVisible()).toBe(true);

    await signOut(page);
    await signIn(page, server.url, AUDITOR);
    await page.getByRole("link", { name: "監査ログ" }).first().click();
    await page.getByRole("heading", { name: "監査ログ" }).waitFor();
    await page.getByLabel("操作").selectOption("partner.created");
    // Wait for the filtered page itself, not the previous (unfiltered) one kept on screen meanwhile.
    await expect
      .poll(() => page.locator('tr[data-action]:not([data-action="partner.created"])').count())
      .toBe(0);
    const entry = page.locator('tr[data-action="partner.created"]', {
      has: page.getByRole("link", { name: partnerId }),
    });
    await entry.waitFor();
    await expect.poll(() => entry.getByText("連携先登録").isVisible()).toBe(true);
    await snap(page, "05-audit-log");

    // The language switch re-labels the UI and date formats, and survives a reload (localStorage).
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await expect.poll(() => entry.getByText(/\d{1,2} [A-Z][a-z]{2} \d{4}/).isVisible()).toBe(true);
  });

  it("records a contact and a credit check on a partner", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/partners`);
    await page.locator("tbody a").first().click();
    await page.getByRole("heading", { name: "接触履歴" }).waitFor();

    await page.getByRole("button", { name: "接触履歴を追加" }).click();
    await page.getByLabel("件名").fill("共同研究の打合せ（E2E）");
    await page.getByLabel("概要").fill("研究テーマと秘密保持契約の進め方を確認した。");
    await page.getByRole("button", { name: "接触履歴を追加" }).click();
    await page.getByText("接触履歴を登録しました。").waitFor();
    await page.getByText("共同研究の打合せ（E2E）").waitFor();

    await page.getByRole("button", { name: "与信確認を登録" }).click();
    await page.getByLabel("確認した情報源").fill("帝国データバンク");
    await page.getByLabel("有効期限").fill("2000-01-01");
    await page.getByRole("button", { name: "与信確認を登録" }).click();
    await page.getByText("有効期限は確認日以降の日付を入力してください。").waitFor();
    await page.getByLabel("有効期限").fill("2099-03-31");
    await page.getByRole("button", { name: "与信確認を登録" }).click();
    await page.getByText("与信確認を登録しました。").waitFor();
    await page.getByText("2099年3月31日").waitFor();
    await snap(page, "07-contact-and-credit");
  });

  it("shows a field-level message in Japanese for an invalid corporate number", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/partners/new`);
    await page.getByLabel("正式名称").fill("株式会社番号誤り");
    await page.getByLabel("種別").selectOption({ label: "企業" });
    await page.getByLabel("法人番号").fill("1234567890123");
    await page.getByRole("button", { name: "保存する" }).click();
    const message = page.getByText("法人番号が正しくありません");
    await message.waitFor();
    // The message is tied to the field (aria-describedby), not only shown somewhere on the page.
    const describedBy = await page.getByLabel("法人番号").getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    expect(page.url()).toMatch(/\/partners\/new$/);
    await snap(page, "06-validation");
  });
});
