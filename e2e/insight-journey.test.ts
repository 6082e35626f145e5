import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const EXECUTIVE = "executive@demo.renkei.example";
const OFFICER = "export-control@demo.renkei.example";
const HUB_OFFICER = "hub-export-control@demo.renkei.example";
const HUB_COORDINATOR = "hub-coordinator@demo.renkei.example";

const journey = useJourney({ acceptDownloads: true });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

/** The fiscal-year select of the page: the demo's money was received in FY2025. */
async function chooseFy2025(p: Page) {
  await p.getByLabel("年度", { exact: true }).first().click();
  await p.getByRole("option", { name: /^2025年度/ }).click();
}

const yen = (text: string) => Number(text.replace(/[^0-9]/g, ""));

describe("indicators, dashboards and hub sharing (issue 16)", () => {
  it("the executive drills from the 共同研究 amount to its agreements and exports the survey", async () => {
    await signIn(page, server.url, EXECUTIVE);
    await page.getByRole("link", { name: "ダッシュボード", exact: true }).click();
    await page.getByRole("heading", { name: "ダッシュボード（役員向け）" }).waitFor();
    await chooseFy2025(page);
    const table = page.getByRole("table", { name: /種別ごとの受入額/ });
    const jointRow = table.getByRole("row", { name: /^共同研究/ });
    const amountButton = jointRow.getByRole("button");
    await amountButton.waitFor();
    const amount = yen(await amountButton.innerText());
    expect(amount).toBeGreaterThan(0);
    await snap(page, "insight-01-executive-dashboard");

    // Drill-down: the records behind the amount name the joint research agreements.
    await amountButton.click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("「共同研究」の根拠").waitFor();
    await dialog.getByText("精密センサーの共同研究").first().waitFor();
    await dialog.getByText("電池材料の国際共同研究").first().waitFor();
    // A contract research agreement is not behind the joint research amount.
    expect(await dialog.getByText("試作評価の受託研究").count()).toBe(0);
    await snap(page, "insight-02-drill-down");
    await page.keyboard.press("Escape");

    // The survey in its table layout, downloaded as Excel: the joint research amount is the dashboard's.
    await page.getByRole("link", { name: "産学連携等実施状況調査", exact: true }).click();
    await page.getByRole("heading", { name: "産学連携等実施状況調査" }).waitFor();
    await chooseFy2025(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "調査票の形式で Excel に出力" }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.concat(await (await download.createReadStream()).toArray()) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet("令和7年度調査");
    expect(sheet).toBeDefined();
    const values: Record<string, unknown> = {};
    sheet?.eachRow((row) => {
      values[String(row.getCell(2).value)] = row.getCell(3).value;
    });
    expect(values["共同研究 受入額"]).toBe(amount);
    // Start-ups are not held by Renkei: the export lists them among the fields filled in by hand.
    const missing: string[] = [];
    workbook.getWorksheet("未保有項目")?.eachRow((row) => missing.push(String(row.getCell(1).value)));
    expect(missing).toContain("大学等発ベンチャー設立数");
  });

  it("a member grants its hub advice; the hub's officer comments on a review; the member sees it on the review", async () => {
    const question = "英国の大学への寄贈で、リスト規制の該当性判断に見落としがないか見ていただけますか。";
    const answer =
      "仕様書の周波数帯域を確認すれば足ります。寄贈でも役務提供に当たる説明は別途審査してください。";

    // 1. The member's executive adds advice to what the hub may do.
    await signIn(page, server.url, EXECUTIVE);
    await page.getByRole("link", { name: "ハブ機関への閲覧許可", exact: true }).click();
    await page.getByRole("checkbox", { name: "取引審査・該非判定への助言" }).check();
    await page.getByRole("checkbox", { name: /主要指標の閲覧/ }).check();
    await page.getByRole("button", { name: "許可を保存" }).click();
    await page
      .getByText(/許可中|許可しています/)
      .first()
      .waitFor();
    await snap(page, "insight-03-grant");
    await signOut(page);

    // 2. The member's export-control officer asks the hub about a review.
    await signIn(page, server.url, OFFICER);
    await page.getByRole("link", { name: "取引審査", exact: true }).click();
    await page
      .getByRole("link", { name: /英国の大学へのオシロスコープ寄贈/ })
      .first()
      .click();
    await page.getByRole("heading", { name: "ハブ機関の助言" }).waitFor();
    await page.getByLabel("相談内容").fill(question);
    await page.getByRole("button", { name: "助言を依頼する" }).click();
    await page.getByText(question).waitFor();
    const reviewUrl = page.url();
    await signOut(page);

    // 3. The hub's officer answers from the hub's inbox.
    await signIn(page, server.url, HUB_OFFICER);
    await page.getByRole("link", { name: "助言依頼", exact: true }).click();
    const request = page.getByTestId("advice-request").filter({ hasText: question });
    await request.getByLabel("助言").fill(answer);
    await request.getByRole("button", { name: "助言を送る" }).click();
    await request.getByText("回答済み").waitFor();
    await snap(page, "insight-04-hub-answers");
    await signOut(page);

    // 4. The hub's coordinator sees the member's key figures in a column of their own.
    await signIn(page, server.url, HUB_COORDINATOR);
    await page.getByRole("link", { name: "参加機関の主要指標", exact: true }).click();
    await chooseFy2025(page);
    const figures = page.getByRole("table", { name: "参加機関の主要指標" });
    await figures.getByRole("columnheader", { name: "連携大学（デモ）" }).waitFor();
    await figures.getByRole("row", { name: /^共同研究 受入額/ }).waitFor();
    await snap(page, "insight-05-hub-figures");
    await signOut(page);

    // 5. The member sees the comment on the review.
    await signIn(page, server.url, OFFICER);
    await page.goto(reviewUrl);
    const advice = page.getByTestId("hub-advice").filter({ hasText: question });
    await advice.getByText(answer).waitFor();
    await snap(page, "insight-06-member-sees-advice");
  });
});
