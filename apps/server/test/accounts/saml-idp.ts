import { randomBytes } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import forge from "node-forge";
import { SignedXml } from "xml-crypto";

/**
 * A test identity provider for SAML: a key pair and self-signed certificate made when the test runs
 * (nothing private is committed), and signed responses built the way Shibboleth IdPs send them.
 */
export function makeTestIdp(entityId = "https://idp.test.example/idp/shibboleth") {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  const attrs = [{ name: "commonName", value: "idp.test.example" }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  const keyPem = forge.pki.privateKeyToPem(keys.privateKey);
  return { entityId, certPem, keyPem };
}
export type TestIdp = ReturnType<typeof makeTestIdp>;

/** The AuthnRequest ID inside an HTTP-Redirect URL (deflated, base64). */
export function requestIdOf(redirectUrl: string): string {
  const raw = new URL(redirectUrl).searchParams.get("SAMLRequest") ?? "";
  const xml = inflateRawSync(Buffer.from(raw, "base64")).toString("utf8");
  return /\bID="([^"]+)"/.exec(xml)?.[1] ?? "";
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export interface ResponseOptions {
  inResponseTo: string;
  acs: string;
  audience: string;
  nameId?: string;
  attributes?: Record<string, string | string[]>;
  /** Shift the validity window, e.g. -3_600_000 for an expired assertion. */
  shiftMs?: number;
  /** Sign with another key than the one the SP trusts. */
  signWith?: TestIdp;
  unsigned?: boolean;
  recipient?: string;
}

export function samlResponse(idp: TestIdp, o: ResponseOptions): string {
  const t = Date.now() + (o.shiftMs ?? 0);
  const at = (ms: number) => new Date(t + ms).toISOString();
  const id = () => `_${randomBytes(16).toString("hex")}`;
  const attributes = Object.entries(o.attributes ?? {})
    .map(
      ([name, v]) =>
        `<saml:Attribute Name="${esc(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${(Array.isArray(
          v,
        )
          ? v
          : [v]
        )
          .map((x) => `<saml:AttributeValue>${esc(x)}</saml:AttributeValue>`)
          .join("")}</saml:Attribute>`,
    )
    .join("");
  const assertion =
    `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id()}" Version="2.0" IssueInstant="${at(0)}">` +
    `<saml:Issuer>${esc(idp.entityId)}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${esc(o.nameId ?? id())}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${esc(o.inResponseTo)}" NotOnOrAfter="${at(300_000)}" Recipient="${esc(o.recipient ?? o.acs)}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${at(-60_000)}" NotOnOrAfter="${at(300_000)}"><saml:AudienceRestriction><saml:Audience>${esc(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${at(0)}" SessionIndex="${id()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion>`;
  let signed = assertion;
  if (!o.unsigned) {
    const signer = o.signWith ?? idp;
    const sig = new SignedXml({
      privateKey: signer.keyPem,
      publicCert: signer.certPem,
      signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
      canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
    });
    sig.addReference({
      xpath: "//*[local-name(.)='Assertion']",
      transforms: [
        "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
        "http://www.w3.org/2001/10/xml-exc-c14n#",
      ],
      digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    });
    sig.computeSignature(assertion, {
      location: { reference: "//*[local-name(.)='Issuer']", action: "after" },
    });
    signed = sig.getSignedXml();
  }
  const response =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id()}" Version="2.0" IssueInstant="${at(0)}" Destination="${esc(o.acs)}" InResponseTo="${esc(o.inResponseTo)}">` +
    `<saml:Issuer>${esc(idp.entityId)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${signed}</samlp:Response>`;
  return Buffer.from(response, "utf8").toString("base64");
}

export const EPPN = "urn:oid:1.3.6.1.4.1.5923.1.1.1.6";
export const MAIL = "urn:oid:0.9.2342.19200300.100.1.3";
export const DISPLAY_NAME = "urn:oid:2.16.840.1.113730.3.1.241";
export const AFFILIATION = "urn:oid:1.3.6.1.4.1.5923.1.1.1.9";
