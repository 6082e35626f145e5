/**
 * Limits of account tokens and sign-in challenges (issue 11). OWASP Forgot Password Cheat Sheet:
 * reset tokens are random, single use, short-lived, and the answer is the same whether or not the
 * address exists; invitations live longer because a new colleague may read mail days later.
 */
export const ACCOUNT_POLICY = {
  inviteTtlHours: 72,
  resetTtlMinutes: 60,
  /** Reset requests per address and per client address within the window before throttling. */
  resetMaxPerEmail: 3,
  resetMaxPerIp: 20,
  resetWindowMinutes: 60,
  /** A sign-in waiting for its TOTP code, and how many wrong codes it tolerates. */
  totpChallengeMinutes: 10,
  totpMaxAttempts: 5,
  /** An OIDC / SAML round trip to the identity provider. */
  ssoRequestMinutes: 15,
  recoveryCodeCount: 10,
} as const;

export type PasswordIssue = "password.too_short" | "password.only_digits" | "password.too_long";

/**
 * The password rules used when a password is set through an invitation or a reset. This is the one
 * call point for the password policy: the hardening work (issue 10) replaces its body with the shared
 * `checkPasswordPolicy` at merge.
 */
export function checkAccountPassword(password: string): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  if (password.length < 10) {
    issues.push("password.too_short");
  }
  if (password.length > 200) {
    issues.push("password.too_long");
  }
  if (/^\d+$/.test(password)) {
    issues.push("password.only_digits");
  }
  return issues;
}
