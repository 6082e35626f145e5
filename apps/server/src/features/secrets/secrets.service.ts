import { createHash } from "node:crypto";
import type {
  TSecretItem,
  TSecretItemDetail,
  TSecretItemInput,
  TSecretList,
  TSecretListQuery,
  ZGrantInput,
  ZSecretEndInput,
} from "@renkei/contract";
import {
  type AuditAction,
  DomainError,
  levelName,
  SECRET_DIRECTION_LABELS,
  SECRET_ORIGIN_LABELS,
  SECRET_STATUS_LABELS,
  SECRET_STORAGE_LABELS,
  type SecretDirection,
  type SecretLevel,
  type SecretOrigin,
  type SecretReadPath,
  type SecretStorageKind,
  secrecyUntil,
  toCsvLine,
} from "@renkei/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx, Tx } from "../../db/client";
import { caseNdas, departments, partners, secretAccessGrants, secretItems, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { auditActor } from "../cases/case-write";
import { SECRET_CSV_HEADER } from "./secret-csv";
import { decide, loadSecretContext, logSecretAccess, rows, type SecretContext } from "./secret-gate";
import { deleteEndedItemFiles } from "./secret-purge";
import { candidateItems, findItem, type ItemFilter, type ItemRow, visibleCaseIds } from "./secrets.repo";

/** The register (issue 12 item 2): items, access lists and the end of each item. */

const MAX_CERTIFICATE_BYTES = 5 * 1024 * 1024;

export { auditActor };

function invalid(path: string, message: string, text = "Invalid reference"): never {
  throw new DomainError("VALIDATION_FAILED", text, { issues: [{ path, message }] });
}

const isOfficer = (a: Actor) => a.can("secret.manage");

export function toItem(row: ItemRow, ctx: SecretContext): TSecretItem {
  const view = decide(ctx, row, "view");
  const download = decide(ctx, row, "download");
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    level: row.level,
    origin: row.origin as TSecretItem["origin"],
    direction: row.direction as TSecretItem["direction"],
    partner: row.partnerId ? { id: row.partnerId, name: row.partnerName ?? "" } : null,
    case: row.caseId ? { id: row.caseId, ref: row.caseRef ?? "", title: row.caseTitle ?? "" } : null,
    ndaId: row.ndaId,
    contractNote: row.contractNote,
    responsible: { id: row.responsibleUserId, name: row.responsibleName ?? "" },
    department: row.departmentId ? { id: row.departmentId, name: row.departmentName ?? "" } : null,
    storageKind: row.storageKind as TSecretItem["storageKind"],
    storageLocation: row.storageLocation,
    documentId: row.documentId,
    disclosureId: row.disclosureId,
    receivedOn: row.receivedOn,
    contractEndsOn: row.contractEndsOn,
    survivalYears: row.survivalYears,
    secrecyUntil: row.secrecyUntil,
    partnerRequiresPledge: row.partnerRequiresPledge,
    status: row.status,
    endedOn: row.endedOn,
    endNote: row.endNote,
    hasCertificate: row.hasCertificate,
    version: row.version,
    access: {
      view: view.outcome === "allow",
      download: download.outcome,
      manage: isOfficer(ctx.actor) || row.responsibleUserId === ctx.actor.userId,
      reasons: view.outcome === "deny" ? view.reasons : download.reasons,
    },
  };
}

/** The caller's facts for the rule, with case visibility for the given rows. */
export async function contextFor(db: DbOrTx, actor: Actor, items: { caseId: string | null }[]) {
  const caseIds = items.map((i) => i.caseId).filter((c): c is string => c !== null);
  return loadSecretContext(db, actor, await visibleCaseIds(db, actor, caseIds));
}

/** The register as the caller may see it: candidates from SQL, then the one decision on each row. */
export async function visibleRegister(db: DbOrTx, actor: Actor, f: ItemFilter) {
  const probe = await loadSecretContext(db, actor, new Set());
  const candidates = await candidateItems(db, actor, probe.scheme, f);
  const ctx = await contextFor(db, actor, candidates);
  const visible = candidates.filter((r) => decide(ctx, r, "list").outcome !== "deny");
  // Hidden = items matching the filters that the caller may not see (their count may be shown, H6).
  const [{ n }] = (await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from secret_items where institution_id = ${actor.institutionId}
      ${f.caseId ? sql`and case_id = ${f.caseId}` : sql``}
      ${f.partnerId ? sql`and partner_id = ${f.partnerId}` : sql``}
      ${f.status ? sql`and status = ${f.status}` : sql``}`,
  )) as [{ n: number }];
  const narrowed = f.q || f.level !== undefined || f.responsibleUserId || f.departmentId;
  return { ctx, visible, hidden: narrowed ? 0 : Math.max(0, n - visible.length) };
}

async function assertRefs(tx: DbOrTx, actor: Actor, input: TSecretItemInput) {
  const inst = actor.institutionId;
  const [u] = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(
      and(eq(users.id, input.responsibleUserId), eq(users.institutionId, inst), eq(users.disabled, false)),
    );
  if (!u) {
    invalid("responsibleUserId", "validation.unknown_user");
  }
  // A student is never the one answering for a classified item (seed 003 学生の取扱).
  if (u.role === "student" && input.level >= 1) {
    invalid("responsibleUserId", "validation.student_responsible");
  }
  if (input.partnerId) {
    const [p] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.id, input.partnerId), eq(partners.institutionId, inst)));
    if (!p) {
      invalid("partnerId", "validation.unknown_partner");
    }
  }
  if (input.departmentId) {
    const [d] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.id, input.departmentId), eq(departments.institutionId, inst)));
    if (!d) {
      invalid("departmentId", "validation.unknown_department");
    }
  }
  if (input.caseId) {
    const seen = await visibleCaseIds(tx, actor, [input.caseId]);
    const [c] = await rows<{ id: string }>(
      tx,
      sql`select id from cases where id = ${input.caseId} and institution_id = ${inst}`,
    );
    if (!c || (seen !== "all" && !seen.has(input.caseId))) {
      invalid("caseId", "validation.unknown_case");
    }
  }
  if (input.ndaId) {
    const [n] = await tx
      .select({ id: caseNdas.id })
      .from(caseNdas)
      .where(
        and(
          eq(caseNdas.id, input.ndaId),
          eq(caseNdas.caseId, input.caseId ?? ""),
          eq(caseNdas.institutionId, inst),
        ),
      );
    if (!n) {
      invalid("ndaId", "validation.unknown_nda");
    }
  }
}

function values(input: TSecretItemInput) {
  return {
    title: input.title,
    description: input.description,
    level: input.level,
    origin: input.origin,
    direction: input.direction,
    partnerId: input.partnerId,
    caseId: input.caseId,
    ndaId: input.ndaId,
    contractNote: input.contractNote,
    responsibleUserId: input.responsibleUserId,
    departmentId: input.departmentId,
    storageKind: input.storageKind,
    storageLocation: input.storageLocation,
    receivedOn: input.receivedOn,
    contractEndsOn: input.contractEndsOn,
    survivalYears: input.survivalYears,
    secrecyUntil: secrecyUntil(input.contractEndsOn, input.survivalYears),
    partnerRequiresPledge: input.partnerRequiresPledge,
  };
}

export function createSecretsService(deps: Deps) {
  const { db, clock } = deps;

  async function audit(
    tx: Tx,
    actor: Actor,
    action: AuditAction,
    id: string,
    before: unknown,
    after: unknown,
  ) {
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action,
      entityType: "secret_item",
      entityId: id,
      before,
      after,
      at: clock.now(),
    });
  }

  /** The item if the caller may see it (else "not found", and the refusal is logged). */
  async function visible(actor: Actor, id: string, path: SecretReadPath = "register") {
    const row = await findItem(db, actor.institutionId, id);
    if (!row) {
      throw new DomainError("NOT_FOUND", "Item not found");
    }
    const ctx = await contextFor(db, actor, [row]);
    if (decide(ctx, row, "list").outcome === "deny") {
      await logSecretAccess(
        db,
        actor,
        path,
        [
          {
            itemId: row.id,
            caseId: row.caseId,
            partnerId: row.partnerId,
            level: row.level,
            action: "refused",
          },
        ],
        clock.now(),
      );
      throw new DomainError("NOT_FOUND", "Item not found");
    }
    return { row, ctx };
  }

  async function managed(actor: Actor, id: string) {
    const found = await visible(actor, id);
    if (!isOfficer(actor) && found.row.responsibleUserId !== actor.userId) {
      throw new DomainError("FORBIDDEN", "Only the responsible person or the officer manages this item");
    }
    return found;
  }

  return {
    visible,

    async list(actor: Actor, q: TSecretListQuery): Promise<TSecretList> {
      const { ctx, visible: items, hidden } = await visibleRegister(db, actor, q);
      const page = items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
      return { items: page.map((r) => toItem(r, ctx)), hidden, total: items.length };
    },

    async get(actor: Actor, id: string): Promise<TSecretItemDetail> {
      const { row, ctx } = await visible(actor, id);
      const item = toItem(row, ctx);
      const grants = item.access.manage
        ? await rows<TSecretItemDetail["grants"][number]>(
            db,
            sql`select g.id, json_build_object('id', u.id, 'name', u.display_name) as "user",
              g.can_download as "canDownload", json_build_object('id', b.id, 'name', b.display_name) as "grantedBy",
              g.granted_at as "grantedAt", g.revoked_at as "revokedAt", g.revoke_reason as "revokeReason"
              from secret_access_grants g join users u on u.id = g.user_id join users b on b.id = g.granted_by
              where g.item_id = ${id} order by g.granted_at`,
          )
        : [];
      return {
        ...item,
        grants: grants.map((g) => ({
          ...g,
          grantedAt: String(g.grantedAt),
          revokedAt: g.revokedAt ? String(g.revokedAt) : null,
        })),
      };
    },

    async create(actor: Actor, input: TSecretItemInput): Promise<string> {
      return db.transaction(async (tx) => {
        await assertRefs(tx, actor, input);
        const [row] = await tx
          .insert(secretItems)
          .values({
            ...values(input),
            institutionId: actor.institutionId,
            storageKind: input.storageKind,
            createdBy: actor.userId,
          })
          .returning();
        await audit(tx, actor, "secret.item_registered", row!.id, null, row);
        return row!.id;
      });
    },

    async update(actor: Actor, id: string, version: number, input: TSecretItemInput): Promise<void> {
      const { row } = await managed(actor, id);
      await db.transaction(async (tx) => {
        await assertRefs(tx, actor, input);
        const [after] = await tx
          .update(secretItems)
          .set({
            ...values(input),
            version: sql`${secretItems.version} + 1`,
            updatedAt: clock.now().toISOString(),
          })
          .where(and(eq(secretItems.id, id), eq(secretItems.version, version)))
          .returning();
        if (!after) {
          throw new DomainError("CONFLICT", "The item was changed meanwhile; reload it");
        }
        await audit(tx, actor, "secret.item_updated", id, row, after);
      });
    },

    /**
     * Adds a person to the access list, only if the one access decision would let them read the item
     * with the grant: a student is refused 厳秘/機密, and a wall refuses the second competitor.
     */
    async grant(actor: Actor, id: string, input: z.output<typeof ZGrantInput>): Promise<string> {
      const { row } = await managed(actor, id);
      const [u] = await db
        .select()
        .from(users)
        .where(
          and(
            eq(users.id, input.userId),
            eq(users.institutionId, actor.institutionId),
            eq(users.disabled, false),
          ),
        );
      if (!u) {
        invalid("userId", "validation.unknown_user");
      }
      const grantee = { ...actor, userId: u.id, role: u.role as Actor["role"], departmentId: u.departmentId };
      const ctx = await contextFor(db, grantee, [row]);
      ctx.grants.set(row.id, { canDownload: input.canDownload });
      const decision = decide(ctx, row, "view");
      if (decision.outcome === "deny") {
        await db.transaction((tx) =>
          audit(tx, actor, "secret.access_refused", id, null, { userId: u.id, reasons: decision.reasons }),
        );
        throw new DomainError("RULE_VIOLATION", "This person may not be given access", {
          reasons: decision.reasons,
        });
      }
      return db.transaction(async (tx) => {
        const [existing] = await tx
          .select()
          .from(secretAccessGrants)
          .where(
            and(
              eq(secretAccessGrants.itemId, id),
              eq(secretAccessGrants.userId, u.id),
              isNull(secretAccessGrants.revokedAt),
            ),
          );
        if (existing) {
          await tx
            .update(secretAccessGrants)
            .set({ canDownload: input.canDownload })
            .where(eq(secretAccessGrants.id, existing.id));
          await audit(tx, actor, "secret.access_granted", id, existing, {
            ...existing,
            canDownload: input.canDownload,
          });
          return existing.id;
        }
        const [g] = await tx
          .insert(secretAccessGrants)
          .values({
            institutionId: actor.institutionId,
            itemId: id,
            userId: u.id,
            canDownload: input.canDownload,
            grantedBy: actor.userId,
          })
          .returning();
        await audit(tx, actor, "secret.access_granted", id, null, {
          grantId: g!.id,
          userId: u.id,
          name: u.displayName,
          canDownload: input.canDownload,
        });
        return g!.id;
      });
    },

    async revoke(actor: Actor, id: string, grantId: string): Promise<void> {
      await managed(actor, id);
      await db.transaction(async (tx) => {
        const [g] = await tx
          .update(secretAccessGrants)
          .set({ revokedAt: clock.now().toISOString(), revokedBy: actor.userId, revokeReason: "manual" })
          .where(
            and(
              eq(secretAccessGrants.id, grantId),
              eq(secretAccessGrants.itemId, id),
              isNull(secretAccessGrants.revokedAt),
            ),
          )
          .returning();
        if (!g) {
          throw new DomainError("NOT_FOUND", "Grant not found");
        }
        await audit(tx, actor, "secret.access_revoked", id, null, { grantId, userId: g.userId });
      });
    },

    /**
     * Return or destruction at the end of the project (H10, J7), with an uploaded certificate or a
     * confirmation by the responsible person or officer; every access list entry ends with it.
     */
    async end(actor: Actor, id: string, input: z.output<typeof ZSecretEndInput>): Promise<void> {
      const { row } = await managed(actor, id);
      if (row.status !== "active") {
        throw new DomainError("CONFLICT", "The item has already been returned or destroyed");
      }
      if (input.endedOn > clock.today()) {
        invalid("endedOn", "validation.future_date", "A return or destruction cannot be recorded in advance");
      }
      let cert: Buffer | null = null;
      if (input.certificate) {
        cert = Buffer.from(input.certificate.contentBase64, "base64");
        if (cert.byteLength === 0) {
          invalid("certificate", "validation.required", "The certificate is empty");
        }
        if (cert.byteLength > MAX_CERTIFICATE_BYTES) {
          invalid("certificate", "validation.file_too_large", "The certificate is larger than 5 MB");
        }
      }
      await db.transaction(async (tx) => {
        const [after] = await tx
          .update(secretItems)
          .set({
            status: input.kind,
            endedOn: input.endedOn,
            endNote: input.note,
            endCertificate: cert,
            endCertificateName: input.certificate?.fileName ?? null,
            endCertificateSha256: cert ? createHash("sha256").update(cert).digest("hex") : null,
            endConfirmedBy: actor.userId,
            version: sql`${secretItems.version} + 1`,
            updatedAt: clock.now().toISOString(),
          })
          .where(and(eq(secretItems.id, id), eq(secretItems.status, "active")))
          .returning({
            id: secretItems.id,
            status: secretItems.status,
            sha: secretItems.endCertificateSha256,
          });
        if (!after) {
          throw new DomainError("CONFLICT", "The item has already been returned or destroyed");
        }
        await tx
          .update(secretAccessGrants)
          .set({ revokedAt: clock.now().toISOString(), revokedBy: actor.userId, revokeReason: "item_ended" })
          .where(and(eq(secretAccessGrants.itemId, id), isNull(secretAccessGrants.revokedAt)));
        // No copy stays behind (seed 002 §3-4): the files' bytes go in this transaction, the record stays.
        const purge = await deleteEndedItemFiles(tx, actor.institutionId, row, input.kind, clock.now());
        if (purge.files.length > 0) {
          await audit(tx, actor, "secret.files_deleted", id, null, { files: purge.files, rule: purge.rule });
        }
        await audit(
          tx,
          actor,
          "secret.item_ended",
          id,
          { status: row.status },
          {
            status: input.kind,
            endedOn: input.endedOn,
            note: input.note,
            certificate: input.certificate?.fileName ?? null,
            certificateSha256: after.sha,
            confirmed: input.confirmed,
          },
        );
      });
    },

    async certificate(actor: Actor, id: string) {
      const { row } = await visible(actor, id);
      const [c] = await db
        .select({ name: secretItems.endCertificateName, bytes: secretItems.endCertificate })
        .from(secretItems)
        .where(eq(secretItems.id, row.id));
      if (!c?.bytes || !c.name) {
        throw new DomainError("NOT_FOUND", "No certificate");
      }
      return { name: c.name, bytes: c.bytes };
    },

    /** CSV of the register as the caller may see it (a list export is a read path: logged). */
    async exportCsv(actor: Actor, f: ItemFilter): Promise<string> {
      const { ctx, visible: items } = await visibleRegister(db, actor, f);
      // In the reader's language (users.locale), with cells a spreadsheet will not run (issue 11 items 5, 7).
      const [me] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId));
      const lang = me?.locale === "en" ? "en" : "ja";
      const header = SECRET_CSV_HEADER[lang];
      const lines = items.map((r) =>
        toCsvLine([
          r.title,
          levelName(ctx.scheme, r.level as SecretLevel)[lang],
          SECRET_ORIGIN_LABELS[r.origin as SecretOrigin][lang],
          SECRET_DIRECTION_LABELS[r.direction as SecretDirection][lang],
          r.partnerName,
          r.caseRef,
          r.responsibleName,
          SECRET_STORAGE_LABELS[r.storageKind as SecretStorageKind][lang],
          r.storageLocation,
          r.secrecyUntil,
          SECRET_STATUS_LABELS[r.status][lang],
        ]),
      );
      await logSecretAccess(
        db,
        actor,
        "export",
        items.map((r) => ({
          itemId: r.id,
          caseId: r.caseId,
          partnerId: r.partnerId,
          level: r.level,
          action: "view" as const,
        })),
        clock.now(),
      );
      return `\uFEFF${[toCsvLine(header), ...lines].join("\r\n")}\r\n`;
    },
  };
}
