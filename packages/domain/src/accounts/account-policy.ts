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
