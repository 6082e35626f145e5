import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

// Issue 15 in the browser, on the demo data (demo-ec-reach.ts): the officer's records the law expects
// (appointments, the self-audit, travel payments), ownership by a listed party, a trip to a listed
// counterpart held, and the lab view a researcher reads.

const OFFICER = "export-control@demo.renkei.example";
const RESEARCHER = "researcher@demo.renkei.example";
const HEAD = "department-head@demo.renkei.example";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

const nav = (name: string) => page.getByRole("link", { name, exact: true }).click();
const main = () => page.getByRole("main");

describe("export control reaches every person and party (issue 15)", () => {
  it("the officer keeps the appointments and the self-audit", async () => {
    await signIn(page, server.url, OFFICER);
    await nav("責任者の任命");
    const history = main().getByTestId("appointments");
    await history.getByRole("row", { name: /中村 修（理事）/ }).waitFor();
    await history.getByRole("row", { name: /田中 恵子（工学研究科長）/ }).waitFor();
    await snap(page, "ec-reach-01-appointments");

    // A new 該非確認責任者 from next April, after confirming; the current term ends the day before.
    await main().getByLabel(/^氏名/).click();
    await page.getByRole("option", { name: "伊藤 健（利益相反委員）" }).click();
    await main().getByLabel("開始日").fill("2027-04-01");
    await main().getByLabel("備考（任命の根拠など）").fill("学長通知（架空）");
    await main().getByRole("button", { name: "任命する" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("伊藤 健（利益相反委員） を 該非確認責任者 に任命しますか。").waitFor();
    await dialog.getByRole("button", { name: "任命する" }).click();
    const newRow = history.getByRole("row", { name: /伊藤 健（利益相反委員）/ });
    await newRow.waitFor();
    await expect.poll(() => newRow.textContent()).toContain("学長通知（架空）");
    const ended = history.getByRole("row", { name: /高橋 誠（輸出管理）/ });
    await expect.poll(() => ended.textContent()).toMatch(/2027.?0?3.?31/);
    await snap(page, "ec-reach-02-appointed");

    // This year's self-audit is half answered: the officer answers the training item and saves.
    await nav("自己監査");
    const item = main().getByRole("row", { name: /教職員・学生への研修を実施した/ });
    await item.getByText("未回答").waitFor();
    await item
      .getByLabel(/^結果:/)
      .first()
      .click();
    await page.getByRole("option", { name: "はい", exact: true }).click();
    await item.getByLabel("証跡（文書・記録）").fill("輸出管理研修の受講記録（オンライン研修）");
    await item.getByLabel("確認日").fill("2026-10-20");
    await main().getByRole("button", { name: "保存する" }).click();
    await expect.poll(() => item.getByText("未回答").count()).toBe(0);
    await expect
      .poll(() => item.getByLabel("証跡（文書・記録）").inputValue())
      .toBe("輸出管理研修の受講記録（オンライン研修）");
    await snap(page, "ec-reach-03-self-audit");
  });

  it("the officer sees ownership by a listed party, reconciles payments and finds the held trip", async () => {
    await signIn(page, server.url, OFFICER);

    // The demo partner 60 % owned by a party on the office's own list is flagged with the path.
    await page.goto(`${server.url}/partners?q=${encodeURIComponent("Severo Optika")}`);
    await main().getByRole("link", { name: "Severo Optika LLC" }).click();
    const flag = page.getByTestId("ownership-flag");
    await flag.getByText("リスト掲載者の保有が合計 60 % です。").waitFor();
    // The path names the owner's list in words, down to the partner and its share.
    await flag
      .getByText(
        "経路: Koschei Strategic Holdings Ltd（輸出管理室 追加監視リスト（架空・デモ）） → Severo Optika LLC 60%",
      )
      .waitFor();

    // The officer enters an owner on another partner: 51 % held by the same listed party.
    await page.goto(`${server.url}/partners?q=${encodeURIComponent("Hanbit Semiconductor")}`);
    await main().locator("tbody a").first().click();
    const section = page.getByTestId("ownership");
    await section.getByText("登録された関係はありません。").waitFor();
    await section.getByLabel("登録済みの連携先から選ぶ（任意）").first().fill("Koschei");
    await page.getByRole("option", { name: "Koschei Strategic Holdings Ltd" }).click();
    await section.getByLabel("出資比率（%）").fill("51");
    await section.getByLabel("出典（登記簿、年次報告書など）").fill("年次報告書 2025（架空）");
    await section.getByRole("button", { name: "関係を登録する" }).click();
    const flagged = section.getByTestId("ownership-flag");
    await flagged.getByText("リスト掲載者の保有が合計 51 % です。").waitFor();
    await flagged
      .getByText(/^経路: Koschei Strategic Holdings Ltd（輸出管理室 追加監視リスト（架空・デモ）） → .* 51%$/)
      .waitFor();
    await snap(page, "ec-reach-04-ownership");

    // The finance system's payments: one has no trip clearance at all.
    await nav("旅費支払の突合");
    await main().getByText("DEMO-PAY-002").waitFor();
    const csv = [
      "payment_ref,traveller_email,traveller_name,destination_country,depart_on,return_on,trip_ref,amount_yen,paid_on",
      `E2E-PAY-9,${RESEARCHER},山田 太郎,IT,2026-09-01,2026-09-06,,210000,2026-09-20`,
    ].join("\n");
    await main()
      .locator('input[type="file"]')
      .setInputFiles({ name: "payments.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await main().getByRole("button", { name: "取り込む" }).click();
    await main().getByText("1 件の支払を取り込みました。").waitFor();
    const unmatched = main().getByRole("row", { name: /E2E-PAY-9/ });
    await unmatched.getByText("出張の届出なし").waitFor();
    await snap(page, "ec-reach-05-payments");

    // The trip to a counterpart on the lists is held; the hit names its lists and kinds in words.
    await nav("出張");
    await main()
      .getByTestId("trip-list")
      .getByRole("row", { name: /展示会で共同研究候補と面談（架空）/ })
      .getByRole("link")
      .first()
      .click();
    await main().getByText("クリアランス: 保留").waitFor();
    const panel = page.getByTestId("party-screening");
    await panel.getByTestId("party-screening-status").getByText("該当あり").waitFor();
    await panel.getByText("機関独自のリスト").first().waitFor();
    await panel.getByText("外国ユーザーリスト（経済産業省）").first().waitFor();
    await panel.getByText("懸念区分: 通常兵器").waitFor();
    await panel.getByText(/学内ウォッチリスト（架空・デモ）/).waitFor();
    expect(await panel.getByText(/\beul\b|\bown\b|\bsanctions\b/).count()).toBe(0);
    await snap(page, "ec-reach-06-held-trip");
  });

  it("a researcher and the lab head read the lab view of visitors and foreign students", async () => {
    // The researcher sees the visitors they host or filed, with the home institution's screening.
    await signIn(page, server.url, RESEARCHER);
    await nav("研究室の受入者・留学生");
    const table = main().getByTestId("lab-view");
    await table
      .getByRole("row", { name: /劉 洋（架空）/ })
      .getByText("確認待ち")
      .first()
      .waitFor();
    await snap(page, "ec-reach-07-lab-view");
    await signOut(page);

    // The head of the department sees the department's: the foreign student too, with the 特定類型 in words.
    await signIn(page, server.url, HEAD);
    await nav("研究室の受入者・留学生");
    const student = main()
      .getByTestId("lab-view")
      .getByRole("row", { name: /Nguyen Thi Lan（架空）/ });
    await student.getByText(/類型②/).waitFor();
    await main()
      .getByTestId("lab-view")
      .getByRole("row", { name: /劉 洋（架空）/ })
      .waitFor();
    await snap(page, "ec-reach-08-lab-view-head");
  });
});
