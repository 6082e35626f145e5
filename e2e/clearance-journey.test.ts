import { addDays, japanDate } from "@renkei/domain";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const OFFICER = "export-control@demo.renkei.example";
const ADMIN = "admin@demo.renkei.example";

const journey = useJourney({ viewport: { width: 1400, height: 900 } });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

/** Picks an option in a searchable Mantine select. */
async function choose(label: string, option: string) {
  await page.getByRole("main").getByLabel(label).first().click();
  await page.getByRole("option", { name: option }).first().click();
}

describe("security-clearance register journey (J9)", () => {
  it("the officer is refused until designated → the admin designates without reading → the officer records and ends a clearance", async () => {
    const today = japanDate(new Date());
    const nav = () => page.getByRole("navigation");

    // 1. The role alone does not open the register: the officer is told to ask for a designation.
    await signIn(page, server.url, OFFICER);
    await nav().getByRole("link", { name: "適性評価の記録", exact: true }).click();
    await page.getByText("管理者から担当者として指名を受ける必要があります").waitFor();
    await signOut(page);

    // 2. The admin designates the officer (confirmed in the dialog) and has no link to the register.
    await signIn(page, server.url, ADMIN);
    expect(await nav().getByRole("link", { name: "適性評価の記録", exact: true }).count()).toBe(0);
    await nav().getByRole("link", { name: "適性評価の記録担当者" }).click();
    await choose("担当者", "高橋 誠（輸出管理）");
    await page.getByRole("main").getByRole("button", { name: "担当者に指名する" }).click();
    const designate = page.getByRole("dialog");
    await designate
      .getByText("高橋 誠（輸出管理） が適性評価の記録を閲覧・記録できるようになります。")
      .waitFor();
    await designate.getByRole("button", { name: "担当者に指名する" }).click();
    await page.getByRole("main").getByRole("cell", { name: "高橋 誠（輸出管理）" }).waitFor();
    await snap(page, "clearance-01-designated");
    await signOut(page);

    // 3. The designated officer records a clearance with its purpose, then ends it after confirming.
    await signIn(page, server.url, OFFICER);
    await nav().getByRole("link", { name: "適性評価の記録", exact: true }).click();
    await choose("対象者", "山田 太郎（研究者）");
    await page.getByLabel("記録の目的").fill("重要経済安保情報を扱う共同研究への参加");
    await page.getByLabel("評価日").fill(today);
    await page.getByLabel("有効期限").fill(addDays(today, 365 * 10));
    await page.getByRole("button", { name: "記録する" }).click();
    const table = page.getByTestId("clearance-table");
    await table.getByText("重要経済安保情報を扱う共同研究への参加").waitFor();
    expect(await table.getByRole("cell", { name: "有効", exact: true }).count()).toBe(1);
    await snap(page, "clearance-02-recorded");

    await table.getByRole("button", { name: "記録を終える" }).click();
    const end = page.getByRole("dialog");
    await end.getByText("山田 太郎（研究者） の記録を「終了」にします。").waitFor();
    await end.getByRole("button", { name: "記録を終える" }).click();
    await table.getByRole("cell", { name: "終了", exact: true }).waitFor();
    expect(await table.getByRole("button", { name: "記録を終える" }).count()).toBe(0);
  });
});
