import { COMMON_PASSWORDS } from "./common-passwords";

/**
 * The one password policy (issue 10 item 2), used wherever a password is set: the CLI, the admin API,
 * a user's own change, and a reset. Based on NIST SP 800-63B §5.1.1.2: a minimum length, no maximum
 * composition rules, and a check against values known to be guessed first (common passwords, the
 * account's own e-mail, the published demo password).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
/** The demo institution's published password (README): refused everywhere but the demo seed. */
export const DEMO_PASSWORDS: readonly string[] = ["renkei-demo-2026"];

export type PasswordProblem =
  | "password_too_short"
  | "password_too_long"
  | "password_only_digits"
  | "password_too_simple"
  | "password_common"
  | "password_contains_email"
  | "password_demo";

export interface PasswordContext {
  email?: string | undefined;
  /** Only the demo seed may set the published demo password. */
  allowDemoPassword?: boolean | undefined;
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

/** Lower-cased, substitutions undone, and digits and symbols at both ends cut: `P@ssw0rd2026!` → `password`. */
function stems(password: string): string[] {
  const lower = password.normalize("NFKC").toLowerCase();
  const unleet = (s: string) => [...s].map((ch) => LEET[ch] ?? ch).join("");
  const strip = (s: string) => s.replace(/^[^a-z]+|[^a-z]+$/g, "");
  return [
    lower,
    unleet(lower),
    strip(lower),
    unleet(strip(lower)),
    strip(unleet(lower)),
    lower.replace(/[^a-z0-9]/g, ""),
  ];
}

export function checkPasswordPolicy(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const chars = [...password.normalize("NFKC")];
  if (chars.length < PASSWORD_MIN_LENGTH) {
    problems.push("password_too_short");
  }
  if (chars.length > PASSWORD_MAX_LENGTH) {
    problems.push("password_too_long");
  }
  if (/^\d+$/.test(password)) {
    problems.push("password_only_digits");
  } else if (new Set(chars).size < 5) {
    problems.push("password_too_simple"); // aaaaaaaaaa, abababab…
  }
  if (stems(password).some((s) => COMMON_PASSWORDS.has(s))) {
    problems.push("password_common");
  }
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const local = email.split("@")[0] ?? "";
    const lower = password.toLowerCase();
    if (lower.includes(email) || (local.length >= 4 && lower.includes(local))) {
      problems.push("password_contains_email");
    }
  }
  if (!context.allowDemoPassword && DEMO_PASSWORDS.includes(password)) {
    problems.push("password_demo");
  }
  return problems;
}

/** The problems as text a person reads, in both languages (CLI output; the web has its own messages). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, { ja: string; en: string }> = {
  password_too_short: {
    ja: `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください。`,
    en: `The password must be at least ${PASSWORD_MIN_LENGTH} characters.`,
  },
  password_too_long: {
    ja: `パスワードは${PASSWORD_MAX_LENGTH}文字以内にしてください。`,
    en: `The password must be at most ${PASSWORD_MAX_LENGTH} characters.`,
  },
  password_only_digits: {
    ja: "数字だけのパスワードは使えません。",
    en: "A password of digits only is not allowed.",
  },
  password_too_simple: {
    ja: "同じ文字の繰り返しが多すぎます。5種類以上の文字を使ってください。",
    en: "Too few different characters: use at least five.",
  },
  password_common: {
    ja: "よく使われるパスワード（またはその変形）は使えません。",
    en: "This is a commonly used password (or a variant of one).",
  },
  password_contains_email: {
    ja: "メールアドレスを含むパスワードは使えません。",
    en: "The password must not contain the e-mail address.",
  },
  password_demo: {
    ja: "デモ用に公開されているパスワードは使えません。",
    en: "The published demo password cannot be used.",
  },
};
