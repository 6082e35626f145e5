import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { makeTestIdp, requestIdOf, samlResponse } from "../../apps/server/test/accounts/saml-idp";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function listen(handler: { current: Handler }) {
  const server = createServer((req, res) => handler.current(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on loopback with its development login and
 * consent screens; the login name is taken as the person's e-mail address.
 */
export async function startOidcProvider(redirectUri: string) {
  const handler: { current: Handler } = { current: () => undefined };
  const { server, url } = await listen(handler);
  const clientSecret = `test-secret-${Math.random().toString(36).slice(2)}`;
  const provider = new Provider(url, {
    clients: [
      {
        client_id: "renkei-e2e",
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: true, name: sub }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["e2e-cookie-key-not-secret"] },
  });
  handler.current = provider.callback() as Handler;
  return {
    issuer: url,
    clientId: "renkei-e2e",
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A SAML IdP on loopback that signs in whoever it is told to: it answers the AuthnRequest with a
 * signed assertion posted to the ACS by an auto-submitting form, as Shibboleth does.
 */
export async function startSamlIdp(
  sp: { acs: string; entityId: string },
  person: () => Record<string, string>,
) {
  const idp = makeTestIdp("https://idp.e2e.example/idp/shibboleth");
  const handler: { current: Handler } = {
    current: (req, res) => {
      const full = `http://127.0.0.1${req.url ?? "/"}`;
      const params = new URL(full).searchParams;
      const response = samlResponse(idp, {
        inResponseTo: requestIdOf(full),
        acs: sp.acs,
        audience: sp.entityId,
        attributes: person(),
      });
      const relay = (params.get("RelayState") ?? "/").replace(/"/g, "&quot;");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html><body><form method="post" action="${sp.acs}"><input type="hidden" name="SAMLResponse" value="${response}"><input type="hidden" name="RelayState" value="${relay}"></form><script>document.forms[0].submit()</script></body></html>`,
      );
    },
  };
  const { server, url } = await listen(handler);
  return {
    entryPoint: `${url}/idp/profile/SAML2/Redirect/SSO`,
    entityId: idp.entityId,
    certPem: idp.certPem,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
