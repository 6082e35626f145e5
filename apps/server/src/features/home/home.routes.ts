import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZHome, ZSearchQuery, ZSearchResult } from "@renkei/contract";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";
import { createHomeService } from "./home.service";
import { createSearchService } from "./search.service";

/** The home page's work items and the one search box (issue 11 items 3 and 4). */
export function registerHomeRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const home = createHomeService(deps);
  const search = createSearchService(deps);
  const tags = ["home"];

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/home",
      // Every role holds self.manage; what each sees is then decided item by item (home-items.ts).
      permission: "self.manage",
      tags,
      summary: "The caller's work: counts of what waits for them, each with the page where it is acted on",
      responses: { 200: { description: "Home", ...json(ZHome) } },
    }),
    async (c) => c.json(await home.home(actorOf(c)), 200),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/search",
      permission: "self.manage",
      tags,
      summary:
        "Search partners, people, cases, reviews, classifications, trips and visitors the caller may read",
      request: { query: ZSearchQuery },
      responses: { 200: { description: "Hits", ...json(ZSearchResult) } },
    }),
    async (c) => c.json(await search.search(actorOf(c), c.req.valid("query").q), 200),
  );
}
