import { type CacheProvider, SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { ACCOUNT_POLICY, DomainError, identityFromSaml, type SsoIdentity } from "@renkei/domain";
import { and, eq, gt } from "drizzle-orm";
import { authChallenges } from "../../db/schema";
import type { Deps } from "../../deps";
import { type EffectiveSso, ssoUrls } from "./institution-settings";
import { sha256 } from "./sign-in";

/**
 * SAML 2.0 Web Browser SSO for 学認 (GakuNin) / Shibboleth IdPs through the maintained
 * `@node-saml/node-saml`: the assertion must be signed by the configured IdP certificate, issued by
 * the configured IdP, addressed to this SP (audience, and recipient = our ACS), inside its validity
 * window, and answer an AuthnRequest we sent (InResponseTo, remembered in the database so any
 * process can take the response, and used once).
 */
function requestCache(deps: Deps, institutionId: string): CacheProvider {
  const key = (id: string) => sha256(`saml:${id}`);
  return {
    async saveAsync(id, value) {
      const now = deps.clock.now();
      await deps.db.insert(authChallenges).values({
        key: key(id),
        kind: "saml",
        institutionId,
        data: { value },
        createdAt: now,
        expiresAt: new Date(now.getTime() + ACCOUNT_POLICY.ssoRequestMinutes * 60_000),
      });
      return { value, createdAt: now.getTime() };
    },
    async getAsync(id) {
      const [row] = await deps.db
        .select()
        .from(authChallenges)
        .where(
          and(
            eq(authChallenges.key, key(id)),
            eq(authChallenges.institutionId, institutionId),
            gt(authChallenges.expiresAt, deps.clock.now()),
          ),
        );
      return row ? String((row.data as { value: string }).value) : null;
    },
    async removeAsync(id) {
      if (!id) {
        return null;
      }
      const [row] = await deps.db
        .delete(authChallenges)
        .where(eq(authChallenges.key, key(id)))
        .returning();
      return row ? String((row.data as { value: string }).value) : null;
    },
  };
}

function samlFor(deps: Deps, sso: EffectiveSso): SAML {
  if (!sso.saml || !sso.settings.samlEnabled) {
    throw new DomainError("NOT_FOUND", "SAML is not configured");
  }
  const urls = ssoUrls(deps, sso.institution.code);
  return new SAML({
    callbackUrl: urls.samlAcs,
    entryPoint: sso.saml.entryPoint,
    issuer: urls.samlEntityId,
    audience: urls.samlEntityId,
    idpCert: sso.saml.idpCert.replace(/\\n/g, "\n"),
    idpIssuer: sso.saml.idpIssuer,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: ACCOUNT_POLICY.ssoRequestMinutes * 60_000,
    cacheProvider: requestCache(deps, sso.institution.id),
    acceptedClockSkewMs: 60_000,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  });
}

export function samlMetadata(deps: Deps, sso: EffectiveSso): string {
  return samlFor(deps, sso).generateServiceProviderMetadata(null, null);
}

export async function startSaml(deps: Deps, sso: EffectiveSso, next: string): Promise<string> {
  return samlFor(deps, sso).getAuthorizeUrlAsync(next, undefined, {});
}

/** Validates a posted SAMLResponse; any failure is one refusal (the reason goes to the log only). */
export async function finishSaml(
  deps: Deps,
  sso: EffectiveSso,
  body: { SAMLResponse: string; RelayState?: string | undefined },
): Promise<{ identity: SsoIdentity; next: string }> {
  const saml = samlFor(deps, sso);
  const acs = ssoUrls(deps, sso.institution.code).samlAcs;
  let profile: Awaited<ReturnType<SAML["validatePostResponseAsync"]>>["profile"];
  try {
    ({ profile } = await saml.validatePostResponseAsync({
      SAMLResponse: body.SAMLResponse,
      ...(body.RelayState ? { RelayState: body.RelayState } : {}),
    }));
  } catch (err) {
    deps.logger.warn("SAML response refused", { institution: sso.institution.code, err: String(err) });
    throw new DomainError("UNAUTHENTICATED", "The identity provider's answer was not accepted", {
      reason: "sso_invalid",
    });
  }
  if (!profile?.nameID) {
    throw new DomainError("UNAUTHENTICATED", "The identity provider's answer was not accepted", {
      reason: "sso_invalid",
    });
  }
  // node-saml checks audience, signature, times and InResponseTo; the recipient we check here
  // (SAML 2.0 profiles §4.1.4.2: Recipient must be the ACS the response was delivered to).
  const recipients = [...(profile.getAssertionXml?.() ?? "").matchAll(/\bRecipient="([^"]*)"/g)].map(
    (m) => m[1],
  );
  if (recipients.length === 0 || recipients.some((r) => r !== acs)) {
    deps.logger.warn("SAML response refused", {
      institution: sso.institution.code,
      err: "recipient mismatch",
    });
    throw new DomainError("UNAUTHENTICATED", "The identity provider's answer was not accepted", {
      reason: "sso_invalid",
    });
  }
  const attributes = (profile.attributes ?? {}) as Record<string, unknown>;
  return {
    identity: identityFromSaml(sso.saml!.idpIssuer, profile.nameID, attributes),
    next: body.RelayState ?? "/",
  };
}
