import { ACCOUNT_POLICY, DomainError, identityFromOidc, type SsoIdentity } from "@renkei/domain";
import { and, eq, gt } from "drizzle-orm";
import * as oidc from "openid-client";
import { authChallenges } from "../../db/schema";
import type { Deps } from "../../deps";
import { type EffectiveSso, type OidcProvider, ssoUrls } from "./institution-settings";
import { sha256 } from "./sign-in";

/**
 * OpenID Connect authorization code flow with PKCE (RFC 7636), state and nonce, through the
 * maintained `openid-client`. The state row is shared by all processes and used once.
 */
const discovered = new Map<string, Promise<oidc.Configuration>>();

function isLoopback(url: URL) {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

function configurationFor(p: OidcProvider): Promise<oidc.Configuration> {
  const key = `${p.issuer}|${p.clientId}|${sha256(p.clientSecret)}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(p.issuer);
    // Plain HTTP only for a provider on this machine (tests, a local development IdP).
    found = oidc.discovery(
      issuer,
      p.clientId,
      p.clientSecret,
      undefined,
      isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : {},
    );
    found.catch(() => discovered.delete(key));
    discovered.set(key, found);
  }
  return found;
}

export async function startOidc(deps: Deps, sso: EffectiveSso, next: string): Promise<string> {
  if (!sso.oidc || !sso.settings.oidcEnabled) {
    throw new DomainError("NOT_FOUND", "OpenID Connect is not configured");
  }
  const config = await configurationFor(sso.oidc);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const now = deps.clock.now();
  await deps.db.insert(authChallenges).values({
    key: sha256(state),
    kind: "oidc",
    institutionId: sso.institution.id,
    data: { verifier, nonce, next },
    createdAt: now,
    expiresAt: new Date(now.getTime() + ACCOUNT_POLICY.ssoRequestMinutes * 60_000),
  });
  return oidc
    .buildAuthorizationUrl(config, {
      redirect_uri: ssoUrls(deps, sso.institution.code).oidcRedirect,
      scope: "openid email profile",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    })
    .toString();
}

/** Exchanges the code (checking state, nonce, PKCE, issuer, audience, signature) for the identity. */
export async function finishOidc(
  deps: Deps,
  sso: EffectiveSso,
  query: string,
): Promise<{ identity: SsoIdentity; next: string }> {
  if (!sso.oidc || !sso.settings.oidcEnabled) {
    throw new DomainError("NOT_FOUND", "OpenID Connect is not configured");
  }
  const params = new URLSearchParams(query);
  const state = params.get("state") ?? "";
  const [row] = await deps.db
    .delete(authChallenges)
    .where(
      and(
        eq(authChallenges.key, sha256(state)),
        eq(authChallenges.kind, "oidc"),
        eq(authChallenges.institutionId, sso.institution.id),
        gt(authChallenges.expiresAt, deps.clock.now()),
      ),
    )
    .returning();
  if (!row) {
    throw new DomainError("UNAUTHENTICATED", "The sign-in request expired or was already used", {
      reason: "sso_state",
    });
  }
  const data = row.data as { verifier: string; nonce: string; next: string };
  const config = await configurationFor(sso.oidc);
  const current = new URL(ssoUrls(deps, sso.institution.code).oidcRedirect);
  current.search = params.toString();
  const tokens = await oidc.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: data.verifier,
    expectedState: state,
    expectedNonce: data.nonce,
    idTokenExpected: true,
  });
  const claims: Record<string, unknown> = tokens.claims() ?? {};
  let all: Record<string, unknown> = { ...claims };
  // Providers often put e-mail and name only in the UserInfo response (OIDC Core §5.3).
  if ((!claims.email || !claims.name) && typeof claims.sub === "string") {
    try {
      all = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
    } catch {
      // UserInfo is optional; the ID token's claims stand.
    }
  }
  return { identity: identityFromOidc(sso.oidc.issuer, all), next: data.next };
}
