import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  ZAdminUser,
  ZAdminUserCreate,
  ZAdminUserQuery,
  ZAdminUserUpdate,
  ZAuthSettings,
  ZAuthSettingsUpdate,
  ZDepartment,
  ZDepartmentInput,
  ZUserImportQuery,
  ZUserImportReport,
} from "@renkei/contract";
import { DomainError } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { AppEnv } from "../../http/context";
import { actorOf, defineRoute } from "../../http/define-route";
import { json, jsonBody } from "../../http/openapi-helpers";
import { readUploadedTable } from "../partners/partners.import";
import { createAdminUsersService, listAdminUsers } from "./admin-users.service";
import { getAuthSettings, listDepartments, saveDepartment, updateAuthSettings } from "./institution-settings";
import { removeSecondFactor } from "./totp";

const tags = ["administration"];
const ok = json(z.object({ ok: z.literal(true) }));
const idParam = z.object({ id: z.uuid() });
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** 管理 / Administration (issue 11): accounts, departments and sign-in settings; `user.manage` only. */
export function registerAccountsRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const service = createAdminUsersService(deps);

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/admin/users",
      permission: "user.manage",
      tags,
      summary: "Accounts of the institution with role, department, status and last sign-in",
      request: { query: ZAdminUserQuery },
      responses: { 200: { description: "Users", ...json(z.object({ items: z.array(ZAdminUser) })) } },
    }),
    async (c) => {
      return c.json(
        { items: await listAdminUsers(deps.db, actorOf(c).institutionId, c.req.valid("query")) },
        200,
      );
    },
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/admin/users",
      permission: "user.manage",
      tags,
      summary: "Create an account and (by default) e-mail a set-password invitation",
      request: jsonBody(ZAdminUserCreate),
      responses: { 201: { description: "Created", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => {
      const user = await service.create(actorOf(c), c.req.valid("json"));
      return c.json({ id: user.id }, 201);
    },
  );

  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/admin/users/{id}",
      permission: "user.manage",
      tags,
      summary: "Change a user's name, role, department or ePPN",
      request: { params: idParam, ...jsonBody(ZAdminUserUpdate) },
      responses: { 200: { description: "Saved", ...ok } },
    }),
    async (c) => {
      await service.update(actorOf(c), c.req.valid("param").id, c.req.valid("json"));
      return c.json({ ok: true as const }, 200);
    },
  );

  for (const [suffix, summary] of [
    ["deactivate", "Deactivate an account: its sessions end at once"],
    ["reactivate", "Reactivate a deactivated account"],
    ["invite", "Send a new set-password link (invitation or reset)"],
    ["reset-totp", "Remove a user's second factor (lost authenticator)"],
  ] as const) {
    app.openapi(
      defineRoute({
        method: "post",
        path: `/api/v1/admin/users/{id}/${suffix}`,
        permission: "user.manage",
        tags,
        summary,
        request: { params: idParam },
        responses: { 200: { description: "Done", ...ok } },
      }),
      async (c) => {
        const actor = actorOf(c);
        const { id } = c.req.valid("param");
        if (suffix === "deactivate" || suffix === "reactivate") {
          await service.setActive(actor, id, suffix === "reactivate");
        } else if (suffix === "invite") {
          await service.sendInvite(actor, id);
        } else {
          await deps.db.transaction(async (tx) => {
            const [target] = await tx
              .select({ id: users.id, institutionId: users.institutionId })
              .from(users)
              .where(and(eq(users.id, id), eq(users.institutionId, actor.institutionId)));
            if (!target) {
              throw new DomainError("NOT_FOUND", "No such user");
            }
            await removeSecondFactor(tx, deps, target, { userId: actor.userId, label: actor.displayName });
          });
        }
        return c.json({ ok: true as const }, 200);
      },
    );
  }

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/admin/users/import",
      permission: "user.manage",
      tags,
      summary: "Import accounts from CSV or .xlsx (preview, then all-or-nothing commit with invitations)",
      request: {
        query: ZUserImportQuery,
        body: {
          content: {
            "multipart/form-data": { schema: z.object({ file: z.any().meta({ format: "binary" }) }) },
          },
        },
      },
      responses: { 200: { description: "Import report", ...json(ZUserImportReport) } },
    }),
    async (c) => {
      const table = await readUploadedTable(c, MAX_UPLOAD_BYTES);
      if (table.length > 5001) {
        throw new DomainError("IMPORT_FAILED", "At most 5000 rows per import", { reason: "too_many_rows" });
      }
      const q = c.req.valid("query");
      return c.json(await service.importUsers(actorOf(c), table, q.mode, q.invite), 200);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/admin/departments",
      permission: "user.manage",
      tags,
      summary: "Departments with their number of active users",
      responses: { 200: { description: "Departments", ...json(z.object({ items: z.array(ZDepartment) })) } },
    }),
    async (c) => c.json({ items: await listDepartments(deps.db, actorOf(c).institutionId) }, 200),
  );

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/admin/departments",
      permission: "user.manage",
      tags,
      summary: "Create a department",
      request: jsonBody(ZDepartmentInput),
      responses: { 201: { description: "Created", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) => c.json({ id: await saveDepartment(deps, actorOf(c), null, c.req.valid("json")) }, 201),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/admin/departments/{id}",
      permission: "user.manage",
      tags,
      summary: "Rename, deactivate or reactivate a department",
      request: { params: idParam, ...jsonBody(ZDepartmentInput) },
      responses: { 200: { description: "Saved", ...json(z.object({ id: z.uuid() })) } },
    }),
    async (c) =>
      c.json(
        { id: await saveDepartment(deps, actorOf(c), c.req.valid("param").id, c.req.valid("json")) },
        200,
      ),
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/admin/settings",
      permission: "user.manage",
      tags,
      summary: "Institution name and sign-in settings (secrets are never returned)",
      responses: { 200: { description: "Settings", ...json(ZAuthSettings) } },
    }),
    async (c) => c.json(await getAuthSettings(deps, actorOf(c)), 200),
  );

  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/admin/settings",
      permission: "user.manage",
      tags,
      summary: "Save the institution name and sign-in settings",
      request: jsonBody(ZAuthSettingsUpdate),
      responses: { 200: { description: "Saved", ...json(ZAuthSettings) } },
    }),
    async (c) => {
      const actor = actorOf(c);
      await updateAuthSettings(deps, actor, c.req.valid("json"));
      return c.json(await getAuthSettings(deps, actor), 200);
    },
  );
}
