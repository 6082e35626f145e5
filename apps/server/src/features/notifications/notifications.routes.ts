import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZMarkRead,
  ZNotificationList,
  ZNotificationQuery,
  ZOutboxMail,
  ZOutboxQuery,
  ZPage,
} from "@renkei/contract";
import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import { z } from "zod";
import { jobRuns, mailOutbox, notifications, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { markRead } from "./notify";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function registerNotificationRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/notifications",
      permission: "self.manage",
      tags: ["notifications"],
      summary: "The caller's notifications, newest first, with the unread count",
      request: { query: ZNotificationQuery },
      responses: { 200: { description: "Notifications", ...json(ZNotificationList) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid("query");
      const mine = eq(notifications.userId, actor.userId);
      const unreadWhere = and(mine, isNull(notifications.readAt));
      const rows = await deps.db
        .select()
        .from(notifications)
        .where(q.unreadOnly === "true" ? unreadWhere : mine)
        .orderBy(desc(notifications.createdAt))
        .limit(q.limit);
      const [unread] = await deps.db.select({ n: count() }).from(notifications).where(unreadWhere);
      // Read in the reader's language as set now (a notice sent before a switch follows the switch).
      const [me] = await deps.db
        .select({ locale: users.locale })
        .from(users)
        .where(eq(users.id, actor.userId));
      const en = me?.locale === "en";
      return c.json(
        {
          items: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            title: en && r.titleEn !== null ? r.titleEn : r.title,
            body: en && r.bodyEn !== null ? r.bodyEn : r.body,
            link: r.link,
            createdAt: r.createdAt.toISOString(),
            readAt: iso(r.readAt),
          })),
          unread: unread?.n ?? 0,
        },
        200,
      );
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/notifications/read",
      permission: "self.manage",
      tags: ["notifications"],
      summary: "Mark some or all of the caller's notifications read",
      request: jsonBody(ZMarkRead),
      responses: { 200: { description: "How many were marked", ...json(z.object({ marked: z.number() })) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid("json");
      const now = deps.clock.now();
      if ("all" in body) {
        const rows = await deps.db
          .update(notifications)
          .set({ readAt: now })
          .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
          .returning({ id: notifications.id });
        return c.json({ marked: rows.length }, 200);
      }
      return c.json({ marked: await markRead(deps.db, actor.userId, body.ids, now) }, 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/outbox",
      permission: "outbox.read",
      tags: ["notifications"],
      summary: "Mail the institution has queued or sent, newest first",
      request: { query: ZOutboxQuery },
      responses: { 200: { description: "Mails", ...json(ZPage(ZOutboxMail)) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid("query");
      const where: SQL = eq(mailOutbox.institutionId, actor.institutionId);
      const rows = await deps.db
        .select()
        .from(mailOutbox)
        .where(where)
        .orderBy(desc(mailOutbox.createdAt))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      const [total] = await deps.db.select({ n: count() }).from(mailOutbox).where(where);
      return c.json(
        {
          items: rows.map(({ institutionId: _i, ...r }) => ({
            ...r,
            // Set-password links are credentials: the addressee alone may read them (issue 11).
            body: r.kind.startsWith("account.")
              ? "（パスワード設定用のリンクを含むため本文は表示しません / body withheld: it holds a set-password link）"
              : r.body.replaceAll("{{PUBLIC_URL}}", deps.config.publicUrl),
            createdAt: r.createdAt.toISOString(),
            sentAt: iso(r.sentAt),
          })),
          total: total?.n ?? 0,
          page: q.page,
          pageSize: q.pageSize,
        },
        200,
      );
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/jobs/runs",
      permission: "jobs.read",
      tags: ["notifications"],
      summary: "The latest runs of the periodic jobs",
      description:
        "When each job ran and whether it succeeded. A run's counts and messages span every institution on " +
        "the server, so they are left out (summary is null); the operator reads them with `renkei jobs list`.",
      responses: {
        200: {
          description: "Job runs",
          ...json(
            z.object({
              items: z.array(
                z.object({
                  name: z.string(),
                  startedAt: z.string(),
                  finishedAt: z.string().nullable(),
                  ok: z.boolean().nullable(),
                  summary: z.string().nullable(),
                }),
              ),
            }),
          ),
        },
      },
    }),
    async (c) => {
      const rows = await deps.db.select().from(jobRuns).orderBy(desc(jobRuns.startedAt)).limit(100);
      return c.json(
        {
          items: rows.map((r) => ({
            name: r.name,
            startedAt: r.startedAt.toISOString(),
            finishedAt: iso(r.finishedAt),
            ok: r.ok,
            // Platform-wide counts (and failure messages) are not one institution's to see (issue 10).
            summary: null,
          })),
        },
        200,
      );
    },
  );
}
