import type { TFundingView, ZFundingCreate, ZFundingPledge, ZFundingSave } from "@renkei/contract";
import {
  applicationFromProfile,
  DomainError,
  ERAD_COLUMNS,
  eRadCsv,
  eRadRows,
  FUNDING_PLEDGE,
  type FundingApplicationInput,
  fundingProfileCheck,
  neutraliseCell,
  ZFundingApplicationInput,
} from "@renkei/domain";
import { and, desc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { coiFundingApplications, securityProgrammes } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";
import { auditActor, currentProfile, userInInstitution, userNames } from "./coi-store";
import { raiseDeclarationTrigger } from "./coi-triggers";
import { reasonView } from "./coi-views";

/**
 * Funding applications (issue 13 item 7, J2): what the researcher tells a funder about current and
 * pending support, affiliations and talent programmes, checked against the profile the institution
 * holds, with the researcher's own pledge and an e-Rad entry sheet. The researcher or their profile
 * delegate keeps it; only the researcher pledges (the database refuses anyone else); the committee and
 * auditors read it (`coi.read_all`). Any edit clears the pledge: what was pledged is what is on file.
 */

type Row = typeof coiFundingApplications.$inferSelect;

/** A programme of the caller's institution, or 400 (never another institution's name). */
async function programmeInInstitution(tx: DbOrTx, institutionId: string, id: string | null) {
  if (!id) {
    return;
  }
  const [p] = await tx
    .select({ id: securityProgrammes.id })
    .from(securityProgrammes)
    .where(and(eq(securityProgrammes.id, id), eq(securityProgrammes.institutionId, institutionId)));
  if (!p) {
    throw new DomainError("VALIDATION_FAILED", "Unknown programme", {
      issues: [{ path: "programmeId", message: "validation.invalid" }],
    });
  }
}

export function createCoiFundingService(deps: Deps) {
  const { db, clock } = deps;

  /** The researcher, their delegate (edit) or the committee / auditors (read); 404 for anyone else. */
  async function access(tx: DbOrTx, actor: Actor, userId: string) {
    const { row } = await currentProfile(tx, userId);
    const edit = actor.userId === userId || (row?.delegateUserId ?? null) === actor.userId;
    if (!edit && !actor.can("coi.read_all")) {
      throw new DomainError("NOT_FOUND", "Funding application not found");
    }
    return { edit, pledge: actor.userId === userId };
  }

  async function load(tx: DbOrTx, actor: Actor, id: string) {
    const [row] = await tx
      .select()
      .from(coiFundingApplications)
      .where(
        and(eq(coiFundingApplications.id, id), eq(coiFundingApplications.institutionId, actor.institutionId)),
      );
    if (!row) {
      throw new DomainError("NOT_FOUND", "Funding application not found");
    }
    return { row, ...(await access(tx, actor, row.userId)) };
  }

  async function check(tx: DbOrTx, row: Row) {
    const { profile, row: p } = await currentProfile(tx, row.userId);
    const app = ZFundingApplicationInput.parse(row.data);
    return {
      app,
      profileVersion: p?.version ?? null,
      ...fundingProfileCheck(app, profile, row.pledgedOn, clock.today()),
    };
  }

  /** The list row of an application: who, what, and the check's outcome. */
  function summary(row: Row, c: Awaited<ReturnType<typeof check>>, names: Map<string, string>) {
    return {
      id: row.id,
      userId: row.userId,
      userName: names.get(row.userId) ?? "",
      funder: c.app.funder,
      programme: c.app.programme,
      title: c.app.title,
      pledgedOn: row.pledgedOn,
      check: c.outcome,
      updatedAt: row.updatedAt,
    };
  }

  async function view(actor: Actor, id: string): Promise<TFundingView> {
    const { row, edit, pledge } = await load(db, actor, id);
    const c = await check(db, row);
    const names = await userNames(db, [row.userId, row.pledgedBy]);
    return {
      ...summary(row, c, names),
      version: row.version,
      programmeId: row.programmeId,
      application: c.app,
      pledgedByName: row.pledgedBy ? (names.get(row.pledgedBy) ?? null) : null,
      pledgeText: FUNDING_PLEDGE,
      profileVersion: c.profileVersion,
      checkReasons: c.reasons.map(reasonView),
      canEdit: edit,
      canPledge: pledge && row.pledgedOn === null,
    };
  }

  async function audit(
    tx: DbOrTx,
    actor: Actor,
    action: "coi.funding_saved" | "coi.funding_pledged" | "coi.funding_exported",
    row: Row,
    before?: Row,
  ) {
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor(actor),
      action,
      entityType: "coi_funding_application",
      entityId: row.id,
      before: before
        ? { version: before.version, data: before.data, pledgedOn: before.pledgedOn }
        : undefined,
      after: { userId: row.userId, version: row.version, data: row.data, pledgedOn: row.pledgedOn },
      at: clock.now(),
    });
  }

  return {
    get: view,

    /** Mine (and the researchers I am a delegate for); the committee and auditors see every application. */
    async list(actor: Actor) {
      const rows = await db
        .select()
        .from(coiFundingApplications)
        .where(eq(coiFundingApplications.institutionId, actor.institutionId))
        .orderBy(desc(coiFundingApplications.updatedAt))
        .limit(500);
      const visible: Row[] = [];
      for (const r of rows) {
        if (r.userId === actor.userId || actor.can("coi.read_all")) {
          visible.push(r);
        } else if ((await currentProfile(db, r.userId)).row?.delegateUserId === actor.userId) {
          visible.push(r);
        }
      }
      const names = await userNames(
        db,
        visible.map((r) => r.userId),
      );
      return Promise.all(visible.map(async (r) => summary(r, await check(db, r), names)));
    },

    /**
     * The institution's programmes an application can be made under (J2/J7). Names only: whether a
     * programme is flagged and how it was reviewed stay with `security.review`.
     */
    async programmeOptions(actor: Actor) {
      const items = await db
        .select({
          id: securityProgrammes.id,
          name: securityProgrammes.name,
          funder: securityProgrammes.funder,
        })
        .from(securityProgrammes)
        .where(eq(securityProgrammes.institutionId, actor.institutionId))
        .orderBy(securityProgrammes.name)
        .limit(500);
      return { items };
    },

    /** What a new application starts from: the researcher's current profile entries. */
    async prefill(actor: Actor, userId: string | null) {
      const who = userId ?? actor.userId;
      await userInInstitution(db, actor.institutionId, who);
      const { edit } = await access(db, actor, who);
      if (!edit) {
        throw new DomainError("NOT_FOUND", "Profile not found");
      }
      return applicationFromProfile((await currentProfile(db, who)).profile, clock.today());
    },

    async create(actor: Actor, input: z.output<typeof ZFundingCreate>) {
      const { userId: forUser, programmeId, ...app } = input;
      const userId = forUser ?? actor.userId;
      const id = await db.transaction(async (tx) => {
        await userInInstitution(tx, actor.institutionId, userId);
        await programmeInInstitution(tx, actor.institutionId, programmeId);
        if (!(await access(tx, actor, userId)).edit) {
          throw new DomainError("VALIDATION_FAILED", "Not your application to file", {
            issues: [{ path: "userId", message: "validation.not_delegate" }],
          });
        }
        const now = clock.now().toISOString();
        const [row] = await tx
          .insert(coiFundingApplications)
          .values({
            institutionId: actor.institutionId,
            userId,
            data: app,
            programmeId,
            profileVersion: (await currentProfile(tx, userId)).row?.version ?? null,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        await audit(tx, actor, "coi.funding_saved", row!);
        // A funding application needs a current declaration (J2, J3): asked for when there is none.
        await raiseDeclarationTrigger(tx, {
          institutionId: actor.institutionId,
          userId,
          trigger: "funding_application",
          fundingApplicationId: row!.id,
          actor: auditActor(actor),
          now: clock.now(),
          today: clock.today(),
        });
        return row!.id;
      });
      return view(actor, id);
    },

    /** An edit: a new version, and the pledge cleared (the researcher pledges to what is now on file). */
    async save(actor: Actor, id: string, input: z.output<typeof ZFundingSave>) {
      const { version, programmeId, ...app } = input;
      await db.transaction(async (tx) => {
        const { row, edit } = await load(tx, actor, id);
        await programmeInInstitution(tx, actor.institutionId, programmeId);
        if (!edit) {
          throw new DomainError("FORBIDDEN", "Only the researcher or their delegate edits the application");
        }
        if (row.version !== version) {
          throw new DomainError("CONFLICT", "The application changed since it was read");
        }
        const [after] = await tx
          .update(coiFundingApplications)
          .set({
            data: app,
            programmeId,
            pledgedOn: null,
            pledgedBy: null,
            profileVersion: (await currentProfile(tx, row.userId)).row?.version ?? null,
            version: row.version + 1,
            updatedAt: clock.now().toISOString(),
          })
          .where(and(eq(coiFundingApplications.id, id), eq(coiFundingApplications.version, version)))
          .returning();
        await audit(tx, actor, "coi.funding_saved", after!, row);
      });
      return view(actor, id);
    },

    /** The researcher's own pledge on the version shown (J2); nobody signs for them. */
    async pledge(actor: Actor, id: string, input: z.output<typeof ZFundingPledge>) {
      await db.transaction(async (tx) => {
        const { row, pledge } = await load(tx, actor, id);
        if (!pledge) {
          throw new DomainError("FORBIDDEN", "Only the researcher makes the pledge");
        }
        if (row.version !== input.version) {
          throw new DomainError("CONFLICT", "The application changed since it was read");
        }
        if (row.pledgedOn) {
          throw new DomainError("CONFLICT", "Already pledged");
        }
        const [after] = await tx
          .update(coiFundingApplications)
          .set({ pledgedOn: clock.today(), pledgedBy: actor.userId, updatedAt: clock.now().toISOString() })
          .where(and(eq(coiFundingApplications.id, id), eq(coiFundingApplications.version, row.version)))
          .returning();
        await audit(tx, actor, "coi.funding_pledged", after!, row);
      });
      return view(actor, id);
    },

    /** The e-Rad entry sheet as CSV or Excel; every download is audited (it carries personal data). */
    async exportSheet(actor: Actor, id: string, format: "csv" | "xlsx") {
      const { row } = await load(db, actor, id);
      const app = ZFundingApplicationInput.parse(row.data);
      await db.transaction((tx) => audit(tx, actor, "coi.funding_exported", row));
      const name = `e-rad-${clock.today()}`;
      if (format === "csv") {
        return { name: `${name}.csv`, body: new TextEncoder().encode(`\uFEFF${eRadCsv(app)}\r\n`) };
      }
      return { name: `${name}.xlsx`, body: await eRadXlsx(app) };
    },
  };
}

async function eRadXlsx(app: FundingApplicationInput): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("e-Rad");
  sheet.addRow([...ERAD_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const r of eRadRows(app)) {
    sheet.addRow(r.map((v) => (typeof v === "string" ? neutraliseCell(v) : (v ?? ""))));
  }
  sheet.columns.forEach((col) => {
    col.width = 24;
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
