import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureWebBuilt } from "../apps/server/src/lib/web-build";
import { startTestServer } from "../apps/server/test/start-test-server";
import { launchBrowser } from "./support/browser";
import { COORDINATOR, signIn, signOut, snap } from "./support/journey";

const TITLE = "E2E 精密センサーの共同研究";
const PARTNER = "Kesselbach";
const RESEARCHER = "researcher@demo.renkei.example";

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    viewport: { width: 1400, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
});

/** Takes an action from the case page's action panel (confirming in the dialog, with a note if given). */
async function act(name: string, note?: string) {
  const action = page.getByRole("button", { name, exact: true });
  await expect.poll(() => action.isEnabled()).toBe(true);
  await action.click();
  const dialog = page.getByRole("dialog");
  if (note) {
    await dialog.getByLabel("理由・メモ").fill(note);
  }
  await dialog.getByRole("button", { name: "実行する" }).click();
  await page.getByText(`「${name}」を行いました。`).waitFor();
}

async function stage(): Promise<string> {
  return (await page.getByTestId("case-stage").textContent()) ?? "";
}

async function openRecord(title: RegExp) {
  await page.getByRole("tab", { name: "段階の記録" }).click();
  const control = page.getByRole("button", { name: title });
  if ((await control.getAttribute("aria-expanded")) !== "true") {
    await control.click();
  }
  return page.getByRole("region", { name: title });
}

describe("collaboration case journey", () => {
  it("takes a case from intake through the gates, explaining each blocked step", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.getByRole("link", { name: "連携案件", exact: true }).click();
    await page.getByTestId("column-intake").waitFor();
    await snap(page, "cases-01-board");

    // Intake (seed 001 §IV.2-1).
    await page.getByRole("link", { name: "案件の登録" }).first().click();
    await page.getByLabel("件名").fill(TITLE);
    await page.getByLabel("研究責任者").selectOption({ label: "山田 太郎（研究者）" });
    await page.getByLabel("研究分野").selectOption({ label: "ものづくり技術" });
    await page.getByLabel("部局").first().click();
    await page.getByRole("option", { name: "工学研究科" }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("連携先").first().fill(PARTNER);
    await page.getByRole("option", { name: /Kesselbach Präzisionstechnik GmbH/ }).click();
    await page.getByRole("button", { name: "連携先を追加" }).click();
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByText("案件を登録しました。").waitFor();
    expect(await stage()).toBe("受付");
    await snap(page, "cases-02-intake");

    await act("受付を提出");
    expect(await stage()).toBe("機関内での意向の確認");

    // The internal check is required before it can be completed (§IV.2-2).
    const complete = page.getByRole("button", { name: "機関内確認を完了", exact: true });
    expect(await complete.isDisabled()).toBe(true);
    await page.getByText("機関内での意向の確認が記録されていない").first().waitFor();
    const ic = await openRecord(/機関内での意向の確認（Ⅳ.2-2）/);
    await ic.getByLabel("研究者の希望").selectOption({ label: "希望している" });
    await ic.getByLabel("研究者のキャパシティを確認した").check();
    await ic.getByRole("button", { name: "保存する" }).click();
    await ic.getByTestId("ic-outcome").waitFor();
    expect(await ic.getByTestId("ic-outcome").textContent()).toBe("問題なし");
    await act("機関内確認を完了");
    expect(await stage()).toBe("相手企業の情報把握");

    // Due diligence: the button stays disabled and the page says why (screening, credit, country rules).
    const dd = page.getByRole("button", { name: "相手企業の調査を完了", exact: true });
    expect(await dd.isDisabled()).toBe(true);
    const blockers = page.getByTestId("blockers");
    await blockers
      .getByText(/リスト照合が未了/)
      .first()
      .waitFor();
    await snap(page, "cases-03-due-diligence-blocked");

    // Facts recorded on the case lift the blockers that belong to it (§IV.2-3).
    await page.getByRole("tab", { name: "連携先・参加者" }).click();
    await page.getByRole("button", { name: "調査情報を編集" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("資本関係・支配関係を把握している").check();
    await dialog.getByLabel("相手国の関連法令を確認した").check();
    await dialog.getByRole("button", { name: "保存する" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => blockers.getByText(/相手国の関連法令が未確認/).count()).toBe(0);
    await expect.poll(() => blockers.getByText(/リスト照合が未了/).count()).toBeGreaterThan(0);

    // A student cannot join without informed consent and a pledge (seed 003).
    await page.getByLabel("区分").selectOption({ label: "学生" });
    await page.getByLabel("利用者から選ぶ").first().click();
    await page.getByRole("option", { name: "佐藤 花子（学生）" }).click();
    await page.getByRole("button", { name: "参加者を追加" }).click();
    await page.getByText("インフォームド・コンセントの記録がない").waitFor();
    await page.getByLabel("インフォームド・コンセント").fill("2026-11-01");
    await page.getByLabel("秘密保持の同意書（誓約書）").fill("2026-11-02");
    await page.getByRole("button", { name: "参加者を追加" }).click();
    await page.getByRole("cell", { name: "佐藤 花子（学生）" }).waitFor();
    await snap(page, "cases-04-participants");

    // A comment reaches the PI (in-app notice and mail outbox).
    await page.getByRole("tab", { name: /コメント/ }).click();
    await page.getByRole("textbox", { name: "コメント" }).fill("信用調査を依頼しました。");
    await page.getByRole("button", { name: "投稿する" }).click();
    await page.getByText("信用調査を依頼しました。").waitFor();

    // The whole file prints as PDF; the history lists every step.
    await page.getByRole("tab", { name: "履歴" }).click();
    await page.getByText("受付 → 機関内での意向の確認").waitFor();
    const href = await page.getByRole("link", { name: "履歴をPDFで出力" }).first().getAttribute("href");
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await snap(page, "cases-05-history");

    await signOut(page);
    await signIn(page, server.url, RESEARCHER);
    await page.goto(`${server.url}/notifications`);
    await page
      .getByText(/にコメント/)
      .first()
      .waitFor();
  });

  it("shows the contract gate with every missing condition on a case ready to sign", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/cases?stage=export_risk_review`);
    await page.getByTestId("case-card").first().getByRole("link").click();
    const sign = page.getByRole("button", { name: "契約を締結", exact: true });
    await sign.waitFor();
    expect(await sign.isDisabled()).toBe(true);
    const reasons = page.getByTestId("action-sign_contract");
    await reasons.getByText("安全保障輸出管理の審査結果がない").waitFor();
    await reasons.getByText("研究責任者の利益相反自己申告がない").waitFor();
    // Declaring the PI's COI removes that one reason, the others stay (seed 001 §IV.2-9).
    await page.getByRole("button", { name: "申告済みとして記録する" }).click();
    await expect.poll(() => reasons.getByText("研究責任者の利益相反自己申告がない").count()).toBe(0);
    await reasons.getByText("安全保障輸出管理の審査結果がない").waitFor();
    expect(await sign.isDisabled()).toBe(true);
    await snap(page, "cases-06-contract-gate");

    // In English, the page is relabelled.
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("button", { name: "Sign contract", exact: true }).waitFor();
  });
});
