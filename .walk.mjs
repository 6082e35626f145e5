import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
const base = process.env.BASE;
const roles = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const out = {};
for (const role of roles) {
  for (const lang of ["ja", "en"]) {
    const ctx = await browser.newContext({ locale: "ja-JP", viewport: { width: 1366, height: 900 } });
    ctx.setDefaultTimeout(15000);
    const page = await ctx.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("メールアドレス").fill(`${role}@demo.renkei.example`);
    await page.getByLabel("パスワード", { exact: true }).fill("renkei-demo-2026");
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await page.getByRole("heading", { name: "ホーム" }).waitFor();
    if (lang === "en") {
      await page.getByRole("banner").getByText("English", { exact: true }).click();
      await page.getByRole("heading", { name: "Home" }).waitFor();
    }
    const nav = await page.locator("nav a").evaluateAll((as) => as.map((a) => [a.textContent.trim(), a.getAttribute("href")]));
    const pages = {};
    for (const [, href] of nav) {
      if (!href || !href.startsWith("/")) continue;
      await page.goto(`${base}${href}`);
      try { await page.locator("main h1").first().waitFor(); } catch {}
      await page.waitForLoadState("networkidle").catch(() => {});
      const info = await page.locator("main").first().evaluate((m) => {
        const txt = (e) => (e.getAttribute("aria-label") || e.textContent || "").trim().replace(/\s+/g, " ");
        return {
          h1: [...m.querySelectorAll("h1")].map(txt),
          h: [...m.querySelectorAll("h2,h3,h4")].map(txt).slice(0, 30),
          buttons: [...new Set([...m.querySelectorAll("button,[role=tab]")].map(txt).filter(Boolean))].slice(0, 60),
          labels: [...new Set([...m.querySelectorAll("label")].map(txt).filter(Boolean))].slice(0, 60),
          links: [...new Set([...m.querySelectorAll("a")].map(txt).filter(Boolean))].slice(0, 25),
          alerts: [...m.querySelectorAll("[role=alert]")].map(txt).slice(0, 5),
        };
      }).catch((e) => ({ error: String(e) }));
      pages[href] = info;
    }
    out[`${role}/${lang}`] = { nav, pages };
    await ctx.close();
  }
}
writeFileSync(process.env.OUT, JSON.stringify(out, null, 1));
await browser.close();
