import { and, desc, eq, like } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { mailOutbox } from "../apps/server/src/db/schema";
import { startOidcProvider, startSamlIdp } from "./support/identity-providers";
import { DEMO_PASSWORD, signIn, signOut, snap } from "./support/journey";
import { type TestServer, useJourney } from "./support/use-journey";

const ADMIN = "admin@demo.renkei.example";
const RESEARCHER = "researcher@demo.renkei.example";
const LEGAL = "legal-ip@demo.renkei.example";
const EXECUTIVE = "executive@demo.renkei.example";

const journey = useJourney({ viewport: { width: 1400, height: 900 }, timeoutMs: 20_000 });
let server: TestServer;
let page: Page;
beforeEach(() => {
  ({ server, page } = journey);
});
afterAll(async () => {
  for (const close of closers) {
    await close();
  }
});

const closers: (() => Promise<void>)[] = [];

/** The set-password link of the newest account mail to an address (as the person reads it). */
async function mailedLink(to: string): Promise<string> {
  let path: string | undefined;
  await expect
    .poll(async () => {
      const [mail] = await server.deps.db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.toAddress, to), like(mailOutbox.kind, "account.%")))
        .orderBy(desc(mailOutbox.createdAt));
      path = mail ? /\{\{PUBLIC_URL\}\}(\/set-password#token=[\w-]+)/.exec(mail.body)?.[1] : undefined;
      return Boolean(path);
    })
    .toBe(true);
  return `${server.url}${path}`;
}

async function setPassword(link: string, password: string) {
  await page.goto(link);
  await page.getByTestId("set-password-for").waitFor();
  await page.getByLabel("新しいパスワード", { exact: true }).fill(password);
  await page.getByLabel("新しいパスワード（確認）").fill(password);
  await page.getByRole("button", { name: "パスワードを設定する" }).click();
  await page.getByText("パスワードを設定しました。").waitFor();
}

async function signInWith(email: string, password: string) {
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill(password);
  await page.getByRole("button", { name: "サインイン", exact: true }).click();
  await page.getByRole("heading", { name: "ホーム" }).waitFor();
}

async function openSettings() {
  await signIn(page, server.url, ADMIN);
  await page.getByRole("link", { name: "機関設定" }).click();
  await page.getByRole("heading", { name: "機関設定" }).waitFor();
}

async function saveSettings() {
  await page.getByRole("button", { name: "保存する" }).click();
  await page.getByText("機関設定を保存しました。").waitFor();
}

describe("accounts journey", () => {
  it("an administrator invites a user, who sets a password and signs in", async () => {
    await signIn(page, server.url, ADMIN);
    await page.getByRole("link", { name: "利用者管理" }).click();
    await page.getByRole("heading", { name: "利用者管理" }).waitFor();
    await page.getByRole("button", { name: "利用者を招待" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("メールアドレス").fill("e2e.invitee@demo.renkei.example");
    await dialog.getByLabel("氏名").fill("招待 太郎");
    await dialog.getByLabel("ロール").selectOption({ label: "研究者" });
    await snap(page, "accounts-01-invite");
    await dialog.getByRole("button", { name: "利用者を招待" }).click();
    await page.getByText("招待 太郎 さんを登録しました。").waitFor();
    await page.getByTestId("user-row-e2e.invitee@demo.renkei.example").getByText("招待中").waitFor();
    await snap(page, "accounts-02-users");
    await signOut(page);

    await setPassword(await mailedLink("e2e.invitee@demo.renkei.example"), "e2e invitee passphrase");
    await signInWith("e2e.invitee@demo.renkei.example", "e2e invitee passphrase");
    await expect.poll(() => page.getByTestId("current-user").textContent()).toBe("招待 太郎");
    await signOut(page);
  });

  it("resets a forgotten password by an e-mailed link", async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("link", { name: "パスワードを忘れた場合" }).click();
    // The reset page loads the session before its form (CSRF token); fill the form once it is there.
    const send = page.getByRole("button", { name: "リンクを送る" });
    await send.waitFor();
    await page.getByLabel("メールアドレス").fill(LEGAL);
    await send.click();
    const sent = page.getByText(/再設定用のリンクを送りました/);
    const refused = page.getByRole("alert");
    await Promise.race([sent.waitFor(), refused.waitFor()]);
    expect(await refused.count(), (await refused.allTextContents()).join(" ")).toBe(0);
    await snap(page, "accounts-03-forgot");
    await setPassword(await mailedLink(LEGAL), "a brand new passphrase");
    await signInWith(LEGAL, "a brand new passphrase");
    await signOut(page);
    // The old password no longer works.
    await page.getByLabel("メールアドレス").fill(LEGAL);
    await page.getByLabel("パスワード", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await page.getByText("メールアドレスまたはパスワードが正しくありません。").waitFor();
  });

  it("signs in through an OpenID Connect provider", async () => {
    const op = await startOidcProvider(`${server.url}/api/v1/auth/sso/demo/oidc/callback`);
    closers.push(op.close);
    await openSettings();
    await page.getByLabel("OpenID Connect").check();
    await page.getByLabel("発行者（Issuer）URL").fill(op.issuer);
    await page.getByLabel("クライアントID").fill(op.clientId);
    await page.getByLabel("クライアントシークレット").fill(op.clientSecret);
    await page.getByLabel("サインイン画面の表示名").nth(1).fill("学内ID");
    await saveSettings();
    await signOut(page);

    await page.getByRole("link", { name: "学内IDでサインイン" }).click();
    // The provider's own login and consent screens.
    await page.locator('input[name="login"]').fill(RESEARCHER);
    await page.locator('input[name="password"]').fill("anything");
    await page.locator('button[type="submit"]').click();
    const consent = page.locator('button[type="submit"]');
    await page.waitForURL((u) => u.origin === server.url || u.pathname.includes("interaction"));
    if (new URL(page.url()).origin !== server.url) {
      await consent.click();
    }
    await page.getByRole("heading", { name: "ホーム" }).waitFor();
    await expect.poll(() => page.getByTestId("current-user").textContent()).toContain("研究者");
    await snap(page, "accounts-04-oidc-home");
  });

  it("signs in with SAML (学認): a signed response posted to the ACS", async () => {
    const idp = await startSamlIdp(
      {
        acs: `${server.url}/api/v1/auth/sso/demo/saml/acs`,
        entityId: `${server.url}/api/v1/auth/sso/demo/saml/metadata`,
      },
      () => ({
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.6": "exec@demo.ac.jp",
        "urn:oid:0.9.2342.19200300.100.1.3": EXECUTIVE,
        "urn:oid:2.16.840.1.113730.3.1.241": "Executive",
      }),
    );
    closers.push(idp.close);
    await openSettings();
    await page.getByLabel("SAML 2.0（学認 / Shibboleth）").check();
    await page.getByLabel("IdP のシングルサインオン URL").fill(idp.entryPoint);
    await page.getByLabel("IdP のエンティティID").fill(idp.entityId);
    await page.getByLabel("IdP の署名用証明書（PEM）").fill(idp.certPem);
    await page.getByLabel("サインイン画面の表示名").first().fill("学認");
    await saveSettings();
    await signOut(page);

    await page.getByRole("link", { name: "学認でサインイン" }).click();
    await page.getByRole("heading", { name: "ホーム" }).waitFor();
    await expect.poll(() => page.getByTestId("current-user").textContent()).toContain("中村 修");
    await snap(page, "accounts-05-saml-home");
  });
});
