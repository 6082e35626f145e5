import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZLibraryEntry, ZLibraryPrepareInput, ZLibraryQuery, ZOwnLibraryEntry } from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createLibraryService } from "./library.service";

const ZId = z.object({ id: z.uuid() });

/** The anonymised case library shared by every institution on the server (issue 16 §7). */
export function registerLibraryRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const library = createLibraryService(deps);
  const tags = ["library"];
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/library",
      permission: "library.read",
      tags,
      summary: "Released anonymised risk cases of every institution, searchable",
      request: { query: ZLibraryQuery },
      responses: { 200: { description: "Entries", ...json(z.object({ items: z.array(ZLibraryEntry) })) } },
    }),
    async (c) => c.json({ items: await library.search(c.req.valid("query")) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/library/mine",
      permission: "library.read",
      tags,
      summary: "This institution's entries with their state (for those who prepare or release them)",
      responses: {
        200: { description: "Entries", ...json(z.object({ items: z.array(ZOwnLibraryEntry) })) },
      },
    }),
    async (c) => c.json({ items: await library.mine(actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/library/entries/{id}",
      permission: "library.read",
      tags,
      summary: "One released entry",
      request: { params: ZId },
      responses: { 200: { description: "Entry", ...json(ZLibraryEntry) } },
    }),
    async (c) => c.json(await library.get(c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/library/entries",
      permission: "library.prepare",
      tags,
      summary: "Prepare an anonymised entry from one of this institution's cases (a draft)",
      request: jsonBody(ZLibraryPrepareInput),
      responses: { 201: { description: "Prepared", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => {
      const { caseId, lessons } = c.req.valid("json");
      return c.json(await library.prepare(actorOf(c), caseId, lessons), 201);
    },
  );
  for (const [action, summary] of [
    ["release", "Check a draft again and release it (not by its preparer)"],
    ["withdraw", "Withdraw an entry from the library"],
  ] as const) {
    app.openapi(
      defineRoute({
        method: "post",
        path: `/api/v1/library/entries/{id}/${action}`,
        permission: "library.release",
        tags,
        summary,
        request: { params: ZId },
        responses: { 204: { description: "Done" } },
      }),
      async (c) => {
        await library[action](actorOf(c), c.req.valid("param").id);
        return c.body(null, 204);
      },
    );
  }
}
