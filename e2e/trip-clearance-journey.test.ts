import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const RESEARCHER = "researcher@demo.renkei.example";
const OFFICER = "export-control@demo.renkei.example";
const ADMIN = "admin@demo.renkei.example";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

/** YYYY-MM-DD `days` from today (the server runs on the real clock here). */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("overseas trip clearance (issue 4)", () => {
  it("a researcher files a trip, the officer clears it, and the clearance API answers cleared", async () => {
    // 1. The researcher files the trip in plain words.
    await signIn(page, server.url, RESEARCHER);
    await page.getByRole("link", { name: "出張", exact: true }).click();
    await page.getByRole("link", { name: "出張を申請する" }).click();
    await page.getByLabel("行き先の国・地域").first().fill("US");
    await page.getByLabel("都市").fill("Boston");
    await page.getByLabel("出発日").fill(inDays(30));
    await page.getByLabel("帰国日").fill(inDays(35));
    await page.getByLabel("出張の目的").fill("国際学会で研究成果を口頭発表する");
    await page.getByLabel("組織名").fill("Open Materials Conference (fictional)");
    await page.getByLabel("国・地域", { exact: true }).first().fill("US");
    await page.getByLabel("内容", { exact: true }).fill("発表論文（公開済み）");
    await page.getByLabel("どのように").selectOption({ label: "口頭・スライドで説明する" });
    await page.getByLabel("該非判定の結果").selectOption({ label: "非該当" });
    await page.getByLabel("目的", { exact: true }).selectOption({ label: "公開（学会発表・論文）" });
    await page.getByLabel("すでに論文・学会・ウェブ等で公開済み").check();
    await snap(page, "trip-01-form");
    await page.getByRole("button", { name: "申請する" }).click();

    const clearance = page.getByTestId("clearance");
    await clearance.getByText("クリアランス: 保留").waitFor();
    const ref = (await clearance.getByText(/^TRP-\d{4}-\d{4,}$/).textContent())?.trim() ?? "";
    expect(ref).toMatch(/^TRP-\d{4}-\d{4,}$/);
    await page.getByText("許可不要", { exact: true }).first().waitFor();
    await snap(page, "trip-02-filed");
    await signOut(page);

    // 2. The export-control officer finds it in the queue and clears it.
    await signIn(page, server.url, OFFICER);
    await page.getByRole("link", { name: "出張", exact: true }).click();
    await page.getByRole("link", { name: ref }).click();
    await page.getByRole("heading", { name: `出張 ${ref}` }).waitFor();
    // The engine's reasons for the item given to the counterpart, with their sources.
    await page.getByRole("button", { name: /発表論文（公開済み） → Open Materials Conference/ }).click();
    await page.getByText("外国での技術の提供に当たります").first().waitFor();
    await page.getByLabel("判定の理由").fill("公開済みの発表のみで、許可は不要");
    await page.getByRole("button", { name: "承認する" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "承認する" }).click();
    await clearance.getByText("クリアランス: 承認").waitFor();
    await snap(page, "trip-03-cleared");
    await signOut(page);

    // 3. An admin issues an API token for the travel system (shown once).
    await signIn(page, server.url, ADMIN);
    await page.getByRole("link", { name: "APIトークン" }).click();
    await page.getByLabel("名前（用途）").fill("旅費システム（E2E）");
    await page.getByRole("button", { name: "作成する" }).click();
    const token = (await page.getByTestId("new-api-token").textContent())?.trim() ?? "";
    expect(token).toMatch(/^rk_/);
    await snap(page, "trip-04-token");

    // 4. The travel system asks for the clearance with the token (no session cookie).
    const res = await fetch(`${server.url}/api/v1/clearances/${ref}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ref: string; status: string; validUntil: string; decidedAt: string };
    expect(body).toMatchObject({ ref, status: "cleared", validUntil: inDays(35) });
    expect(Number.isNaN(Date.parse(body.decidedAt))).toBe(false);
    // Without the token the same request is refused.
    expect((await fetch(`${server.url}/api/v1/clearances/${ref}`)).status).toBe(401);
  });
});
