import type { Role } from "../shared/roles";
import type { SsoIdentity } from "./sso-identity";

export interface JitSettings {
  jitEnabled: boolean;
  jitDefaultRole: Role | null;
}

export interface CandidateAccount {
  id: string;
  eppn: string | null;
  disabled: boolean;
}

export type SsoMatch =
  | { outcome: "existing"; userId: string; via: "eppn" | "email"; linkEppn: string | null }
  | { outcome: "create"; role: Role; email: string; displayName: string }
  | {
      outcome: "refused";
      reason: "deactivated" | "no_account" | "no_identifier" | "eppn_conflict";
    };

/**
 * Which account a federated sign-in opens (issue 11): the account holding the ePPN first, else the
 * account with the verified e-mail address. An e-mail match never moves an account that is already
 * bound to another ePPN (ePPN is the federation's stable identifier; 学認 technical guide). Without a
 * match a new account is made only when the institution switched just-in-time creation on, and then
 * with its default role, never a role the assertion asks for.
 */
export function matchSsoAccount(
  identity: SsoIdentity,
  found: { byEppn: CandidateAccount | null; byEmail: CandidateAccount | null },
  settings: JitSettings,
): SsoMatch {
  if (!identity.eppn && !(identity.email && identity.emailVerified)) {
    return { outcome: "refused", reason: "no_identifier" };
  }
  if (found.byEppn) {
    return found.byEppn.disabled
      ? { outcome: "refused", reason: "deactivated" }
      : { outcome: "existing", userId: found.byEppn.id, via: "eppn", linkEppn: null };
  }
  const byEmail = identity.emailVerified ? found.byEmail : null;
  if (byEmail) {
    if (byEmail.disabled) {
      return { outcome: "refused", reason: "deactivated" };
    }
    if (byEmail.eppn && identity.eppn && byEmail.eppn !== identity.eppn) {
      return { outcome: "refused", reason: "eppn_conflict" };
    }
    return {
      outcome: "existing",
      userId: byEmail.id,
      via: "email",
      linkEppn: byEmail.eppn ? null : identity.eppn,
    };
  }
  if (settings.jitEnabled && settings.jitDefaultRole && identity.email && identity.emailVerified) {
    return {
      outcome: "create",
      role: settings.jitDefaultRole,
      email: identity.email,
      displayName: identity.displayName ?? identity.email,
    };
  }
  return { outcome: "refused", reason: "no_account" };
}
