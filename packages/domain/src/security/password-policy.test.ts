import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, PASSWORD_PROBLEM_TEXT, type PasswordProblem } from "./password-policy";

const email = "tanaka.hanako@demo.renkei.example";

describe("checkPasswordPolicy (issue 10 item 2; NIST SP 800-63B §5.1.1.2)", () => {
  const cases: [string, string, PasswordProblem[]][] = [
    ["the issue's weak examples: repetition", "aaaaaaaaaa", ["password_too_simple"]],
    ["the issue's weak examples: a common word with digits", "password12", ["password_common"]],
    ["the issue's weak examples: the e-mail itself", email, ["password_contains_email"]],
    ["common, with substitutions and a suffix", "P@ssw0rd2026!", ["password_common"]],
    ["common Japanese-context word", "Sakura2026!!", ["password_common"]],
    ["keyboard walk", "qwertyuiop", ["password_common"]],
    ["the e-mail's local part inside", "tanaka.hanako#77", ["password_contains_email"]],
    ["the published demo password", "renkei-demo-2026", ["password_demo"]],
    ["too short", "Kx9#mQ2", ["password_too_short"]],
    ["digits only", "2718281828459", ["password_only_digits"]],
    ["a passphrase", "kumo no ue no tenkyo", []],
    ["a random string", "Vq7-Lm2#pX9z", []],
  ];
  it.each(cases)("%s", (_label, password, expected) => {
    expect(checkPasswordPolicy(password, { email })).toEqual(expected);
  });

  it("lets only the demo seed set the demo password", () => {
    expect(checkPasswordPolicy("renkei-demo-2026", { allowDemoPassword: true })).toEqual([]);
  });

  it("explains every problem in Japanese and English", () => {
    for (const text of Object.values(PASSWORD_PROBLEM_TEXT)) {
      expect(text.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(text.en).toMatch(/^[A-Z]/);
    }
  });
});
