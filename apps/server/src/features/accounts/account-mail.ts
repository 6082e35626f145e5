/**
 * Texts of the account mails, in the recipient's language (per-user setting, Japanese by default).
 * `{{PUBLIC_URL}}` is replaced by the mail delivery job with the address users reach the app at.
 */
const TEXTS = {
  invite: {
    ja: {
      subject: "[Renkei] アカウントのご案内",
      body: (name: string, link: string) =>
        `${name} 様\n\nRenkei（産学連携・安全保障輸出管理支援システム）のアカウントが作成されました。\n次のリンクからパスワードを設定してください（有効期限 72 時間、1 回限り）。\n\n${link}\n\nお心当たりがない場合は、このメールを破棄してください。\n`,
    },
    en: {
      subject: "[Renkei] Your account",
      body: (name: string, link: string) =>
        `Dear ${name},\n\nAn account has been created for you in Renkei.\nSet your password with this link (valid for 72 hours, once):\n\n${link}\n\nIf you did not expect this, please ignore this mail.\n`,
    },
  },
  reset: {
    ja: {
      subject: "[Renkei] パスワード再設定のご案内",
      body: (name: string, link: string) =>
        `${name} 様\n\nパスワード再設定の依頼を受け付けました。\n次のリンクから新しいパスワードを設定してください（有効期限 60 分、1 回限り）。\n\n${link}\n\n依頼した覚えがない場合は、このメールを破棄してください。パスワードは変わりません。\n`,
    },
    en: {
      subject: "[Renkei] Reset your password",
      body: (name: string, link: string) =>
        `Dear ${name},\n\nWe received a request to reset your password.\nSet a new one with this link (valid for 60 minutes, once):\n\n${link}\n\nIf you did not ask for this, ignore this mail; your password stays as it is.\n`,
    },
  },
} as const;

export function accountMail(purpose: "invite" | "reset", locale: "ja" | "en", name: string, path: string) {
  const t = TEXTS[purpose][locale];
  return { subject: t.subject, body: t.body(name, `{{PUBLIC_URL}}${path}`) };
}
