import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZAuditEvent, ZAuditQuery, ZPage } from "@renkei/contract";
import { toCsvLine } from "@renkei/domain";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { auditEvents } from "../../db/schema";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json } from "../../http/openapi-helpers";

const EXPORT_LIMIT = 50_000;

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit",
      permission: "audit.read",
      tags: ["audit"],
      summary: "Browse or export (CSV) the institution's audit log, newest first",
      request: { query: ZAuditQuery },
      responses: { 200: { description: "Audit events", ...json(ZPage(ZAuditEvent)) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid("query");
      const conds: SQL[] = [eq(auditEvents.institutionId, actor.institutionId)];
      if (q.entityType) {
        conds.push(eq(auditEvents.entityType, q.entityType));
      }
      if (q.entityId) {
        conds.push(eq(auditEvents.entityId, q.entityId));
      }
      if (q.action) {
        conds.push(eq(auditEvents.action, q.action));
      }
      const where = and(...conds);
      const limit = q.format === "csv" ? EXPORT_LIMIT : q.pageSize;
      const offset = q.format === "csv" ? 0 : (q.page - 1) * q.pageSize;
      const rows = await deps.db
        .select()
        .from(auditEvents)
        .where(where)
        .orderBy(desc(auditEvents.seq))
        .limit(limit)
        .offset(offset);
      const items = rows.map(({ institutionId: _i, prevHash: _p, ...r }) => r);
      if (q.format === "csv") {
        const header = toCsvLine([
          "seq",
          "at",
          "actor",
          "action",
          "entity_type",
          "entity_id",
          "before",
          "after",
          "hash",
        ]);
        const lines = items.map((r) =>
          toCsvLine([
            r.seq,
            r.at,
            r.actorLabel,
            r.action,
            r.entityType,
            r.entityId,
            JSON.stringify(r.before),
            JSON.stringify(r.after),
            r.hash,
          ]),
        );
        // The CSV variant of this route is a download, outside the JSON response type declared above.
        return c.body(`\ufeff${[header, ...lines].join("\r\n")}\r\n`, 200, {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="audit-${deps.clock.today()}.csv"`,
        }) as never;
      }
      const [total] = await deps.db.select({ n: count() }).from(auditEvents).where(where);
      return c.json({ items, total: total?.n ?? 0, page: q.page, pageSize: q.pageSize }, 200);
    },
  );
}
