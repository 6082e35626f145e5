import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { COORDINATOR, signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const OFFICER = "export-control@demo.renkei.example";
const STUDENT = "student@demo.renkei.example";

// 1366 px: the narrowest common office screen the lists must work on (issue 11 item 7).
const journey = useJourney({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

interface HomeItem {
  key: string;
  count: number;
  figure: boolean;
  to: string;
}

/** The API answer behind the page, read with the browser's own session (same cookie, same access). */
async function api<T>(path: string): Promise<T> {
  const res = await page.request.get(`${server.url}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

describe("each role's home, navigation and lists (issue 11 items 3, 4, 7, 8)", () => {
  it("the officer's home lists the seeded work and each item opens its page", async () => {
    await signIn(page, server.url, OFFICER);
    const home = await api<{ items: HomeItem[] }>("/api/v1/home");
    const work = home.items.filter((i) => !i.figure);
    expect(work.map((i) => i.key)).toEqual(
      expect.arrayContaining([
        "screening_hits_open",
        "reviews_to_decide",
        "visitors_to_review",
        "trips_to_check",
        "licences_expiring",
      ]),
    );
    // The demo institution has work waiting for the office.
    expect(work.some((i) => i.count > 0)).toBe(true);
    await page.getByText("確認待ちの照合ヒット").waitFor();
    await snap(page, "home-01-officer");
    for (const item of work) {
      const card = page.getByTestId(`home-item-${item.key}`);
      expect(await card.getByTestId("count").textContent(), item.key).toBe(String(item.count));
      await card.click();
      await page.waitForURL((url) => `${url.pathname}${url.search}` === item.to);
      // The page opened is a real page, not the not-found page.
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await page.getByText("対象が見つかりません").count(), item.to).toBe(0);
      await page.goBack();
      await page.getByTestId(`home-item-${item.key}`).waitFor();
    }
    // Navigation is grouped by area and shows the officer's areas only.
    const nav = page.getByRole("navigation", { name: "輸出管理" });
    await nav.getByRole("link", { name: "出張", exact: true }).waitFor();
    expect(await page.getByRole("link", { name: "利用者管理" }).count()).toBe(0);
  });

  it("the case table sorts, filters and exports the cases the page shows (CSV and Excel)", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/cases?view=table`);
    const table = page.getByTestId("case-table");
    await table.waitFor();
    const rows = table.locator("tbody tr");
    const total = await rows.count();
    expect(total).toBeGreaterThan(1);
    await snap(page, "home-02-case-table-1366");
    // The table fits a 1366 px screen: the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await table.getByRole("button", { name: "案件番号" }).click();
    const refs = await table.locator("tbody tr td:first-child").allTextContents();
    expect(refs).toEqual([...refs].sort((a, b) => a.localeCompare(b, "ja", { numeric: true })));
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      table.getByRole("button", { name: "CSV 出力" }).click(),
    ]);
    const text = readFileSync((await csv.path())!, "utf8");
    expect(text.startsWith("\ufeff案件番号,件名")).toBe(true);
    expect(text.trim().split("\r\n")).toHaveLength(total + 1);
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      table.getByRole("button", { name: "Excel 出力" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    await table.getByLabel("絞り込み").fill(refs[0]!);
    await expect.poll(() => rows.count()).toBeLessThan(total);
    expect(await rows.first().locator("td").first().textContent()).toBe(refs[0]);
  });

  it("a student's search and lists do not show other cases' partners", async () => {
    await signIn(page, server.url, COORDINATOR);
    const all = await api<{ items: { id: string; legalName: string }[] }>("/api/v1/partners?pageSize=200");
    await signOut(page);
    await signIn(page, server.url, STUDENT);
    const own = await api<{ items: { id: string; legalName: string }[] }>("/api/v1/partners?pageSize=200");
    const ownIds = new Set(own.items.map((p) => p.id));
    const other = all.items.find(
      (p) => !ownIds.has(p.id) && !own.items.some((o) => o.legalName.includes(p.legalName)),
    );
    expect(other).toBeDefined();
    expect(own.items.length).toBeLessThan(all.items.length);

    await page.getByTestId("global-search").fill(other!.legalName);
    await page.getByTestId("global-search").press("Enter");
    await page.getByRole("heading", { name: `「${other!.legalName}」の検索結果` }).waitFor();
    await page.getByText("見つかりませんでした").waitFor();
    await snap(page, "home-03-student-search");

    await page.goto(`${server.url}/partners`);
    await page.getByRole("heading", { name: "連携先一覧" }).waitFor();
    if (own.items.length > 0) {
      await page.getByRole("link", { name: own.items[0]!.legalName, exact: true }).first().waitFor();
    }
    expect(await page.getByRole("link", { name: other!.legalName, exact: true }).count()).toBe(0);
    await page.goto(`${server.url}/partners/${other!.id}`);
    await page.getByText("対象が見つかりません").first().waitFor();

    // The student's own partner opens without notes, contact history or credit checks (server-side).
    if (own.items[0]) {
      const detail = await api<{ notes: string; contacts: unknown[]; creditChecks: unknown[] }>(
        `/api/v1/partners/${own.items[0].id}`,
      );
      expect(detail).toMatchObject({ notes: "", contacts: [], creditChecks: [] });
    }
    // The navigation offers no form the student cannot submit.
    for (const name of ["連携先の登録", "一括取込", "案件の登録"]) {
      expect(await page.getByRole("link", { name, exact: true }).count(), name).toBe(0);
    }
    // …nor by a typed address: the page says why instead of showing a form the server would refuse.
    for (const path of ["/partners/new", "/people/new", "/cases/new", "/export-control/reviews/new"]) {
      await page.goto(`${server.url}${path}`);
      await page.getByTestId("page-forbidden").waitFor();
      expect(await page.getByRole("button", { name: "保存する" }).count(), path).toBe(0);
    }
  });

  it("a signed-in user can ask for a password reset (the page carries the session's CSRF token)", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/forgot-password`);
    await page.getByLabel("メールアドレス").fill(COORDINATOR);
    await page.getByRole("button", { name: "リンクを送る" }).click();
    await page.getByText("入力されたアドレスにアカウントがあれば").waitFor();
  });
});
