/** Audit actions of accounts and sign-in (issue 11): every change an administrator or a user makes. */
export const ACCOUNTS_AUDIT_ACTIONS = {
  "user.invited": { ja: "利用者の招待", en: "User invited" },
  "user.imported": { ja: "利用者の一括登録", en: "Users imported" },
  "user.updated": { ja: "利用者の役割・所属の変更", en: "User role or department changed" },
  "user.deactivated": { ja: "利用者の無効化", en: "User deactivated" },
  "user.reactivated": { ja: "利用者の再有効化", en: "User reactivated" },
  "user.password_set": { ja: "招待・再設定によるパスワード設定", en: "Password set from a link" },
  "user.preferences_changed": { ja: "表示言語の変更", en: "Language changed" },
  "auth.password_reset_requested": { ja: "パスワード再設定の依頼", en: "Password reset requested" },
  "auth.totp_enrolled": { ja: "二要素認証の登録", en: "Second factor enrolled" },
  "auth.totp_disabled": { ja: "二要素認証の解除", en: "Second factor removed" },
  "auth.totp_failed": { ja: "確認コードの誤り", en: "Wrong second-factor code" },
  "auth.recovery_code_used": { ja: "回復コードの使用", en: "Recovery code used" },
  "auth.sso_login": { ja: "シングルサインオン", en: "Signed in by single sign-on" },
  "auth.sso_refused": { ja: "シングルサインオンの拒否", en: "Single sign-on refused" },
  "auth.sso_account_created": {
    ja: "シングルサインオンによる利用者作成",
    en: "Account created at single sign-on",
  },
  "department.created": { ja: "部局の登録", en: "Department created" },
  "department.updated": { ja: "部局の変更", en: "Department changed" },
  "institution.settings_changed": { ja: "機関設定の変更", en: "Institution settings changed" },
} as const satisfies Record<string, { ja: string; en: string }>;
