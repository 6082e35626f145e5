import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { savePartnerForm, signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const RESEARCHER = "researcher@demo.renkei.example";
const OFFICER = "export-control@demo.renkei.example";
const COORDINATOR = "coordinator@demo.renkei.example";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

/** GET on the API with the page's session (the same cookies the UI uses). */
async function apiGet<T>(path: string): Promise<T> {
  const res = await page.request.get(`${server.url}/api/v1${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

// Issue 11 item 6: input that fits people. Countries are chosen by name, cases by number or title, and a
// decision needs its own reason and a confirmation.
describe("input that fits people", () => {
  it("a country found by its Japanese name, a case chosen by title, a decision refused without a reason and confirmed with one", async () => {
    // 1. The country picker: typed in Japanese, shown by name, saved as the right code.
    await signIn(page, server.url, COORDINATOR);
    await page.getByRole("link", { name: "連携先の登録" }).first().click();
    const name = "Nordlicht Optik AG (fictional input journey)";
    await page.getByLabel("正式名称").fill(name);
    await page.getByLabel("種別").selectOption({ label: "企業" });
    const country = page.locator("main").getByLabel("国・地域").first();
    await country.fill("すいす");
    await page.getByRole("option", { name: "スイス", exact: true }).click();
    expect(await country.inputValue()).toBe("スイス");
    await snap(page, "input-01-country-picker");
    await savePartnerForm(page);
    const partners = await apiGet<{ items: { legalName: string; country: string }[] }>(
      `/partners?q=${encodeURIComponent("Nordlicht Optik")}`,
    );
    expect(partners.items.map((p) => [p.legalName, p.country])).toEqual([[name, "CH"]]);
    // The page shows the name; the bare code is not what a person reads.
    await page.getByText("スイス").first().waitFor();
    await signOut(page);

    // 2. The case picker: a review is linked to a case by its title, never by typing an id.
    await signIn(page, server.url, RESEARCHER);
    const board = await apiGet<{ columns: { items: { id: string; ref: string; title: string }[] }[] }>(
      "/cases?perStage=5",
    );
    const target = board.columns.flatMap((c) => c.items)[0];
    expect(target, "the demo researcher has a case").toBeDefined();
    await page.goto(`${server.url}/export-control/reviews/new`);
    await page.getByRole("heading", { name: "取引審査を申請" }).waitFor();
    await page.getByLabel("件名").fill("入力の確認：案件を選んで紐付ける");
    const casePicker = page.getByLabel("関連する連携案件（任意）").first();
    await casePicker.fill(target!.title.slice(0, 6));
    await page.getByRole("option", { name: `${target!.ref} ${target!.title}` }).click();
    expect(await casePicker.inputValue()).toBe(`${target!.ref} ${target!.title}`);
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByText("取引審査を作成しました。").waitFor();
    const reviewId = page.url().split("/").pop();
    const review = await apiGet<{ caseId: string | null }>(`/export-control/reviews/${reviewId}`);
    expect(review.caseId).toBe(target!.id);
    await signOut(page);

    // 3. A decision without its reason is refused in words; with one, a confirmation comes first.
    await signIn(page, server.url, OFFICER);
    const trips = await apiGet<{ items: { id: string; status: string; destinationCity: string }[] }>(
      "/trips?scope=all",
    );
    const trip = trips.items.find((x) => x.status === "submitted" && x.destinationCity === "Boston");
    expect(trip, "the demo has a submitted trip to Boston").toBeDefined();
    await page.goto(`${server.url}/trips/${trip!.id}`);
    await page.getByRole("button", { name: "承認する" }).click();
    await page.getByText("理由を入力してください。").waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
    await page.getByLabel("判定の理由").fill("公開済みの学会発表のみで、許可は不要");
    await page.getByRole("button", { name: "承認する" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("「承認する」で判定しますか？").waitFor();
    await snap(page, "input-02-confirm-decision");
    // Cancelling changes nothing.
    await dialog.getByRole("button", { name: "キャンセル" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect((await apiGet<{ status: string }>(`/trips/${trip!.id}`)).status).toBe("submitted");
    await page.getByRole("button", { name: "承認する" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "承認する" }).click();
    await page.getByTestId("decision-reason").waitFor();
    const decided = await apiGet<{ status: string; decisionReason: string | null }>(`/trips/${trip!.id}`);
    expect(decided).toMatchObject({
      status: "cleared",
      decisionReason: "公開済みの学会発表のみで、許可は不要",
    });
  });
});
