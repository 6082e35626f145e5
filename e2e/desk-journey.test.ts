import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const RESEARCHER = "researcher@demo.renkei.example";
const OFFICER = "export-control@demo.renkei.example";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

describe("consultation desk (issue 17)", () => {
  it("a researcher asks about a visit; the officer answers and opens a 取引審査 from the question", async () => {
    const subject = "見学で試作品の評価データを見せてよいか";

    // 1. The researcher asks from the visitor's page.
    await signIn(page, server.url, RESEARCHER);
    await page.getByRole("link", { name: "受入申告", exact: true }).click();
    await page.getByRole("link", { name: "Anna Keller（架空）" }).click();
    await page.getByRole("link", { name: "この記録について相談" }).click();
    await page.getByText("開いていた記録についての相談として送信します。").waitFor();
    await page.getByLabel("件名").fill(subject);
    await page
      .getByLabel("相談内容")
      .fill("見学の際、試作品と評価データ（未公開）を見せる予定です。問題ありませんか。");
    await snap(page, "desk-01-ask");
    await page.getByRole("button", { name: "送信" }).click();
    await page.getByRole("heading", { name: subject }).waitFor();
    await page.getByText("受付中").waitFor();
    await page.getByRole("link", { name: /Anna Keller（架空）/ }).waitFor();
    await signOut(page);

    // 2. The export-control officer finds it in the desk's inbox and answers.
    await signIn(page, server.url, OFFICER);
    await page.getByRole("link", { name: "相談窓口", exact: true }).click();
    await page.getByRole("tab", { name: "担当窓口の受付" }).waitFor();
    await page.getByRole("link", { name: subject }).click();
    await page.getByLabel("回答する").fill("未公開の評価データは技術提供にあたるため、取引審査を行います。");
    await page.getByRole("button", { name: "送信" }).click();
    await page.getByText("回答済み").waitFor();
    await page.getByText("未公開の評価データは技術提供にあたるため、取引審査を行います。").waitFor();
    await snap(page, "desk-02-answered");

    // 3. … and opens a 取引審査 from the question, after confirming.
    await page.getByRole("button", { name: "取引審査を作成" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "取引審査を作成" }).click();
    await page.getByRole("heading", { name: new RegExp(`^TR-\\d{4}-\\d{4} ${subject}$`) }).waitFor();
    await page
      .getByText(/Anna Keller（架空）/)
      .first()
      .waitFor();
    await snap(page, "desk-03-review");
    const reviewUrl = page.url();
    expect(reviewUrl).toMatch(/\/export-control\/reviews\/[0-9a-f-]{36}$/);
    await signOut(page);

    // 4. The researcher reads the answer and finds the review linked from the question.
    await signIn(page, server.url, RESEARCHER);
    await page.getByRole("link", { name: "相談窓口", exact: true }).click();
    await page.getByRole("link", { name: subject }).click();
    await page.getByText("回答済み").waitFor();
    await page.getByText("担当窓口", { exact: true }).waitFor();
    const link = page.getByRole("link", { name: new RegExp(`^TR-\\d{4}-\\d{4} ${subject}$`) });
    await link.click();
    await page.waitForURL(reviewUrl);
    await snap(page, "desk-04-linked");
  });

  it("a researcher asks from a case page, and the new 該非判定 form starts from the lab profile", async () => {
    const caseTitle = "次世代蓄電池材料の共同研究";
    const subject = "共同研究先に試作セルの評価条件を渡してよいか";

    // 1. From the case's page: the question names the case by its number and title, and links back.
    await signIn(page, server.url, RESEARCHER);
    await page.goto(`${server.url}/cases`);
    await page.getByRole("link", { name: caseTitle }).first().click();
    await page.getByRole("heading", { name: caseTitle }).waitFor();
    const caseUrl = page.url();
    await page.getByRole("link", { name: "この記録について相談" }).click();
    await page.getByText("連携案件 — 開いていた記録についての相談として送信します。").waitFor();
    await page.getByLabel("件名").fill(subject);
    await page.getByLabel("相談内容").fill("評価条件の資料（未公開）を共同研究先に渡す予定です。");
    await page.getByRole("button", { name: "送信" }).click();
    await page.getByRole("heading", { name: subject }).waitFor();
    const back = page.getByRole("link", { name: new RegExp(`^\\d{4}-\\d{4} ${caseTitle}$`) });
    await back.waitFor();
    await snap(page, "desk-05-asked-from-case");
    await back.click();
    await page.waitForURL(caseUrl);

    // 2. The researcher keeps the lab's standing profile …
    await page.goto(`${server.url}/desk/lab`);
    await page.getByLabel("研究室名").fill("電池材料研究室");
    await page.getByRole("button", { name: "技術を追加" }).click();
    await page.getByLabel("技術の説明").fill("全固体電池の電極作製技術");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("保存しました。").waitFor();

    // 3. … and a new 該非判定 starts from it: a visible note, each field editable, nothing saved yet.
    await page.goto(`${server.url}/export-control/classifications/new`);
    await page.getByText("研究室の輸出管理プロファイルから入力しました").waitFor();
    const name = page.getByLabel("品名・技術名");
    expect(await name.inputValue()).toBe("全固体電池の電極作製技術");
    await name.fill("全固体電池の電極作製技術（改良版）");
    await snap(page, "desk-06-prefilled-classification");
    await page.getByRole("button", { name: "入力した内容を消して空の書式に戻す" }).click();
    expect(await page.getByLabel("品名・技術名").inputValue()).toBe("");
    await page.goto(`${server.url}/export-control/classifications`);
    await expect(page.getByText("全固体電池の電極作製技術").count()).resolves.toBe(0);
    await signOut(page);

    // 4. The officer, entering for the researcher, chooses whose lab the new forms start from.
    await signIn(page, server.url, OFFICER);
    await page.goto(`${server.url}/export-control/classifications/new`);
    await page.getByRole("combobox", { name: "どの研究者の研究室から入力するか" }).click();
    await page.getByRole("option", { name: "電池材料研究室（山田 太郎（研究者））" }).click();
    await page.getByText("研究室の輸出管理プロファイルから入力しました").waitFor();
    await page.getByText("電池材料研究室のプロファイルの内容です。", { exact: false }).waitFor();
    await expect.poll(() => page.getByLabel("品名・技術名").inputValue()).toBe("全固体電池の電極作製技術");
    await snap(page, "desk-07-officer-chose-lab");
    // "Start from empty" still empties what the chosen lab filled in.
    await page.getByRole("button", { name: "入力した内容を消して空の書式に戻す" }).click();
    expect(await page.getByLabel("品名・技術名").inputValue()).toBe("");

    // 5. The new 取引審査 likewise: the lab's technology, and the researcher as the applicant.
    await page.goto(`${server.url}/export-control/reviews/new`);
    await page.getByRole("combobox", { name: "どの研究者の研究室から入力するか" }).click();
    await page.getByRole("option", { name: "電池材料研究室（山田 太郎（研究者））" }).click();
    await page.getByText("研究室の輸出管理プロファイルから入力しました").waitFor();
    await expect.poll(() => page.getByLabel("取引の内容").inputValue()).toContain("全固体電池の電極作製技術");
    const applicant = page.getByLabel("申請者（研究責任者）");
    await expect.poll(() => applicant.locator("option:checked").textContent()).toBe("山田 太郎（研究者）");
  });
});
