import { addDays, japanDate } from "@renkei/domain";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { runCoiDaily } from "../apps/server/src/features/coi/coi-jobs";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const RESEARCHER = "researcher@demo.renkei.example";
const REVIEWER = "coi-reviewer@demo.renkei.example";
const CASE = "高容量電極材料の共同研究";

const journey = useJourney({ viewport: { width: 1400, height: 900 }, acceptDialogs: true });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

async function caseCoiStatus(): Promise<string> {
  await page.goto(`${server.url}/cases`);
  await page.getByRole("link", { name: CASE }).first().click();
  const badge = page.getByTestId("coi-status");
  await badge.waitFor();
  return (await badge.textContent()) ?? "";
}

describe("conflict-of-interest journey", () => {
  it("cycle opens → researcher declares equity → reviewer sets a plan → the case's COI gate opens → the monitoring date reminds", async () => {
    const today = japanDate(new Date());
    const monitoringOn = addDays(today, 7);

    // 1. The committee opens the annual cycle; researchers are notified.
    await signIn(page, server.url, REVIEWER);
    await page.getByRole("link", { name: "利益相反の申告", exact: true }).click();
    await page.getByLabel("名称").fill("2027年度 定期申告（前倒し）");
    await page.getByLabel("開始日").fill(today);
    await page.getByLabel("締切").fill(addDays(today, 30));
    await page.getByLabel("有効期限").fill(addDays(today, 365));
    await page.getByRole("button", { name: "定期申告を開始" }).click();
    await page.getByText("定期申告を開始しました。研究者に通知しました。").waitFor();
    await signOut(page);

    // 2. The researcher self-checks (equity: yes) and declares the equity interest for the case.
    await signIn(page, server.url, RESEARCHER);
    expect(await caseCoiStatus()).toBe("全員判定済み");
    await page.goto(`${server.url}/coi`);
    await page.getByText("定期申告「2027年度 定期申告（前倒し）」の受付中").waitFor();
    await page.getByRole("button", { name: "定期申告を始める" }).click();
    await page.getByText("第1段階: 自己チェック").waitFor();
    for (const q of ["株式", "報酬", "役員", "ロイヤリティ", "寄附", "ご家族", "外国政府"]) {
      const group = page.getByRole("radiogroup", { name: new RegExp(q) });
      await group.getByRole("radio", { name: q === "株式" ? "はい" : "いいえ" }).check();
    }
    await page.getByRole("button", { name: "利益を追加" }).click();
    await page.getByLabel("相手先（企業・団体名）").fill("Nordlicht Batterie AG");
    await page.getByLabel("金額区分").selectOption({ label: "100万〜500万円" });
    await page.getByLabel("内容", { exact: true }).fill("未公開株式 3%");
    await page.getByLabel("関係する連携案件").first().click();
    await page.getByRole("option", { name: CASE }).click();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("保存しました。").waitFor();
    await page.getByLabel("申告内容が事実であり、漏れがないことを誓約します").check();
    await page.getByRole("button", { name: "委員会に提出" }).click();
    await expect.poll(() => page.getByTestId("declaration-status").textContent()).toBe("審査待ち");
    await snap(page, "coi-01-submitted");
    // The new interest closes the case's COI gate until the committee decides.
    expect(await caseCoiStatus()).toBe("未了");
    await page.getByText(/承認後に新しい利益が申告・記録され/).waitFor();
    await signOut(page);

    // 3. The reviewer determines "manageable" with a management plan and approves.
    await signIn(page, server.url, REVIEWER);
    await page.getByRole("link", { name: "利益相反委員会", exact: true }).click();
    await page.getByRole("link", { name: "山田 太郎（研究者）" }).click();
    const det = page.getByTestId("determine-i-1");
    await det.getByLabel("判定", { exact: true }).selectOption({ label: "マネジメントにより許容" });
    await det.getByLabel("判定理由").fill("株式保有は少数で、研究計画への影響を管理可能");
    await det
      .getByLabel("管理計画の条件（1行に1つ）")
      .fill("株式の売買を事前に委員会へ報告する\n研究成果の公表を妨げない");
    await det.getByLabel("モニタリング期日").fill(monitoringOn);
    await det.getByRole("button", { name: "判定を記録" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "判定を記録" }).click();
    await page.getByText("判定が必要な組合せ").waitFor({ state: "detached" });
    await snap(page, "coi-02-plan");
    await page.getByRole("button", { name: "承認する" }).click();
    // The shared confirmation dialog says what approving does; nothing changes until it is confirmed.
    const confirm = page.getByRole("dialog");
    await confirm.getByText("承認すると申告内容は変更できなくなります").waitFor();
    expect(await page.getByTestId("declaration-status").textContent()).not.toBe("承認済み");
    await confirm.getByRole("button", { name: "承認する" }).click();
    await expect.poll(() => page.getByTestId("declaration-status").textContent()).toBe("承認済み");

    await signOut(page);

    // 4. The case's COI gate opens on the committee's record.
    await signIn(page, server.url, RESEARCHER);
    expect(await caseCoiStatus()).toBe("全員判定済み");
    await snap(page, "coi-03-case-gate-open");

    // 5. The daily job reminds of the plan's monitoring date (7 days ahead: inside the 14-day window).
    const r = await runCoiDaily(server.deps, new Date());
    expect(r.reminded).toBeGreaterThanOrEqual(1);
    await page.goto(`${server.url}/notifications`);
    await page
      .getByText(/マネジメント計画のモニタリング期日（あと7日）/)
      .first()
      .waitFor();
    await snap(page, "coi-04-reminder");

    // 6. The researcher's profile is kept once, dated, with its history; the funding application
    //    starts from it and only the researcher pledges.
    await page.goto(`${server.url}/coi/profile`);
    await page.getByText("研究者プロフィール: 山田 太郎（研究者）").waitFor();
    await page.getByText("第1版").first().waitFor();
    await page.goto(`${server.url}/coi/funding`);
    await page.getByLabel("配分機関").fill("JST");
    await page.getByLabel("制度・事業").fill("CREST");
    await page.getByLabel("研究課題名").fill("全固体電池の界面設計");
    await page.getByRole("button", { name: "申請を記録" }).click();
    await page.getByText("日本学術振興会 科研費 基盤研究(B)").waitFor();
    await page.getByLabel("上記の内容を誓約します").check();
    await page.getByRole("button", { name: "誓約する" }).click();
    await page.getByText("プロフィールと一致").waitFor();
    await snap(page, "coi-05-funding-pledged");
    await signOut(page);

    // 7. The committee's monitoring list shows the plan due soon; the follow-up is recorded.
    await signIn(page, server.url, REVIEWER);
    await page.goto(`${server.url}/coi/plans`);
    const row = page.getByTestId("plan-山田 太郎（研究者）");
    await row.getByText("期日間近").waitFor();
    await row.getByRole("button", { name: "モニタリングを記録" }).click();
    await page.getByLabel("確認した内容").fill("株式の売買なし。研究成果の公表に支障なし。");
    await page.getByLabel("次回のモニタリング期日").fill(addDays(today, 180));
    await page.getByRole("button", { name: "記録する" }).click();
    await row.getByText("予定").waitFor();
    await snap(page, "coi-06-monitored");
  });
});
