import type { Role } from "../shared/roles";

export const SIGN_IN_METHODS = ["password", "oidc", "saml"] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** What an institution allows (institution settings page; absent settings = password only). */
export interface SignInSettings {
  passwordEnabled: boolean;
  oidcEnabled: boolean;
  samlEnabled: boolean;
  totpRequiredRoles: readonly Role[];
}

export const DEFAULT_SIGN_IN_SETTINGS: SignInSettings = {
  passwordEnabled: true,
  oidcEnabled: false,
  samlEnabled: false,
  totpRequiredRoles: [],
};

export type SignInStep =
  | { step: "session" }
  | { step: "totp_verify" }
  | { step: "totp_enrol" }
  | { step: "refused"; reason: "deactivated" | "method_disabled" };

/**
 * The one decision after a first factor succeeded (password, or an identity provider's assertion).
 * A deactivated account never gets a session; a user with a confirmed TOTP factor always gives the
 * code; a role the institution requires TOTP for must enrol before the first session.
 * Administrators may always use a password so that a broken identity provider cannot lock the
 * institution out (NIST SP 800-63B §6.1.2.3 account recovery; our policy).
 */
export function nextSignInStep(input: {
  method: SignInMethod;
  role: Role;
  disabled: boolean;
  totpConfirmed: boolean;
  settings: SignInSettings;
}): SignInStep {
  if (input.disabled) {
    return { step: "refused", reason: "deactivated" };
  }
  if (!methodAllowed(input.method, input.role, input.settings)) {
    return { step: "refused", reason: "method_disabled" };
  }
  if (input.totpConfirmed) {
    return { step: "totp_verify" };
  }
  if (input.settings.totpRequiredRoles.includes(input.role)) {
    return { step: "totp_enrol" };
  }
  return { step: "session" };
}

export function methodAllowed(method: SignInMethod, role: Role, settings: SignInSettings): boolean {
  switch (method) {
    case "password":
      return settings.passwordEnabled || role === "admin";
    case "oidc":
      return settings.oidcEnabled;
    case "saml":
      return settings.samlEnabled;
    default: {
      const unreachable: never = method;
      throw new Error(`unknown sign-in method ${String(unreachable)}`);
    }
  }
}
