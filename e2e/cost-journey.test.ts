import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const RESEARCHER = "researcher@demo.renkei.example";
const LEGAL = "legal-ip@demo.renkei.example";
const COORDINATOR = "coordinator@demo.renkei.example";
const CASE_TITLE = "ロボットハンド制御の共同研究";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

describe("cost components (issue 17 item 4)", () => {
  it("the requester sees the secrecy cost not yet agreed; legal/IP records the agreement and the total moves", async () => {
    // 1. The PI sees the indirect split and the secrecy line out of the total, with no way to agree.
    await signIn(page, server.url, RESEARCHER);
    await page.getByRole("link", { name: "連携案件", exact: true }).click();
    await page
      .getByRole("link", { name: new RegExp(CASE_TITLE) })
      .first()
      .click();
    await page.getByRole("tab", { name: "費用・見積" }).click();
    const lines = page.getByTestId("quotation-lines");
    await lines.getByText("うち受入・執行管理経費").waitFor();
    await lines.getByText("秘密管理費用（未合意）").waitFor();
    expect(await page.getByTestId("quotation-total").first().textContent()).toBe("¥6,840,000");
    await page.getByText("合意は産学連携・法務知財の担当者が相手方の書面に基づいて記録します。").waitFor();
    expect(await page.getByRole("button", { name: "合意を記録" }).count()).toBe(0);
    await snap(page, "cost-01-not-agreed");
    const caseUrl = page.url();
    await signOut(page);

    // 2. Legal/IP records the partner's agreement with its evidence, after confirming.
    await signIn(page, server.url, LEGAL);
    await page.goto(caseUrl);
    await page.getByRole("tab", { name: "費用・見積" }).click();
    await page.getByLabel("相手方の署名者（役職・氏名）").fill("Direttore della ricerca（架空）");
    await page.getByLabel(/^根拠/).fill("相手方署名済みの見積書（2026年11月受領）");
    await page.getByRole("button", { name: "合意を記録" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "合意を記録" }).click();
    await page.getByTestId("quotation-lines").getByText("合意済み").waitFor();
    await page.getByTestId("quotation-breakdown-total").getByText("¥6,924,000").waitFor();
    expect(await page.getByTestId("quotation-total").first().textContent()).toBe("¥6,924,000");
    await page.getByRole("button", { name: "合意を取り消す" }).waitFor();
    await snap(page, "cost-02-agreed");
    await signOut(page);

    // 3. The coordinator sets the institution's split; shares that do not add up are refused in words.
    await signIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/cases/settings`);
    const section = page.getByRole("region", { name: "間接経費の内訳と秘密管理費用" });
    await section.getByLabel("契約業務事務経費").fill("30");
    await section.getByText("合計 110%").waitFor();
    await section.getByRole("button", { name: "内訳・秘密管理費用を保存" }).click();
    await section.getByText("3つの割合の合計を100%にしてください。").waitFor();
    await section.getByLabel("受入・執行管理経費").fill("30");
    await section.getByRole("button", { name: "内訳・秘密管理費用を保存" }).click();
    await section.getByText("保存しました。").waitFor();
    await snap(page, "cost-03-settings");
  });
});
