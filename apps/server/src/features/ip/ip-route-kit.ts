import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Permission } from "@renkei/domain";
import { z } from "zod";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";

const ZCreated = z.object({ id: z.uuid() });
const ZOk = z.object({ ok: z.literal(true) });

/** The IP routes' JSON writes: path parameters are uuids; `post` answers 201 {id} or 200 {ok}. */
export function jsonWriteRoute(app: OpenAPIHono<AppEnv>, tags: string[]) {
  function write<B extends z.ZodType>(
    method: "post" | "put" | "delete",
    path: string,
    permission: Permission,
    summary: string,
    body: B | null,
    handler: (
      actor: ReturnType<typeof actorOf>,
      p: Record<string, string>,
      b: z.output<B>,
    ) => Promise<unknown>,
  ) {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const params = z.object(Object.fromEntries(names.map((n) => [n, z.uuid()])));
    app.openapi(
      defineRoute({
        method,
        path,
        permission,
        tags,
        summary,
        request: { params, ...(body ? jsonBody(body) : {}) },
        responses: {
          200: { description: "Done", ...json(ZOk) },
          201: { description: "Created", ...json(ZCreated) },
        },
      }),
      // biome-ignore lint/suspicious/noExplicitAny: the route's typed context differs per call site.
      async (c: any) => {
        const result = (await handler(
          actorOf(c),
          c.req.valid("param"),
          body ? c.req.valid("json") : undefined,
        )) as { id: string } | undefined;
        return result?.id ? c.json({ id: result.id }, 201) : c.json({ ok: true as const }, 200);
      },
    );
  }
  return write;
}
