import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const RESEARCHER = "researcher@demo.renkei.example";
const HEAD = "department-head@demo.renkei.example";
const OFFICER = "export-control@demo.renkei.example";

const journey = useJourney();
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

/** A date `days` before today (the server runs on the real clock here). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function answer(question: string, value: "はい" | "いいえ" | "分からない") {
  await page.getByRole("radiogroup", { name: question }).getByLabel(value, { exact: true }).check();
}

describe("security export control journeys", () => {
  it("a researcher checks a visit, files the 取引審査; the department head approves; the officer decides", async () => {
    await signIn(page, server.url, RESEARCHER);
    await page.getByRole("link", { name: "輸出管理の事前確認" }).first().click();
    await page.getByRole("heading", { name: "安全保障輸出管理の事前確認" }).waitFor();

    // spec §10 C03: a visiting researcher paid by a Chinese university, in Japan for two months.
    await page.getByLabel("受け取る人の国籍（国名コード、例: JP, CN, US）").first().fill("CN");
    await answer("日本の組織（本学・日本企業など）に雇用され、日本で働いていますか？", "いいえ");
    await page.getByLabel("日本に入国した日（最後の入国日）").fill(daysAgo(60));
    await answer("外国の大学・企業・政府と雇用や役員などの契約を結んでいますか？（兼業を含む）", "はい");
    await page.getByLabel("その契約相手の国").first().fill("CN");
    await answer("本学の指示が優先することを定めた合意書がありますか？", "いいえ");
    await page.getByLabel("該非判定の結果（リスト規制の項番）").selectOption({ label: "10項に該当" });
    await answer("その技術は論文・特許公報・ウェブなどで既に誰でも見られる状態ですか？", "いいえ");
    await page.getByLabel("提供の目的").selectOption("product_development");
    await page.getByLabel("相手先の組織名").fill("Example Institute of Optics");
    await page.getByRole("button", { name: "判定する" }).click();

    const outcome = page.getByTestId("assess-outcome");
    await outcome.waitFor();
    expect(await outcome.getAttribute("data-outcome")).toBe("LICENCE_REQUIRED");
    await expect.poll(() => outcome.textContent()).toContain("経済産業大臣の許可が必要です");
    const reasons = page.getByTestId("assess-reasons");
    await expect.poll(() => reasons.textContent()).toContain("外国人は原則として非居住者です");
    // Each reason names its source in words (issue 11 item 5); the rule's internal id stays off the screen.
    await expect.poll(() => reasons.textContent()).toContain("外国為替法令の解釈及び運用について");
    expect(await reasons.textContent()).not.toContain("RES-F0");
    await snap(page, "ec-01-assess-result");

    await page.getByRole("button", { name: "この内容で取引審査を申請する" }).click();
    await page.getByRole("heading", { name: "取引審査を申請" }).waitFor();
    await page.getByLabel("件名").fill("訪問研究員へのレーザー設計データの提示");
    expect(await page.getByLabel("相手先", { exact: true }).inputValue()).toBe("Example Institute of Optics");
    await page.getByLabel("上記の内容が正確であることを確認しました").check();
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByText("取引審査を作成しました。").waitFor();
    await page.getByRole("button", { name: "提出する（自己チェック完了）" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "提出する（自己チェック完了）" }).click();
    await expect
      .poll(() => page.getByTestId("review-status").getAttribute("data-status"))
      .toBe("dept_review");
    const reviewUrl = page.url();
    await snap(page, "ec-02-review-submitted");
    await signOut(page);

    await signIn(page, server.url, HEAD);
    await page.getByRole("link", { name: "取引審査" }).first().click();
    await page.getByLabel("自分の対応待ちのみ").check();
    await page.getByRole("link", { name: "訪問研究員へのレーザー設計データの提示" }).click();
    await page.getByRole("button", { name: "部局長として承認" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "部局長として承認" }).click();
    await expect
      .poll(() => page.getByTestId("review-status").getAttribute("data-status"))
      .toBe("officer_review");
    await signOut(page);

    await signIn(page, server.url, OFFICER);
    await page.goto(reviewUrl);
    await page.getByTestId("review-status").waitFor();
    // The engine said LICENCE_REQUIRED: "取引可" is refused with the reason shown.
    await page.getByLabel("決定", { exact: true }).selectOption("approved");
    // A decision without its reason is refused on the reason field, in words (issue 11 item 6).
    await page.getByRole("button", { name: "判定する" }).click();
    await page.getByText("理由を入力してください。").waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
    await page.getByLabel("判定の理由").fill("研究目的の提示");
    await page.getByRole("button", { name: "判定する" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "判定する" }).click();
    // The dialog closes before the next decision is tried (its closing transition holds a second button).
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByText("判定エンジンは許可が必要と判定しています", { exact: false }).waitFor();
    await page.getByLabel("決定", { exact: true }).selectOption("licence_required");
    await page.getByLabel("判定の理由").fill("役務取引許可が必要な技術の提示");
    await page.getByLabel("コメント").fill("役務取引許可を申請してください。許可取得まで提示しないこと。");
    await page.getByRole("button", { name: "判定する" }).click();
    // A confirmation comes before the decision is recorded.
    const confirm = page.getByRole("dialog");
    await confirm.getByText("「許可申請が必要」で判定しますか？").waitFor();
    await confirm.getByRole("button", { name: "判定する" }).click();
    await expect.poll(() => page.getByTestId("review-status").getAttribute("data-status")).toBe("decided");
    await expect
      .poll(() => page.getByText("役務取引許可を申請してください。", { exact: false }).count())
      .toBeGreaterThan(0);
    await snap(page, "ec-03-review-decided");

    const pdfHref = await page.getByRole("link", { name: "取引審査票（PDF）" }).getAttribute("href");
    const pdf = await page.request.get(`${server.url}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("a researcher records a 該非判定 with evidence; the officer approves; the 非該当証明書 is offered", async () => {
    await signIn(page, server.url, RESEARCHER);
    await page.getByRole("link", { name: "該非判定" }).first().click();
    await page.getByRole("link", { name: "該非判定を登録" }).click();
    await page.getByLabel("区分").selectOption("goods");
    await page.getByLabel("品名・技術名").fill("デジタルオシロスコープ（中古）");
    await page.getByLabel("型番・版").fill("DSO-2000X");
    await page.getByLabel("条項 1").fill("7項(11)");
    await page.getByLabel("規制内容（リストの文言） 1").fill("実時間帯域幅が規定値を超えるもの");
    await page.getByLabel("当該品の仕様 1").fill("帯域幅 200 MHz");
    await page.getByLabel("判定理由").fill("規制値を下回るため非該当。16項(1)の対象。");
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByText("該非判定を登録しました。").waitFor();

    await page.locator('input[type="file"]').setInputFiles({
      name: "仕様書.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% fictional\n%%EOF\n"),
    });
    await page.getByLabel("説明").fill("メーカー仕様書");
    await page.getByRole("button", { name: "アップロード" }).click();
    await page.getByRole("link", { name: "仕様書.pdf" }).waitFor();
    await page.getByRole("button", { name: "輸出管理担当に確認を依頼" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "輸出管理担当に確認を依頼" }).click();
    await page.getByText("確認依頼中").first().waitFor();
    const recordUrl = page.url();
    await signOut(page);

    await signIn(page, server.url, OFFICER);
    await page.goto(recordUrl);
    await page.getByRole("button", { name: "承認する" }).click();
    await page.getByRole("dialog").getByLabel("承認・差戻しの理由").fill("仕様書の帯域幅が規制値未満");
    await page.getByRole("dialog").getByRole("button", { name: "承認する" }).click();
    await page.getByRole("link", { name: "非該当証明書（PDF）" }).waitFor();
    await snap(page, "ec-04-classification-approved");
    const href = await page.getByRole("link", { name: "非該当証明書（PDF）" }).getAttribute("href");
    const cert = await page.request.get(`${server.url}${href}`);
    expect(cert.status()).toBe(200);
    expect((await cert.body()).toString("latin1")).toContain("NotoSansJP");
  });
});
