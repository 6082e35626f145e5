import type { OpenAPIHono } from "@hono/zod-openapi";
import { DomainError, isDomainError } from "@renkei/domain";
import type { Context } from "hono";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { defineRoute } from "../../http/define-route";
import { effectiveSso } from "./institution-settings";
import { setSessionCookie } from "./sign-in";
import { type SsoOutcome, signInWithSso } from "./sso-accounts";
import { finishOidc, startOidc } from "./sso-oidc";
import { finishSaml, samlMetadata, startSaml } from "./sso-saml";

const tags = ["single sign-on"];
const codeParam = z.object({ code: z.string().min(1).max(100) });
const nextQuery = z.object({ next: z.string().max(2000).optional() });
const redirect = { 302: { description: "Redirect to the identity provider or back to the app" } };

/** Only same-site paths are followed after sign-in (no open redirect through RelayState or next). */
export function safeNext(next: string | null | undefined): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

async function ssoFor(deps: Deps, code: string) {
  const sso = await effectiveSso(deps, code);
  if (!sso) {
    throw new DomainError("NOT_FOUND", "No such institution");
  }
  return sso;
}

/** Where the browser goes after the identity provider answered: the app, the code step, or an error. */
function land(c: Context, deps: Deps, outcome: SsoOutcome, next: string) {
  if (outcome.kind === "session") {
    setSessionCookie(c, deps, outcome);
    return c.redirect(safeNext(next), 302);
  }
  if (outcome.kind === "challenge") {
    // In the fragment: never sent to a server or a Referer.
    return c.redirect(
      `/sign-in#challenge=${outcome.challenge}&mode=${outcome.mode}&next=${encodeURIComponent(safeNext(next))}`,
      302,
    );
  }
  return c.redirect(`/sign-in?sso_error=${outcome.reason}`, 302);
}

function refusedRedirect(c: Context, deps: Deps, err: unknown) {
  if (isDomainError(err) && err.code !== "INTERNAL") {
    const reason = String(err.details?.reason ?? "sso_invalid");
    return c.redirect(`/sign-in?sso_error=${encodeURIComponent(reason)}`, 302);
  }
  deps.logger.error("single sign-on failed", { err: String(err) });
  return c.redirect("/sign-in?sso_error=sso_invalid", 302);
}

/**
 * Single sign-on endpoints of one institution (by its code): OpenID Connect start / callback and SAML
 * start / ACS / SP metadata. Public, since the person is not signed in yet; what they accept is
 * decided by the institution's settings (`effectiveSso`).
 */
export function registerSsoRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/auth/sso/{code}/oidc/start",
      public: true,
      tags,
      summary: "Start an OpenID Connect sign-in (authorization code flow with PKCE)",
      request: { params: codeParam, query: nextQuery },
      responses: redirect,
    }),
    async (c) => {
      const sso = await ssoFor(deps, c.req.valid("param").code);
      return c.redirect(await startOidc(deps, sso, safeNext(c.req.valid("query").next)), 302);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/auth/sso/{code}/oidc/callback",
      public: true,
      tags,
      summary: "OpenID Connect redirect URI",
      request: { params: codeParam },
      responses: redirect,
    }),
    async (c) => {
      try {
        const sso = await ssoFor(deps, c.req.valid("param").code);
        const query = new URL(c.req.url).search;
        if (new URLSearchParams(query).has("error")) {
          return c.redirect("/sign-in?sso_error=sso_cancelled", 302);
        }
        const { identity, next } = await finishOidc(deps, sso, query);
        return land(c, deps, await signInWithSso(deps, sso, "oidc", identity), next);
      } catch (err) {
        return refusedRedirect(c, deps, err);
      }
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/auth/sso/{code}/saml/start",
      public: true,
      tags,
      summary: "Start a SAML 2.0 sign-in (AuthnRequest by HTTP-Redirect)",
      request: { params: codeParam, query: nextQuery },
      responses: redirect,
    }),
    async (c) => {
      const sso = await ssoFor(deps, c.req.valid("param").code);
      return c.redirect(await startSaml(deps, sso, safeNext(c.req.valid("query").next)), 302);
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/auth/sso/{code}/saml/acs",
      public: true,
      tags,
      summary: "SAML assertion consumer service (HTTP-POST binding)",
      request: { params: codeParam },
      responses: redirect,
    }),
    async (c) => {
      try {
        const sso = await ssoFor(deps, c.req.valid("param").code);
        const form = await c.req.parseBody();
        const parsed = z
          .object({
            SAMLResponse: z.string().min(1).max(500_000),
            RelayState: z.string().max(2000).optional(),
          })
          .safeParse(form);
        if (!parsed.success) {
          throw new DomainError("UNAUTHENTICATED", "No SAML response", { reason: "sso_invalid" });
        }
        const { identity, next } = await finishSaml(deps, sso, parsed.data);
        return land(c, deps, await signInWithSso(deps, sso, "saml", identity), next);
      } catch (err) {
        return refusedRedirect(c, deps, err);
      }
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/auth/sso/{code}/saml/metadata",
      public: true,
      tags,
      summary: "SAML service provider metadata (for the 学認 / Shibboleth IdP registration)",
      request: { params: codeParam },
      responses: {
        200: {
          description: "SP metadata",
          content: { "application/samlmetadata+xml": { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const sso = await ssoFor(deps, c.req.valid("param").code);
      return c.body(samlMetadata(deps, sso), 200, {
        "content-type": "application/samlmetadata+xml; charset=utf-8",
      });
    },
  );
}
