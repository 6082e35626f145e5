import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZWebhook, ZWebhookCreated, ZWebhookDelivery, ZWebhookInput } from "@renkei/contract";
import { z } from "zod";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { createWebhooksService } from "./webhooks.service";

const ZId = z.object({ id: z.uuid() });

export function registerWebhookRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createWebhooksService(deps);
  const tags = ["webhooks"];
  const permission = "webhook.manage" as const;

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/webhooks",
      permission,
      tags,
      summary: "Webhook subscriptions of the institution",
      responses: { 200: { description: "Subscriptions", ...json(z.object({ items: z.array(ZWebhook) })) } },
    }),
    async (c) => c.json({ items: await service.list(actorOf(c)) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/webhooks",
      permission,
      tags,
      summary: "Subscribe a URL to events; the signing secret is returned once",
      request: jsonBody(ZWebhookInput),
      responses: { 201: { description: "Created", ...json(ZWebhookCreated) } },
    }),
    async (c) => c.json(await service.create(actorOf(c), c.req.valid("json")), 201),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/webhooks/{id}",
      permission,
      tags,
      summary: "Change a subscription's URL, events or active flag",
      request: { params: ZId, ...jsonBody(ZWebhookInput) },
      responses: { 200: { description: "Updated", ...json(ZWebhook) } },
    }),
    async (c) => c.json(await service.update(actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );

  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/webhooks/{id}",
      permission,
      tags,
      summary: "Remove a subscription and its delivery log",
      request: { params: ZId },
      responses: { 204: { description: "Removed" } },
    }),
    async (c) => {
      await service.remove(actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/webhooks/{id}/deliveries",
      permission,
      tags,
      summary: "The latest 100 deliveries of a subscription, with status and attempts",
      request: { params: ZId },
      responses: {
        200: { description: "Deliveries", ...json(z.object({ items: z.array(ZWebhookDelivery) })) },
      },
    }),
    async (c) => c.json({ items: await service.deliveries(actorOf(c), c.req.valid("param").id) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/webhooks/{id}/ping",
      permission,
      tags,
      summary: "Queue a signed test delivery to this subscription",
      request: { params: ZId },
      responses: { 201: { description: "Queued", ...json(ZWebhookDelivery) } },
    }),
    async (c) => c.json(await service.ping(actorOf(c), c.req.valid("param").id), 201),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/webhook-deliveries/{id}/retry",
      permission,
      tags,
      summary: "Send a pending or failed delivery again at the next run",
      request: { params: ZId },
      responses: { 200: { description: "Queued", ...json(ZWebhookDelivery) } },
    }),
    async (c) => c.json(await service.retry(actorOf(c), c.req.valid("param").id), 200),
  );
}
