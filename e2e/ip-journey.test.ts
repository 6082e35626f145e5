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
    await filings.getByLabel("出願番号").fill("特願2026-555555");
    await filings.getByLabel("出願日", { exact: true }).fill("2026-03-02");
    await filings.getByRole("button", { name: "出願を登録する" }).click();
    await expect
      .poll(() => filings.getByTestId("filings").textContent())
      .toContain("優先期間（外国出願・PCT出願の期限）: 2027年3月2日");
    // A PCT filing waits for the 非公開 check.
    await filings.getByLabel("出願の種類").selectOption("pct");
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
    await snap(page, "ip-02-filed");

    // An exclusive licence to a US company: refused without an exception, registered under ③.
    const agreements = section("ライセンス・オプション・譲渡");
    await agreements.getByLabel("契約の種類").selectOption("exclusive_licence");
    await agreements.getByLabel("相手方", { exact: true }).fill("Pacific Cells Inc.（架空）");
    await agreements.getByLabel("相手方の国").fill("US");
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
});
