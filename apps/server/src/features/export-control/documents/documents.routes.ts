import type { OpenAPIHono } from "@hono/zod-openapi";
import { ZDocumentQuery } from "@renkei/contract";
import { certificateProblems, DomainError } from "@renkei/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { institutions } from "../../../db/schema";
import type { Deps } from "../../../deps";
import type { Actor, AppEnv } from "../../../http/context";
import { actorOf, defineRoute } from "../../../http/define-route";
import { createClassificationsService } from "../classifications.service";
import { attachment } from "../http-files";
import { createReviewReader } from "../transaction-reviews.read";
import { type ExportDocument, renderDocumentPdf, renderDocumentXlsx } from "./document-model";
import { certificateDocument, classificationDocument, reviewDocument } from "./record-documents";

const ZId = z.object({ id: z.uuid() });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 該非判定書 / 非該当証明書 / 取引審査票 downloads, readable by whoever can read the record. */
export function registerDocumentRoutes(app: OpenAPIHono<AppEnv>, deps: Deps) {
  const classifications = createClassificationsService(deps);
  const reviews = createReviewReader(deps);
  const tags = ["export-control"];

  async function issuer(actor: Actor) {
    const [inst] = await deps.db
      .select({ name: institutions.nameJa })
      .from(institutions)
      .where(eq(institutions.id, actor.institutionId));
    return inst?.name ?? "";
  }

  async function send(doc: ExportDocument, format: "pdf" | "xlsx", name: string) {
    if (format === "xlsx") {
      return { body: await renderDocumentXlsx(doc), headers: attachment(`${name}.xlsx`, XLSX) };
    }
    return {
      body: new Uint8Array(await renderDocumentPdf(doc)),
      headers: attachment(`${name}.pdf`, "application/pdf"),
    };
  }

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/classifications/{id}/document",
      permission: "export.read",
      tags,
      summary: "該非判定書 as PDF (Japanese font embedded) or Excel",
      request: { params: ZId, query: ZDocumentQuery },
      responses: { 200: { description: "The document" } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const d = await classifications.get(actor, c.req.valid("param").id);
      const file = await send(
        classificationDocument(d, await issuer(actor)),
        c.req.valid("query").format,
        `該非判定書_${d.refNo}`,
      );
      return c.body(file.body, 200, file.headers);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/classifications/{id}/certificate",
      permission: "export.read",
      tags,
      summary: "非該当証明書 (PDF) for an approved 非該当 record",
      request: { params: ZId },
      responses: { 200: { description: "The certificate" } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const d = await classifications.get(actor, c.req.valid("param").id);
      const problems = certificateProblems(d);
      if (problems.length > 0) {
        throw new DomainError("RULE_VIOLATION", "No certificate for this record", { reasons: problems });
      }
      const doc = certificateDocument(d, await issuer(actor), deps.clock.today());
      const file = await send(doc, "pdf", `非該当証明書_${d.refNo}`);
      return c.body(file.body, 200, file.headers);
    },
  );

  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/export-control/reviews/{id}/document",
      permission: "export.read",
      tags,
      summary: "取引審査票 as PDF (Japanese font embedded) or Excel",
      request: { params: ZId, query: ZDocumentQuery },
      responses: { 200: { description: "The document" } },
    }),
    async (c) => {
      const actor = actorOf(c);
      const d = await reviews.get(actor, c.req.valid("param").id);
      const file = await send(
        reviewDocument(d, await issuer(actor)),
        c.req.valid("query").format,
        `取引審査票_${d.refNo}`,
      );
      return c.body(file.body, 200, file.headers);
    },
  );
}
