import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { COORDINATOR, savePartnerForm, signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const RESEARCHER = "researcher@demo.renkei.example";
const PARTNER = "Nordwind Sensorik GmbH（架空）";
const SEED = "圧電薄膜センサの低温成膜（ジャーニー）";
const NEED = "工作機械の振動監視（ジャーニー）";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

/** Opens a Mantine select (or a picker) by its label, types to narrow it, and picks an option. */
async function choose(
  scope: ReturnType<Page["locator"]>,
  label: string,
  option: string | RegExp,
  type?: string,
) {
  const input = scope.getByLabel(label).first();
  if (type) {
    await input.fill(type);
  } else {
    await input.click();
  }
  await page.getByRole("listbox").getByRole("option", { name: option }).first().click();
}

/** A row of a list, found by a text in it (the list's filters also hold status words, in hidden options). */
const rowOf = (scope: ReturnType<Page["locator"]>, text: string) =>
  scope.getByRole("row").filter({ hasText: text });

const nav = (name: string) =>
  page.getByRole("navigation", { name: "連携先" }).getByRole("link", { name, exact: true });

describe("CRM depth (issue 17 item 1)", () => {
  it("a researcher asks for a partner to be entered; the office enters it, matches a seed with a need and renews a member", async () => {
    // 1. The researcher asks the office to enter a partner met at an exhibition.
    await signIn(page, server.url, RESEARCHER);
    await nav("登録依頼").click();
    await page.getByRole("heading", { name: "連携先・担当者の登録依頼" }).waitFor();
    await page.getByRole("link", { name: "登録を依頼" }).click();
    const main = page.locator("main");
    await main.getByLabel("組織名").fill(PARTNER);
    await choose(main, "国・地域", "ドイツ", "ドイツ");
    await main
      .getByLabel("依頼の内容・経緯")
      .fill("展示会で名刺交換。振動センサの共同研究を打診されました。");
    await snap(page, "crm-01-request");
    await page.getByRole("button", { name: "依頼を送信" }).click();
    const requests = page.getByTestId("entry-requests");
    await requests.getByRole("button", { name: PARTNER }).waitFor();
    await rowOf(requests, PARTNER).getByText("受付", { exact: true }).waitFor();
    await signOut(page);

    // 2. The coordinator enters the partner, then closes the request with it.
    await signIn(page, server.url, COORDINATOR);
    await page.getByRole("link", { name: "連携先の登録" }).first().click();
    await main.getByLabel("正式名称").fill(PARTNER);
    await main.getByLabel("種別").selectOption({ label: "企業" });
    await main.getByLabel("国・地域").first().fill("DE");
    await choose(main, "事業展開国・地域", "フランス", "フランス");
    await main.getByTestId("operating-countries").getByText("フランス").waitFor();
    await savePartnerForm(page);
    await page.getByText("本拠国（設立準拠法の国）").waitFor();
    await page.getByText("フランス").first().waitFor();

    await nav("登録依頼").click();
    await page.getByTestId("entry-requests").getByRole("button", { name: PARTNER }).click();
    const panel = page.getByTestId("entry-request");
    await panel.getByRole("button", { name: "対応を開始" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "対応を開始" }).click();
    await panel.getByText("対応中", { exact: true }).waitFor();
    await choose(panel, "登録した連携先", new RegExp(PARTNER.slice(0, 8)), "Nordwind");
    await panel.getByLabel("依頼者への連絡事項").fill("連携先として登録しました。");
    await panel.getByRole("button", { name: "登録済みにする" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "登録済みにする" }).click();
    await panel.getByText("登録済み", { exact: true }).waitFor();
    await page.getByTestId("entry-requests").getByRole("link", { name: PARTNER }).waitFor();
    await snap(page, "crm-02-request-done");

    // 3. A seed and a need, matched.
    await nav("シーズ・ニーズ").click();
    await page.getByRole("heading", { name: "シーズ・ニーズ登録簿" }).waitFor();
    await page.getByRole("button", { name: "シーズ・ニーズを登録" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByLabel("タイトル").fill(SEED);
    await dialog.getByLabel("キーワード（読点・カンマ区切り）").fill("圧電、センサ");
    await dialog.getByRole("button", { name: "保存する" }).click();
    await page.getByTestId("entries").getByText(SEED).waitFor();

    await page.getByRole("button", { name: "シーズ・ニーズを登録" }).click();
    dialog = page.getByRole("dialog");
    await choose(dialog, "種別", "企業ニーズ");
    await dialog.getByLabel("タイトル").fill(NEED);
    await dialog.getByRole("button", { name: "保存する" }).click();
    await dialog.getByText("入力してください。").waitFor(); // a need names its partner
    await choose(dialog, "ニーズのある連携先", new RegExp(PARTNER.slice(0, 8)), "Nordwind");
    await dialog.getByRole("button", { name: "保存する" }).click();
    await page.getByTestId("entries").getByText(NEED).waitFor();
    await snap(page, "crm-03-register");

    await page.getByRole("tab", { name: "マッチング" }).click();
    await choose(main, "研究シーズ", SEED);
    await choose(main, "企業ニーズ", new RegExp(NEED));
    await main.getByLabel("メモ").fill("研究室見学を提案。");
    await page.getByRole("button", { name: "マッチングを記録" }).click();
    const matches = page.getByTestId("matches");
    const match = rowOf(matches, SEED);
    await match.getByText(PARTNER).waitFor();
    await match.getByText("候補", { exact: true }).waitFor();
    await snap(page, "crm-04-match");

    // 4. The member whose term is ending is renewed from the end of its term.
    await nav("会員プログラム").click();
    await page.getByText("ゴールド会員").first().waitFor();
    const row = page.getByTestId("members").getByRole("row", { name: /株式会社さくら精機/ });
    await row.getByText("更新時期").waitFor();
    await row.getByRole("button", { name: "更新を記録" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "更新を記録" }).click();
    await row.getByText("更新 1 回").waitFor();
    await row.getByText("期間内").waitFor();
    await snap(page, "crm-05-renewed");
    await signOut(page);

    // 5. The researcher sees the request done, linked to the partner entered.
    await signIn(page, server.url, RESEARCHER);
    await nav("登録依頼").click();
    const done = page.getByTestId("entry-requests");
    await rowOf(done, PARTNER).getByText("登録済み", { exact: true }).waitFor();
    await rowOf(done, PARTNER).getByRole("link", { name: PARTNER }).click();
    await page.getByRole("heading", { name: PARTNER }).waitFor();
    expect(page.url()).toMatch(/\/partners\/[0-9a-f-]{36}$/);
    await snap(page, "crm-06-requester");
  });
});
