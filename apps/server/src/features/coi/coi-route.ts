import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Permission } from "@renkei/domain";
import type { z } from "zod";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";

const tags = ["coi"];

/** One JSON route of the COI feature: its permission, its shapes, and a handler given the parsed input. */
export function coiRoute(app: OpenAPIHono<AppEnv>) {
  return <P extends Record<string, unknown>>(spec: {
    method: "get" | "post" | "put" | "delete";
    path: string;
    permission: Permission;
    summary: string;
    params?: z.ZodObject;
    body?: z.ZodType;
    query?: z.ZodObject;
    response: z.ZodType;
    status?: 200 | 201;
    handler: (c: {
      actor: ReturnType<typeof actorOf>;
      params: P;
      body: never;
      query: never;
    }) => Promise<unknown>;
  }) => {
    const status = spec.status ?? 200;
    app.openapi(
      defineRoute({
        method: spec.method,
        path: spec.path,
        permission: spec.permission,
        tags,
        summary: spec.summary,
        request: {
          ...(spec.params ? { params: spec.params } : {}),
          ...(spec.query ? { query: spec.query } : {}),
          ...(spec.body ? jsonBody(spec.body) : {}),
        },
        responses: { [status]: { description: spec.summary, ...json(spec.response) } },
      }),
      // biome-ignore lint/suspicious/noExplicitAny: the valid() accessors are typed per route by hono
      async (c: any) => {
        const result = await spec.handler({
          actor: actorOf(c),
          params: spec.params ? c.req.valid("param") : {},
          body: spec.body ? c.req.valid("json") : undefined,
          query: spec.query ? c.req.valid("query") : undefined,
        } as never);
        return c.json(result ?? { ok: true }, status);
      },
    );
  };
}
