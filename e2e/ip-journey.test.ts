import type { Locator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const TITLE = "E2E 固体電解質の低温合成法";
const RESEARCHER = "researcher@demo.renkei.example";
const LEGAL = "legal-ip@demo.renkei.example";
const EXECUTIVE = "executive@demo.renkei.example";

const journey = useJourney({ viewport: { width: 1400, height: 900 }, oneContext: true });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

async function openInvention() {
  await page.getByRole("link", { name: "発明・知財", exact: true }).click();
  await page.getByRole("link", { name: TITLE }).click();
  await page.getByRole("heading", { name: new RegExp(TITLE) }).waitFor();
}

const section = (name: string): Locator => page.getByRole("region", { name });

describe("IP journey", () => {
  it("disclosure → filing → licence to a foreign company under exception ③ with Bayh-Dole approval → royalty income", async () => {
    // The researcher discloses an invention funded by a government commission (Bayh-Dole).
    await signIn(page, server.url, RESEARCHER);
    await page.getByRole("link", { name: "発明・知財", exact: true }).click();
    await page.getByRole("link", { name: "発明届の提出" }).click();
    await page.getByLabel("発明の名称").fill(TITLE);
    await page.getByLabel("技術分野").fill("電池材料");
    await page.getByRole("button", { name: "資金を追加" }).click();
    await page.getByLabel("資金提供元").fill("NEDO（架空）");
    await page.getByRole("button", { name: "発明届を提出する" }).click();
    await expect.poll(() => page.getByTestId("invention-stage").textContent()).toBe("認定待ち");
    await expect.poll(() => page.getByText("日本版バイ・ドール対象").first().isVisible()).toBe(true);
    await snap(page, "ip-01-disclosed");
    await signOut(page);

    // Legal/IP decides, records the 非公開 check and files in Japan and under the PCT.
    await signIn(page, server.url, LEGAL);
    await openInvention();
    await page.getByRole("button", { name: "認定を記録する" }).click();
    await expect.poll(() => page.getByTestId("invention-stage").textContent()).toBe("認定済み");
    const filings = section("出願（期限管理）");
    await filings.getByLabel("出願番号").fill("特願2026-555550");
    await filings.getByLabel("出願日", { exact: true }).fill("2026-03-01");
    await filings.getByRole("button", { name: "出願を登録する" }).click();
    await expect
      .poll(() => filings.getByTestId("filings").textContent())
      .toContain("優先期間（外国出願・PCT出願の期限）: 2027年3月1日");
    // A mistyped number and date are corrected; the deadlines follow the corrected date.
    await filings.getByRole("button", { name: "訂正" }).click();
    const correction = filings.getByRole("form", { name: "訂正" });
    await correction.getByLabel("出願番号").fill("特願2026-555555");
    await correction.getByLabel("出願日", { exact: true }).fill("2026-03-02");
    await correction.getByRole("button", { name: "訂正を保存する" }).click();
    // A correction is decisive: the dialog asks first (issue 11 item 6).
    await page.getByRole("dialog").getByRole("button", { name: "訂正を保存する" }).click();
    await expect
      .poll(() => filings.getByTestId("filings").textContent())
      .toContain("優先期間（外国出願・PCT出願の期限）: 2027年3月2日");
    expect(await filings.getByTestId("filings").textContent()).toContain("特願2026-555555");
    // A PCT filing waits for the 非公開 check; its office is named, never shown as a code.
    await filings.getByLabel("出願の種類").selectOption("pct");
    await expect
      .poll(() => filings.getByLabel("国・機関").first().inputValue())
      .toBe("世界知的所有権機関（WIPO）");
    await filings.getByLabel("出願番号").fill("PCT/JP2026/055555");
    await filings.getByLabel("出願日", { exact: true }).fill("2026-11-20");
    await filings.getByLabel("優先日").fill("2026-03-02");
    await filings.getByRole("button", { name: "出願を登録する" }).click();
    await filings.getByText("特許出願非公開の対象か").waitFor();
    const secrecy = section("特許出願非公開の確認");
    await secrecy.getByLabel("根拠（確認票番号・通知など）").fill("該当性確認票 E2E-1");
    await secrecy.getByRole("button", { name: "確認を記録する" }).click();
    await expect.poll(() => secrecy.getByTestId("secrecy-foreign").textContent()).toContain("外国出願可");
    await filings.getByRole("button", { name: "出願を登録する" }).click();
    await expect.poll(() => filings.getByTestId("filings").textContent()).toContain("PCT国内移行期限");
    expect(await filings.getByTestId("filings").textContent()).toContain("国内出願（日本）");
    await snap(page, "ip-02-filed");

    // An exclusive licence to a US company: refused without an exception, registered under ③.
    const agreements = section("ライセンス・オプション・譲渡");
    await agreements.getByLabel("契約の種類").selectOption("exclusive_licence");
    await agreements.getByLabel("相手方", { exact: true }).fill("Pacific Cells Inc.（架空）");
    // The country is picked by its name from the searchable list.
    await agreements.getByLabel("相手方の国").first().fill("アメリカ");
    await page.getByRole("option", { name: "アメリカ合衆国", exact: true }).click();
    await agreements.getByLabel("実施料率（%）").fill("3");
    await agreements.getByLabel("一時金（円）").fill("5000000");
    await agreements.getByRole("button", { name: "契約を登録する" }).click();
    await agreements.getByText("外国企業への独占的許諾は機関の定める例外").waitFor();
    await agreements.getByLabel("③ 市場において国内企業と競合しない技術").check();
    await agreements.getByLabel("例外とする理由").fill("定置用途は国内企業と競合しない");
    await agreements.getByRole("button", { name: "契約を登録する" }).click();
    await expect
      .poll(() => agreements.getByTestId("agreement-determination").textContent())
      .toBe("承認が必要");
    await signOut(page);

    // The executive approves the exception.
    await signIn(page, server.url, EXECUTIVE);
    await openInvention();
    await section("ライセンス・オプション・譲渡").getByRole("button", { name: "例外を承認する" }).click();
    await expect
      .poll(() =>
        section("ライセンス・オプション・譲渡").getByTestId("agreement-determination").textContent(),
      )
      .toBe("方針に適合");
    await signOut(page);

    // Legal/IP records the state's approval and the notice, signs, and records the royalty.
    await signIn(page, server.url, LEGAL);
    await openInvention();
    const ag = section("ライセンス・オプション・譲渡");
    await ag.getByRole("button", { name: "締結を記録する" }).click();
    await ag.getByText("国の事前承認が必要").first().waitFor();
    const bd = section("日本版バイ・ドールの手続");
    for (const [kind, evidence] of [
      ["prior_approval", "NEDO 承認 E2E-7"],
      ["licensee_notice", "通知書 E2E-8"],
    ] as const) {
      await bd.getByLabel("手続").selectOption(kind);
      await bd.getByLabel("対象の契約").selectOption({ label: "Pacific Cells Inc.（架空）" });
      await bd.getByLabel("根拠（承認番号・文書番号）").fill(evidence);
      await bd.getByRole("button", { name: "記録する", exact: true }).click();
      await bd.getByText(evidence).waitFor();
    }
    await ag.getByRole("button", { name: "締結を記録する" }).click();
    await expect.poll(() => ag.getByTestId("agreement-status").textContent()).toBe("締結済み");
    const card = ag.getByRole("article", { name: "Pacific Cells Inc.（架空）" });
    await card.getByLabel("金額（円）").fill("1500000");
    await card.getByLabel("報告された売上（円）").fill("50000000");
    await card.getByRole("button", { name: "収入を記録する" }).click();
    await expect.poll(() => card.getByTestId("income-list").textContent()).toContain("1,500,000円");
    await snap(page, "ip-03-licensed");
    await page.getByRole("link", { name: "発明・知財", exact: true }).click();
    await page.getByRole("tab", { name: "年度別収入" }).click();
    await expect
      .poll(() => page.getByTestId("income-by-year").textContent())
      .toContain("ランニングロイヤルティ 1,500,000円");
  });

  it("legal/IP sets the arbitration policy and adds a model-text version; the coordinator cannot change the policy", async () => {
    // Still signed in as legal/IP.
    await page.getByRole("link", { name: "知財・契約の方針" }).click();
    const contract = section("契約の方針");
    await contract.getByLabel("第三国での仲裁（外国企業との契約）").selectOption("require");
    await contract.getByRole("button", { name: "保存する" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "保存する" }).click();
    await contract.getByText("保存しました。").waitFor();
    const licence = section("ライセンス方針（外国企業への独占的ライセンスの例外）");
    await expect.poll(() => licence.getByTestId("ip-exception").count()).toBe(7);
    await snap(page, "ip-04-settings");

    // The demo university's mutual NDA has two versions; legal/IP adds a third, the earlier ones stay.
    await page.getByRole("link", { name: "発明・知財", exact: true }).click();
    await page.getByRole("link", { name: "契約ひな形" }).click();
    await page.getByRole("button", { name: "秘密保持契約（双方向）" }).click();
    await expect.poll(() => page.getByTestId("model-text-versions").textContent()).toContain("第2版");
    await page.getByRole("button", { name: "新しい版を作成" }).click();
    const form = page.getByRole("form", { name: "新しい版を作成" });
    const body = form.getByLabel("本文（日本語）");
    await body.fill((await body.inputValue()).replace("契約終了後5年間", "契約終了後7年間"));
    const bodyEn = form.getByLabel("本文（英語）");
    await bodyEn.fill((await bodyEn.inputValue()).replace("five years", "seven years"));
    await form.getByLabel("改訂の内容").fill("存続期間を7年に");
    await form.getByRole("button", { name: "版を追加する" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "版を追加する" }).click();
    const versions = page.getByTestId("model-text-versions");
    await expect.poll(() => versions.textContent()).toContain("第3版");
    expect(await versions.textContent()).toContain("第1版");
    await expect.poll(() => page.getByLabel("版の比較").textContent()).toContain("契約終了後7年間");
    await snap(page, "ip-05-model-text");
    await signOut(page);

    // The coordinator sees the policy in the case settings but cannot change it, nor open the IP settings.
    await signIn(page, server.url, "coordinator@demo.renkei.example");
    await expect.poll(() => page.getByRole("link", { name: "知財・契約の方針" }).count()).toBe(0);
    await page.goto(`${server.url}/cases/settings`);
    const arbitration = page.getByLabel("第三国での仲裁（外国企業との契約）");
    await expect.poll(() => arbitration.inputValue()).toBe("require");
    expect(await arbitration.isDisabled()).toBe(true);
    await page.goto(`${server.url}/ip/settings`);
    await page.getByTestId("page-forbidden").waitFor();
  });
});
