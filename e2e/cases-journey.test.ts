import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { COORDINATOR, savePartnerForm, signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const TITLE = "E2E 精密センサーの共同研究";
const PARTNER = "Ostwind Sensorik GmbH";
const RESEARCHER = "researcher@demo.renkei.example";
const LEGAL = "legal-ip@demo.renkei.example";
const HEAD = "department-head@demo.renkei.example";
const OFFICER = "export-control@demo.renkei.example";

const journey = useJourney({ viewport: { width: 1400, height: 900 } });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});

/** Takes an action from the case page's action panel (confirming in the dialog, with a note if given). */
async function act(name: string, note?: string) {
  const action = page.getByRole("button", { name, exact: true });
  await expect.poll(() => action.isEnabled()).toBe(true);
  await action.click();
  const dialog = page.getByRole("dialog");
  if (note) {
    await dialog.getByLabel("理由・メモ").fill(note);
  }
  await dialog.getByRole("button", { name: "実行する" }).click();
  await page.getByText(`「${name}」を行いました。`).waitFor();
}

async function stage(): Promise<string> {
  return (await page.getByTestId("case-stage").textContent()) ?? "";
}

async function openRecord(title: RegExp) {
  await page.getByRole("tab", { name: "段階の記録" }).click();
  const control = page.getByRole("button", { name: title });
  if ((await control.getAttribute("aria-expanded")) !== "true") {
    await control.click();
  }
  return page.getByRole("region", { name: title });
}

/** Picks an option in a searchable Mantine select / multi-select, scoped to `scope`. */
async function choose(scope: Page | ReturnType<Page["getByRole"]>, label: string, option: string | RegExp) {
  await scope.getByLabel(label, { exact: true }).first().click();
  await page.getByRole("option", { name: option }).first().click();
  await page.keyboard.press("Escape");
}

describe("collaboration case journey", () => {
  it("takes a case from intake through every gate and a decided 取引審査 to active monitoring", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.getByRole("link", { name: "連携案件", exact: true }).click();
    await page.getByTestId("column-intake").waitFor();
    await snap(page, "cases-01-board");

    // 0. The partner is registered first; the registry screens it against the institution's lists.
    await page.getByRole("link", { name: "連携先の登録" }).first().click();
    await page.getByLabel("正式名称").fill(PARTNER);
    await page.getByLabel("種別").selectOption({ label: "企業" });
    await page.getByLabel("国・地域").first().fill("DE");
    await savePartnerForm(page);

    // 1. Intake (seed 001 §IV.2-1).
    await page.getByRole("link", { name: "案件の登録" }).first().click();
    await page.getByRole("heading", { name: "連携案件の登録" }).waitFor();
    await choose(page, "部局", "工学研究科");
    await page.getByLabel("研究分野").selectOption({ label: "ものづくり技術" });
    await page.getByRole("option", { name: "山田 太郎（研究者）" }).waitFor({ state: "attached" });
    await page.getByLabel("研究責任者").selectOption({ label: "山田 太郎（研究者）" });
    await page.getByLabel("件名").fill(TITLE);
    await page.locator("main").getByLabel("連携先").first().fill(PARTNER);
    // Choosing the partner adds it: no second button (issue 11 item 6).
    await page.getByRole("option", { name: /Ostwind Sensorik GmbH/ }).click();
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByText("案件を登録しました。").waitFor();
    const caseUrl = page.url();
    expect(await stage()).toBe("受付");
    await snap(page, "cases-02-intake");
    await act("受付を提出");
    expect(await stage()).toBe("機関内での意向の確認");

    // 2. Internal check (§IV.2-2): recorded before it can be completed.
    const complete = page.getByRole("button", { name: "機関内確認を完了", exact: true });
    expect(await complete.isDisabled()).toBe(true);
    await page.getByText("機関内での意向の確認が記録されていない").first().waitFor();
    const ic = await openRecord(/機関内での意向の確認（Ⅳ.2-2）/);
    await ic.getByLabel("研究者の希望").selectOption({ label: "希望している" });
    await ic.getByLabel("研究者のキャパシティを確認した").check();
    await ic.getByRole("button", { name: "保存する" }).click();
    await ic.getByTestId("ic-outcome").waitFor();
    expect(await ic.getByTestId("ic-outcome").textContent()).toBe("問題なし");
    await act("機関内確認を完了");
    expect(await stage()).toBe("相手企業の情報把握");

    // 3. Due diligence (§IV.2-3): the step stays closed and says why until the facts are in.
    const dd = page.getByRole("button", { name: "相手企業の調査を完了", exact: true });
    expect(await dd.isDisabled()).toBe(true);
    const blockers = page.getByTestId("blockers");
    await blockers.getByText(/信用調査が未実施/).waitFor();
    await blockers.getByText(/相手国・事業展開地域の関連法令が未確認/).waitFor();
    await snap(page, "cases-03-due-diligence-blocked");
    await page.getByRole("tab", { name: "連携先・参加者" }).click();
    // The partner was screened against the institution's lists when it was registered.
    await page
      .getByRole("cell", { name: /該当なし/ })
      .first()
      .waitFor();
    await page.getByRole("button", { name: "調査情報を編集" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("資本関係・支配関係を把握している").check();
    await dialog.getByLabel("相手国の関連法令を確認した").check();
    await dialog.getByRole("button", { name: "保存する" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => blockers.getByText(/関連法令が未確認/).count()).toBe(0);
    // The credit check is recorded on the partner (partner registry), then the case moves on.
    await page
      .getByRole("link", { name: /Ostwind Sensorik GmbH/ })
      .first()
      .click();
    await page.getByRole("button", { name: "与信確認を登録" }).click();
    await page.getByLabel("確認した情報源").fill("信用調査会社レポート（架空）");
    await page.getByLabel("有効期限").fill("2099-03-31");
    await page.getByRole("button", { name: "与信確認を登録" }).click();
    await page.getByText("与信確認を登録しました。").waitFor();
    await page.goto(caseUrl);
    await act("相手企業の調査を完了");
    expect(await stage()).toBe("連携スキームの検討");

    // A student joins only with informed consent and a pledge (seed 003).
    await page.getByRole("tab", { name: "連携先・参加者" }).click();
    await page.getByLabel("区分").selectOption({ label: "学生" });
    await choose(page, "利用者から選ぶ", "佐藤 花子（学生）");
    await page.getByRole("button", { name: "参加者を追加" }).click();
    await page.getByText("インフォームド・コンセントの記録がない").waitFor();
    await page.getByLabel("インフォームド・コンセント").fill("2026-11-01");
    await page.getByLabel("秘密保持の同意書（誓約書）").fill("2026-11-02");
    await page.getByRole("button", { name: "参加者を追加" }).click();
    await page.getByRole("cell", { name: "佐藤 花子（学生）" }).waitFor();
    await snap(page, "cases-04-participants");

    // 4. Scheme (§IV.2-4): method, what is disclosed under the NDA, IP, return / risk, negotiables.
    const scheme = await openRecord(/連携スキームの検討（Ⅳ.2-4）/);
    await choose(scheme, "連携方法", "共同研究として実施");
    await scheme.getByLabel("情報", { exact: true }).fill("予備実験データ");
    await scheme.getByRole("button", { name: "情報を追加" }).click();
    await scheme.getByLabel("関連する知的財産（基本特許・周辺特許）を確認した").check();
    await scheme
      .getByLabel("連携によるリターン・リスク分析")
      .fill("研究資金の獲得と、予備データの流出リスク。");
    await scheme.getByLabel("調整できる範囲").fill("公表前の通知期間");
    await scheme.getByLabel("譲歩できない点").fill("第三国での仲裁");
    await scheme.getByRole("button", { name: "保存する" }).click();
    await scheme.getByText("記録を保存しました。").waitFor();
    await act("連携スキームを確定");
    expect(await stage()).toBe("秘密保持契約");

    // 5. NDA (§IV.2-5): no confidential disclosure and no negotiation before it is signed.
    const disclosures = await openRecord(/秘密情報の開示記録/);
    await disclosures.getByRole("button", { name: "開示を記録" }).click();
    await disclosures.getByText(/有効な秘密保持契約がない/).waitFor();
    expect(
      await page.getByRole("button", { name: "秘密保持契約の締結を登録", exact: true }).isDisabled(),
    ).toBe(true);
    await page.getByRole("tab", { name: "概要" }).click();
    await page.getByRole("button", { name: "秘密保持契約を登録" }).click();
    await page.getByText("有効", { exact: true }).first().waitFor();
    const disclosed = await openRecord(/秘密情報の開示記録/);
    await disclosed.getByRole("button", { name: "開示を記録" }).click();
    await disclosed.getByRole("cell", { name: "予備実験データ" }).waitFor();
    await act("秘密保持契約の締結を登録");
    expect(await stage()).toBe("相手機関との交渉");

    // 6. Negotiation.
    const neg = await openRecord(/相手機関との交渉（Ⅳ.2-5）/);
    await neg.getByLabel("相手方の参加研究者の経歴・研究業績を確認した").check();
    await neg.getByLabel("相手企業の要望と自機関の役割の共通認識ができた").check();
    await neg.getByRole("button", { name: "保存する" }).click();
    await neg.getByText("記録を保存しました。").waitFor();
    await act("交渉を完了");
    expect(await stage()).toBe("研究計画の検討");

    // 7. Research plan.
    const plan = await openRecord(/研究計画の検討（Ⅳ.2-6）/);
    await plan.getByLabel("研究題目").fill("精密センサーの高感度化");
    await plan.getByLabel("研究目的").fill("感度を2倍にする");
    await plan.getByLabel("開始日").fill("2027-04-01");
    await plan.getByLabel("終了日").fill("2029-03-31");
    await plan.getByLabel("内容", { exact: true }).fill("試作素子の評価");
    await plan.getByLabel("期限").fill("2027-09-30");
    await plan.getByRole("button", { name: "マイルストーンを追加" }).click();
    await plan.getByRole("button", { name: "保存する" }).click();
    await plan.getByText("記録を保存しました。").waitFor();
    await act("研究計画を確定");
    expect(await stage()).toBe("契約条件の合意");

    // 8. Contract terms against the checklist of §IV.2-7; only legal / IP agrees them.
    const terms = await openRecord(/契約条件の合意（Ⅳ.2-7）/);
    await terms.getByLabel("研究題目／研究目的／研究内容").fill("精密センサーの高感度化");
    await terms.getByLabel("研究責任者を明記").check();
    await terms.getByLabel("研究担当者を列挙").check();
    await terms.getByLabel("学生が参加").check();
    await terms.getByLabel("研究実施場所").fill("工学研究科 5号館");
    await terms.getByLabel("利用する施設設備").fill("クリーンルーム");
    await terms.getByLabel("研究期間（開始日）").fill("2027-04-01");
    await terms.getByLabel("研究期間（終了日）").fill("2029-03-31");
    await terms.getByLabel("金額（円）").fill("12000000");
    await terms.getByLabel("秘密情報の定義がある").check();
    await terms.getByLabel("マイルストーンを定めた").check();
    await terms.getByLabel("各機関の役割を定めた").check();
    await terms.getByLabel("有効期間（年、空欄 = 期限なし）").fill("5");
    await terms.getByLabel("終了後の存続（年、空欄 = 無期限）").fill("3");
    await terms.getByLabel("ノウハウを指定する").check();
    await terms.getByLabel("秘匿期間（年、空欄 = 期限なし）").fill("5");
    await terms.getByLabel("知財費用の負担を定めた").check();
    await terms.getByLabel("権利譲渡に事前の同意を要する").check();
    await terms.getByLabel("反社会的勢力排除条項がある").check();
    await terms.getByLabel("損害賠償の上限がある").check();
    await terms.getByLabel("準拠法（国コード）").fill("JP");
    // Arbitration in the partner's country: by default the institution's policy warns (seed 001 case 27 is
    // one university's practice, seed-coverage X4).
    await terms.getByLabel("仲裁地・裁判地（国コード）").fill("DE");
    await terms.getByRole("button", { name: "保存する" }).click();
    await terms.getByText("記録を保存しました。").waitFor();
    await terms.getByText(/仲裁地 DE は相手方の国: 機関の方針は第三国での仲裁/).waitFor();
    await terms.getByLabel("仲裁地・裁判地（国コード）").fill("SG");
    await terms.getByRole("button", { name: "保存する" }).click();
    await terms.getByText("チェックリストを満たしています。").waitFor();
    await snap(page, "cases-05-terms");
    expect(await page.getByRole("button", { name: "契約条件を確定", exact: true }).isDisabled()).toBe(true);
    await signOut(page);
    await signIn(page, server.url, LEGAL);
    await page.goto(caseUrl);
    await act("契約条件を確定");
    expect(await stage()).toBe("合意内容の確認・周知");
    await signOut(page);

    // 9. Agreement confirmation and notice to the participants (§IV.2-8).
    await signIn(page, server.url, COORDINATOR);
    await page.goto(caseUrl);
    const agree = await openRecord(/合意内容の確認・周知（Ⅳ.2-8）/);
    await agree.getByLabel("研究責任者の他の研究活動・知財活用に大きな制約がないことを確認した").check();
    await agree.getByLabel("機関内の規定やルールに則した条件であることを確認した").check();
    await choose(agree, "契約上の遵守事項を周知した参加者", "佐藤 花子（学生）");
    await agree.getByRole("button", { name: "保存する" }).click();
    await agree.getByText("記録を保存しました。").waitFor();
    await act("合意内容を確認・周知");
    expect(await stage()).toBe("安全保障貿易管理対応・リスクマネジメント");

    // 10. The contract gate: the PI's COI declaration is approved by the committee (demo data, issue 13),
    // so COI does not block; the export-control review outcome is still needed.
    const sign = page.getByRole("button", { name: "契約を締結", exact: true });
    const signReasons = page.getByTestId("action-sign_contract");
    // The foreign partner needs its own decided 取引審査 (issue 15, C9).
    await signReasons.getByText(/: 取引審査がない/).waitFor();
    expect(await signReasons.getByText(/利益相反/).count()).toBe(0);
    await page.getByRole("tab", { name: "概要" }).click();
    expect(await sign.isDisabled()).toBe(true);
    await snap(page, "cases-06-contract-gate");

    // 11. The 取引審査 is filed from the case: the PI as applicant (proxy entry), the partner as counterparty.
    await page.getByRole("button", { name: "この案件の取引審査を申請する" }).click();
    await page.getByRole("heading", { name: "取引審査を申請" }).waitFor();
    expect(await page.getByLabel("件名").inputValue()).toBe(TITLE);
    expect(await page.getByLabel("相手先", { exact: true }).inputValue()).toBe(PARTNER);
    await page.getByLabel("物（装置・試料など）を海外へ送る・持ち出す（貨物の輸出）").check();
    await page.getByLabel("相手が受け取る・使う国（貨物の場合は送り先の国）").first().fill("DE");
    await page
      .getByLabel("該非判定の結果（リスト規制の項番）")
      .selectOption({ label: "非該当（16項・キャッチオール規制の対象）" });
    await page.getByLabel("上記の内容が正確であることを確認しました").check();
    await page.getByRole("button", { name: "保存する" }).click();
    await page.getByText("取引審査を作成しました。").waitFor();
    await page.getByRole("button", { name: "提出する（自己チェック完了）" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "提出する（自己チェック完了）" }).click();
    const reviewStatus = () => page.getByTestId("review-status").getAttribute("data-status");
    await expect.poll(reviewStatus).toBe("dept_review");
    const reviewUrl = page.url();
    // Submitted is not decided: the contract still waits (only the officer's decision counts).
    await page.getByRole("link", { name: new RegExp(TITLE) }).click();
    await signReasons.getByText("取引審査が審査中で、まだ判定されていない").waitFor();
    expect(await page.getByTestId("export-review-outcome").textContent()).toBe("審査中");
    await signOut(page);

    await signIn(page, server.url, HEAD);
    await page.goto(reviewUrl);
    await page.getByRole("button", { name: "部局長として承認" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "部局長として承認" }).click();
    await expect.poll(reviewStatus).toBe("officer_review");
    await signOut(page);

    await signIn(page, server.url, OFFICER);
    await page.goto(reviewUrl);
    await page.getByLabel("決定", { exact: true }).selectOption("approved");
    await page.getByLabel("判定の理由").fill("グループA向けの16項貨物。インフォーム通知なし。取引可。");
    await page.getByRole("button", { name: "判定する" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "判定する" }).click();
    await expect.poll(reviewStatus).toBe("decided");
    await signOut(page);

    // 12. Every condition holds: the contract is signed and the case is active (monitoring).
    await signIn(page, server.url, COORDINATOR);
    await page.goto(caseUrl);
    await expect.poll(() => page.getByTestId("export-review-outcome").textContent()).toBe("許可不要");
    await act("契約を締結");
    expect(await stage()).toBe("実施中（モニタリング）");
    await snap(page, "cases-07-active");

    // 13. Monitoring (seed 001 §IV.3, case 28): a progress meeting and its minutes.
    await page.getByRole("tab", { name: "モニタリング" }).click();
    const monitoring = page.getByRole("tabpanel", { name: "モニタリング" });
    await monitoring.getByLabel("種別").selectOption({ label: "会合" });
    await monitoring.getByLabel("件名").fill("第1回 進捗会議");
    await monitoring.getByLabel("日付・期限").fill("2027-05-15");
    await monitoring.getByRole("button", { name: "項目を追加" }).click();
    const meeting = monitoring.getByRole("row", { name: /第1回 進捗会議/ });
    await meeting.getByRole("button", { name: "完了を記録" }).click();
    await monitoring.getByLabel("完了日").fill("2027-05-16");
    await monitoring.getByLabel("議事概要").fill("試作素子の評価結果を共有。次回までに感度測定を追加する。");
    await monitoring.getByRole("button", { name: "保存する" }).click();
    await meeting.getByRole("cell", { name: "2027年5月16日" }).waitFor();
    const detail = await page.request.get(`${server.url}/api/v1${new URL(caseUrl).pathname}`);
    const items = ((await detail.json()) as { monitoring: { items: { title: string; minutes: string }[] } })
      .monitoring.items;
    expect(items.find((m) => m.title === "第1回 進捗会議")?.minutes).toContain("感度測定");

    // The history lists every step, and the whole file prints as a PDF.
    await page.getByRole("tab", { name: "履歴" }).click();
    await page.getByText("受付 → 機関内での意向の確認").waitFor();
    await page.getByText("合意内容の確認・周知 → 安全保障貿易管理対応・リスクマネジメント").waitFor();
    await page.getByText("安全保障貿易管理対応・リスクマネジメント → 実施中（モニタリング）").waitFor();
    await page.getByText(/TR-\d{4}-\d{4}「.+」: 判定済み（取引可（許可不要））/).waitFor();
    const href = await page.getByRole("link", { name: "履歴をPDFで出力" }).first().getAttribute("href");
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // The PI was told of every step (in-app; the same notices go to the mail outbox).
    await signOut(page);
    await signIn(page, server.url, RESEARCHER);
    await page.goto(`${server.url}/notifications`);
    await page
      .getByText(/安全保障貿易管理対応・リスクマネジメント/)
      .first()
      .waitFor();
    await page
      .getByText(/取引審査 TR-\d{4}-\d{4} が判定されました: 取引可（許可不要）/)
      .first()
      .waitFor();
  });

  it("filters the board to blocked cases and explains a blocked case, in Japanese and English", async () => {
    await signIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/cases`);
    await page.getByLabel("進行状況").selectOption({ label: "阻害要因あり" });
    const column = page.getByTestId("column-export_risk_review");
    const card = column.getByRole("link", { name: "精密計測機器の共同研究" });
    await card.waitFor();
    await snap(page, "cases-08-board-blocked");
    await card.click();
    const reasons = page.getByTestId("action-sign_contract");
    await reasons.getByText(/連携先が組織としての利益相反の登録に該当し、委員会の判定がない/).waitFor();
    // Each foreign partner needs its own decided 取引審査 (issue 15, C9).
    await reasons
      .getByText(/: 取引審査がない|安全保障輸出管理の審査結果がない/)
      .first()
      .waitFor();
    expect(await page.getByRole("button", { name: "契約を締結", exact: true }).isDisabled()).toBe(true);

    await page.getByText("English", { exact: true }).click();
    await page.getByRole("button", { name: "Sign contract", exact: true }).waitFor();
    await page.getByRole("tab", { name: "Stage records" }).waitFor();
  });
});
