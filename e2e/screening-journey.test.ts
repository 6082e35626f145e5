import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const OFFICER = "export-control@demo.renkei.example";

const journey = useJourney({ oneContext: true });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

describe("restricted-party screening journey", () => {
  it("officer searches a name, sees the explained hit, and marks a queue item as a false positive", async () => {
    await signIn(page, server.url, OFFICER);

    // Ad-hoc search: the fictional demo watch list holds "Arrakan Defense Systems FZE".
    await page.getByRole("link", { name: "リスト照合", exact: true }).click();
    await page.getByRole("heading", { name: "リスト照合（随時確認）" }).waitFor();
    await page.getByLabel("名称（組織名・氏名）").fill("アラカン・ディフェンス・システムズ");
    await page.getByRole("button", { name: "照合する" }).click();
    await page.getByText(/しきい値 0.7 以上の候補 \d+ 件/).waitFor();
    const first = page.getByTestId("screening-match").first();
    await expect.poll(() => first.getByText("該当候補").isVisible()).toBe(true);
    await expect.poll(() => first.getByText("Arrakan Defense Systems FZE").first().isVisible()).toBe(true);
    // The explanation says how the name matched.
    await expect
      .poll(() => first.getByTestId("match-explanation").getByText("一致の根拠").isVisible())
      .toBe(true);
    await snap(page, "screening-01-search");

    // Review queue: the demo partner 国家架空航天研究院 hit the demo watch list when it was imported.
    await page.getByRole("link", { name: "照合結果の審査" }).click();
    await page.getByRole("heading", { name: "照合結果の審査" }).waitFor();
    const item = page
      .getByTestId("screening-hit")
      .filter({ hasText: "学内ウォッチリスト（架空・デモ）" })
      .filter({ hasText: "国家架空航天研究院" });
    await item.waitFor();
    await snap(page, "screening-02-queue");
    await item.getByLabel("非該当（誤検知）").check();
    await item
      .getByLabel("判定理由")
      .fill("所在地と設立年が異なる別組織であることを登記情報で確認した（デモ）");
    await item.getByRole("button", { name: "判定を記録する" }).click();
    // The decided item leaves the open queue.
    await expect.poll(() => item.count()).toBe(0);

    // The partner page shows the decision in its screening history.
    await page.getByRole("link", { name: "連携先", exact: true }).click();
    await page.getByLabel("名称・法人番号で検索").fill("国家架空航天研究院");
    await page.getByRole("button", { name: "検索", exact: true }).click();
    await page.getByRole("link", { name: "国家架空航天研究院", exact: true }).click();
    await page.getByRole("heading", { name: "リスト照合（取引審査）" }).waitFor();
    const cleared = page.getByTestId("screening-hit").filter({ hasText: "学内ウォッチリスト（架空・デモ）" });
    await expect.poll(() => cleared.count()).toBe(1);
    await expect.poll(() => cleared.getByText("登記情報で確認した", { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => cleared.getByRole("button", { name: "判定を記録する" }).count()).toBe(0);
    // The EUL-layout demo entry is still open, so the partner awaits review.
    await expect.poll(() => page.getByTestId("screening-status").textContent()).toBe("審査待ち");
    await expect.poll(() => page.getByTestId("screening-history").isVisible()).toBe(true);
    await snap(page, "screening-03-partner");
  }, 120_000);
});
