import type { ZLicencePolicySettings, ZModelTextInput, ZTechListInput } from "@renkei/contract";
import {
  DEFAULT_BAYH_DOLE_POLICY,
  DEFAULT_LICENCE_POLICY,
  DomainError,
  defaultModelTexts,
  diffLines,
  type ModelTextKind,
  type ModelTextScope,
  modelTextFileName,
  modelTextScopeRefusal,
  type TechListItem,
  techListRefusals,
} from "@renkei/domain";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx, Tx } from "../../db/client";
import { ipModelTexts, ipSettings, ipTechLists } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { isoInstant } from "../../lib/iso";
import { loadIpPolicy, userNames } from "./ip.repo";
import { auditIp, refused } from "./ip-write";

/**
 * The model-text library (E5, E14), the important-technology list (seed 004 §4(4), G11) and the
 * licence-policy settings (E12, E13). Texts and lists are versioned: a save adds a version, never
 * changes one, so what a contract or a project was checked against can be shown later.
 */

type TextRow = typeof ipModelTexts.$inferSelect;

async function lockKey(tx: Tx, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

async function textOf(db: DbOrTx, actor: Actor, id: string): Promise<TextRow> {
  const [row] = await db
    .select()
    .from(ipModelTexts)
    .where(and(eq(ipModelTexts.id, id), eq(ipModelTexts.institutionId, actor.institutionId)));
  if (!row) {
    throw new DomainError("NOT_FOUND", "Model text not found");
  }
  return row;
}

async function nextTextVersion(tx: Tx, actor: Actor, kind: ModelTextKind, scope: ModelTextScope) {
  await lockKey(tx, `ip_model_texts:${actor.institutionId}:${kind}:${scope}`);
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${ipModelTexts.version}), 0)::int` })
    .from(ipModelTexts)
    .where(
      and(
        eq(ipModelTexts.institutionId, actor.institutionId),
        eq(ipModelTexts.kind, kind),
        eq(ipModelTexts.scope, scope),
      ),
    );
  return (row?.v ?? 0) + 1;
}

export function techListView(row: typeof ipTechLists.$inferSelect) {
  return {
    id: row.id,
    version: row.version,
    items: row.items as TechListItem[],
    changeNote: row.changeNote,
    effectiveOn: row.effectiveOn,
    createdAt: isoInstant(row.createdAt),
  };
}

export function createIpLibraryService(deps: Deps) {
  const { db, clock } = deps;
  const today = () => clock.today();

  return {
    /** Every version of every text, newest version first within a kind and scope. */
    async listTexts(actor: Actor) {
      const rows = await db
        .select()
        .from(ipModelTexts)
        .where(eq(ipModelTexts.institutionId, actor.institutionId))
        .orderBy(asc(ipModelTexts.kind), asc(ipModelTexts.scope), desc(ipModelTexts.version));
      const names = await userNames(
        db,
        rows.map((r) => r.createdBy),
      );
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind as ModelTextKind,
        scope: r.scope as ModelTextScope,
        version: r.version,
        titleJa: r.titleJa,
        titleEn: r.titleEn,
        bodyJa: r.bodyJa,
        bodyEn: r.bodyEn,
        changeNote: r.changeNote,
        effectiveOn: r.effectiveOn,
        createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
        createdAt: isoInstant(r.createdAt),
      }));
    },

    /** A new version of a kind × scope (version 1 when it is the first). */
    async addText(actor: Actor, input: z.output<typeof ZModelTextInput>) {
      const bad = modelTextScopeRefusal(input.kind, input.scope);
      if (bad) {
        throw refused("Scope not allowed for this kind", [bad]);
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        const version = await nextTextVersion(tx, actor, input.kind, input.scope);
        const [row] = await tx
          .insert(ipModelTexts)
          .values({ ...input, institutionId: actor.institutionId, version, createdBy: actor.userId })
          .returning({ id: ipModelTexts.id });
        await auditIp(
          tx,
          actor,
          "ip_model_text.created",
          { type: "ip_model_text", id: row!.id },
          { after: { kind: input.kind, scope: input.scope, version, changeNote: input.changeNote } },
          now,
        );
        return { id: row!.id };
      });
    },

    /** Adds Renkei's built-in texts as version 1 of every kind × scope the institution has not written yet. */
    async installDefaults(actor: Actor) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const added: string[] = [];
        for (const d of defaultModelTexts()) {
          if ((await nextTextVersion(tx, actor, d.kind, d.scope)) !== 1) {
            continue;
          }
          await tx.insert(ipModelTexts).values({
            ...d,
            institutionId: actor.institutionId,
            version: 1,
            // No note: the page says "first version" in the reader's language.
            changeNote: "",
            effectiveOn: today(),
            createdBy: actor.userId,
          });
          added.push(`${d.kind}/${d.scope}`);
        }
        if (added.length > 0) {
          await auditIp(
            tx,
            actor,
            "ip_model_text.defaults_installed",
            { type: "institution", id: actor.institutionId },
            { after: { added } },
            now,
          );
        }
        return { added: added.length };
      });
    },

    /** What changed between two versions of the same text, in both languages. */
    async compare(actor: Actor, fromId: string, toId: string) {
      const [a, b] = [await textOf(db, actor, fromId), await textOf(db, actor, toId)];
      if (a.kind !== b.kind || a.scope !== b.scope) {
        throw new DomainError("VALIDATION_FAILED", "Versions of different texts", {
          issues: [{ path: "to", message: "validation.same_text" }],
        });
      }
      return {
        from: a.version,
        to: b.version,
        ja: diffLines(a.bodyJa, b.bodyJa),
        en: diffLines(a.bodyEn, b.bodyEn),
      };
    },

    async download(actor: Actor, id: string, lang: "ja" | "en") {
      const t = await textOf(db, actor, id);
      const title = lang === "ja" ? t.titleJa : t.titleEn;
      const body = lang === "ja" ? t.bodyJa : t.bodyEn;
      const stamp =
        lang === "ja"
          ? `版 ${t.version}（${t.effectiveOn} 施行）`
          : `Version ${t.version} (effective ${t.effectiveOn})`;
      return {
        fileName: modelTextFileName(t.kind as ModelTextKind, t.scope as ModelTextScope, t.version, lang),
        text: `${title}\n${stamp}\n\n${body}\n`,
      };
    },

    async techLists(actor: Actor) {
      const rows = await db
        .select()
        .from(ipTechLists)
        .where(eq(ipTechLists.institutionId, actor.institutionId))
        .orderBy(desc(ipTechLists.version));
      return rows.map(techListView);
    },

    /** A new version of the important-technology list; codes unique, names in both languages. */
    async addTechList(actor: Actor, input: z.output<typeof ZTechListInput>) {
      const reasons = techListRefusals(input.items);
      if (reasons.length > 0) {
        throw refused("Important-technology list refused", reasons);
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        await lockKey(tx, `ip_tech_lists:${actor.institutionId}`);
        const [last] = await tx
          .select({ v: sql<number>`coalesce(max(${ipTechLists.version}), 0)::int` })
          .from(ipTechLists)
          .where(eq(ipTechLists.institutionId, actor.institutionId));
        const version = (last?.v ?? 0) + 1;
        const [row] = await tx
          .insert(ipTechLists)
          .values({ ...input, institutionId: actor.institutionId, version, createdBy: actor.userId })
          .returning({ id: ipTechLists.id });
        await auditIp(
          tx,
          actor,
          "ip_tech_list.created",
          { type: "ip_tech_list", id: row!.id },
          { after: { version, codes: input.items.map((i) => i.code), changeNote: input.changeNote } },
          now,
        );
        return { id: row!.id };
      });
    },

    async settings(actor: Actor, on: DbOrTx = db) {
      const p = await loadIpPolicy(on, actor.institutionId);
      return {
        foreignExceptions: p.licence.foreignExceptions.map((e) => ({ id: e.id, ja: e.ja, en: e.en })),
        exceptionApprovers: [...p.licence.exceptionApprovers],
        bayhDoleReportWithinDays: p.bayhDole.reportWithinDays,
      };
    },

    /** The licence-policy exceptions, their approvers and the Bayh-Dole report period (audited with before/after). */
    async saveSettings(actor: Actor, input: z.output<typeof ZLicencePolicySettings>) {
      const ids = input.foreignExceptions.map((e) => e.id);
      if (new Set(ids).size !== ids.length) {
        throw new DomainError("VALIDATION_FAILED", "Exception ids repeat", {
          issues: [{ path: "foreignExceptions", message: "validation.duplicate" }],
        });
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await this.settings(actor, tx);
        const licencePolicy = {
          foreignExceptions: input.foreignExceptions,
          exceptionApprovers: input.exceptionApprovers,
        };
        const bayhDolePolicy = {
          ...DEFAULT_BAYH_DOLE_POLICY,
          reportWithinDays: input.bayhDoleReportWithinDays,
        };
        await tx
          .insert(ipSettings)
          .values({
            institutionId: actor.institutionId,
            licencePolicy,
            bayhDolePolicy,
            updatedBy: actor.userId,
          })
          .onConflictDoUpdate({
            target: ipSettings.institutionId,
            set: { licencePolicy, bayhDolePolicy, updatedBy: actor.userId, updatedAt: now.toISOString() },
          });
        await auditIp(
          tx,
          actor,
          "ip_settings.updated",
          { type: "institution", id: actor.institutionId },
          { before, after: input },
          now,
        );
      });
    },
  };
}

/** The defaults the settings screen offers to restore (seed 001 case 4's ①–⑦, executive approval). */
export const LICENCE_POLICY_DEFAULTS = {
  foreignExceptions: DEFAULT_LICENCE_POLICY.foreignExceptions.map((e) => ({ id: e.id, ja: e.ja, en: e.en })),
  exceptionApprovers: [...DEFAULT_LICENCE_POLICY.exceptionApprovers],
  bayhDoleReportWithinDays: DEFAULT_BAYH_DOLE_POLICY.reportWithinDays,
};
