/**
 * Attribute mapping of federated sign-in (issue 11). 学認 (GakuNin) releases eduPerson attributes by
 * their OIDs (GakuNin attribute list; eduPerson 2020-01); OpenID Connect providers use standard claims
 * (OpenID Connect Core §5.1) and the REFEDS eduPerson claim names.
 */
export const SAML_ATTRIBUTES = {
  eppn: ["urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "eduPersonPrincipalName"],
  mail: ["urn:oid:0.9.2342.19200300.100.1.3", "mail", "email"],
  displayName: ["urn:oid:2.16.840.1.113730.3.1.241", "displayName"],
  /** 学認 jaDisplayName (Japanese display name), preferred over displayName when present. */
  jaDisplayName: ["urn:oid:1.3.6.1.4.1.32264.1.1.3", "jaDisplayName"],
  affiliation: ["urn:oid:1.3.6.1.4.1.5923.1.1.1.1", "eduPersonAffiliation"],
  scopedAffiliation: ["urn:oid:1.3.6.1.4.1.5923.1.1.1.9", "eduPersonScopedAffiliation"],
} as const;

export interface SsoIdentity {
  /** Stable subject at the provider: `oidc:<issuer>|<sub>` or `saml:<idp>|<NameID>`. */
  externalId: string;
  eppn: string | null;
  email: string | null;
  /** False when the provider says the address is not verified: then it is never used to match. */
  emailVerified: boolean;
  displayName: string | null;
  affiliations: string[];
}

type Raw = Record<string, unknown>;

function values(raw: Raw, names: readonly string[]): string[] {
  for (const name of names) {
    const v = raw[name];
    if (v === undefined || v === null || v === "") {
      continue;
    }
    const list = Array.isArray(v) ? v : [v];
    const strings = list.filter((x): x is string => typeof x === "string" && x.trim() !== "");
    if (strings.length > 0) {
      return strings.map((s) => s.trim());
    }
  }
  return [];
}

const first = (raw: Raw, names: readonly string[]) => values(raw, names)[0] ?? null;

function normaliseEmail(value: string | null): string | null {
  const v = value?.trim().toLowerCase() ?? "";
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : null;
}

/** Affiliations without their scope (`faculty@example.ac.jp` → `faculty`), de-duplicated. */
function affiliationsOf(list: string[]): string[] {
  return [...new Set(list.map((a) => a.split("@")[0]!.toLowerCase()).filter(Boolean))];
}

export function identityFromSaml(idpEntityId: string, nameId: string, attributes: Raw): SsoIdentity {
  const eppn = first(attributes, SAML_ATTRIBUTES.eppn)?.toLowerCase() ?? null;
  return {
    externalId: `saml:${idpEntityId}|${nameId}`,
    eppn,
    email: normaliseEmail(first(attributes, SAML_ATTRIBUTES.mail)),
    // A SAML IdP of the federation asserts attributes it manages; mail counts as verified.
    emailVerified: true,
    displayName:
      first(attributes, SAML_ATTRIBUTES.jaDisplayName) ?? first(attributes, SAML_ATTRIBUTES.displayName),
    affiliations: affiliationsOf([
      ...values(attributes, SAML_ATTRIBUTES.affiliation),
      ...values(attributes, SAML_ATTRIBUTES.scopedAffiliation),
    ]),
  };
}

export function identityFromOidc(issuer: string, claims: Raw): SsoIdentity {
  const sub = typeof claims.sub === "string" ? claims.sub : "";
  const eppn = first(claims, ["eduperson_principal_name", "eppn"])?.toLowerCase() ?? null;
  return {
    externalId: `oidc:${issuer}|${sub}`,
    eppn,
    email: normaliseEmail(first(claims, ["email"])),
    emailVerified: claims.email_verified !== false,
    displayName: first(claims, ["name"]) ?? first(claims, ["preferred_username"]),
    affiliations: affiliationsOf([
      ...values(claims, ["eduperson_affiliation"]),
      ...values(claims, ["eduperson_scoped_affiliation"]),
    ]),
  };
}
