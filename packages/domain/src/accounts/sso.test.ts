import { describe, expect, it } from "vitest";
import { identityFromOidc, identityFromSaml, type SsoIdentity } from "./sso-identity";
import { matchSsoAccount } from "./sso-match";

describe("identity mapping", () => {
  it("reads 学認 attributes by OID, preferring jaDisplayName and dropping the affiliation scope", () => {
    const id = identityFromSaml("https://idp.example.ac.jp/idp/shibboleth", "abc", {
      "urn:oid:1.3.6.1.4.1.5923.1.1.1.6": "Taro@Example.ac.jp",
      "urn:oid:0.9.2342.19200300.100.1.3": ["Taro.Yamada@example.ac.jp"],
      "urn:oid:2.16.840.1.113730.3.1.241": "Taro Yamada",
      "urn:oid:1.3.6.1.4.1.32264.1.1.3": "山田 太郎",
      "urn:oid:1.3.6.1.4.1.5923.1.1.1.9": ["faculty@example.ac.jp", "member@example.ac.jp"],
    });
    expect(id).toEqual({
      externalId: "saml:https://idp.example.ac.jp/idp/shibboleth|abc",
      eppn: "taro@example.ac.jp",
      email: "taro.yamada@example.ac.jp",
      emailVerified: true,
      displayName: "山田 太郎",
      affiliations: ["faculty", "member"],
    });
  });
  it("reads OpenID Connect claims and keeps an unverified address unverified", () => {
    const id = identityFromOidc("https://op.example", {
      sub: "42",
      email: "a@b.jp",
      email_verified: false,
      name: "A",
    });
    expect(id.externalId).toBe("oidc:https://op.example|42");
    expect(id.emailVerified).toBe(false);
    expect(id.eppn).toBeNull();
    expect(identityFromOidc("x", { sub: "1", email: "not-an-address" }).email).toBeNull();
  });
});

const identity = (over: Partial<SsoIdentity> = {}): SsoIdentity => ({
  externalId: "saml:x|1",
  eppn: "taro@example.ac.jp",
  email: "taro@example.ac.jp",
  emailVerified: true,
  displayName: "Taro",
  affiliations: [],
  ...over,
});
const off = { jitEnabled: false, jitDefaultRole: null };
const acct = (id: string, over: { eppn?: string | null; disabled?: boolean } = {}) => ({
  id,
  eppn: over.eppn ?? null,
  disabled: over.disabled ?? false,
});

describe("matchSsoAccount", () => {
  it("matches by ePPN before e-mail", () => {
    expect(matchSsoAccount(identity(), { byEppn: acct("u1"), byEmail: acct("u2") }, off)).toMatchObject({
      outcome: "existing",
      userId: "u1",
      via: "eppn",
    });
  });
  it("matches by verified e-mail and links the ePPN", () => {
    expect(matchSsoAccount(identity(), { byEppn: null, byEmail: acct("u2") }, off)).toEqual({
      outcome: "existing",
      userId: "u2",
      via: "email",
      linkEppn: "taro@example.ac.jp",
    });
  });
  it("never matches an unverified address", () => {
    const r = matchSsoAccount(
      identity({ eppn: null, emailVerified: false }),
      { byEppn: null, byEmail: acct("u2") },
      off,
    );
    expect(r).toEqual({ outcome: "refused", reason: "no_identifier" });
  });
  it("refuses an account bound to another ePPN", () => {
    const r = matchSsoAccount(identity(), { byEppn: null, byEmail: acct("u2", { eppn: "other@x.jp" }) }, off);
    expect(r).toEqual({ outcome: "refused", reason: "eppn_conflict" });
  });
  it("refuses deactivated accounts either way", () => {
    expect(
      matchSsoAccount(identity(), { byEppn: acct("u1", { disabled: true }), byEmail: null }, off),
    ).toMatchObject({ reason: "deactivated" });
    expect(
      matchSsoAccount(identity(), { byEppn: null, byEmail: acct("u1", { disabled: true }) }, off),
    ).toMatchObject({ reason: "deactivated" });
  });
  it("creates only when just-in-time creation is on, with the default role", () => {
    expect(matchSsoAccount(identity(), { byEppn: null, byEmail: null }, off)).toEqual({
      outcome: "refused",
      reason: "no_account",
    });
    expect(
      matchSsoAccount(
        identity(),
        { byEppn: null, byEmail: null },
        { jitEnabled: true, jitDefaultRole: "student" },
      ),
    ).toEqual({
      outcome: "create",
      role: "student",
      email: "taro@example.ac.jp",
      displayName: "Taro",
    });
  });
});
