import type { TFigureRecord, TIndicator, TSurvey } from "@renkei/contract";
import {
  computeIndicators,
  computeSurvey,
  DomainError,
  fiscalYearRange,
  type IndicatorId,
  type IpIncomeKind,
  type SurveyKind,
  type SurveyPartnerType,
  type SurveyReceipt,
  type SurveyRecords,
} from "@renkei/domain";
import { and, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import {
  cases,
  indicatorTargets,
  inventions,
  ipAgreements,
  ipFilings,
  ipIncome,
  partners,
  receipts,
  surveyAgreements,
} from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { type AuditActor, appendAudit } from "../audit/audit.writer";

const auditActor = (a: Actor): AuditActor => ({ userId: a.userId, label: a.displayName });
/** Whose records: the caller's institution, or a member's for its hub (hub-figures.service.ts). */
type Owner = Pick<Actor, "institutionId">;

/**
 * The MEXT survey, seed 002 indicators and their targets, computed by the domain from the institution's
 * coded records (issue 16 §2–3). Patents, licences and start-ups join when the IP register provides them.
 */
export function createSurveyService(deps: Deps) {
  const { db, clock } = deps;

  /**
   * The year's records for the domain. `rows`: every receipt (drill-down names them); `sums`: the database
   * sums the year's receipts per agreement and coding (GROUP BY on the (institution, year, kind) index), so
   * the figures and their record counts are the same from a few rows per agreement instead of every receipt
   * (issue 16 Measure; the domain test and the integration test prove both give the same figures).
   */
  async function loadRecords(actor: Owner, fy: number, detail: "rows" | "sums"): Promise<SurveyRecords> {
    const { from, to } = fiscalYearRange(fy);
    const [agreementRows, receiptRows, ip] = await Promise.all([
      db
        .select({
          id: surveyAgreements.id,
          kind: surveyAgreements.kind,
          partnerType: surveyAgreements.partnerType,
          startOn: surveyAgreements.startOn,
          endOn: surveyAgreements.endOn,
          partnerId: surveyAgreements.partnerId,
        })
        .from(surveyAgreements)
        .where(
          and(
            eq(surveyAgreements.institutionId, actor.institutionId),
            lte(surveyAgreements.startOn, to),
            or(isNull(surveyAgreements.endOn), gte(surveyAgreements.endOn, from)),
          ),
        ),
      // Receipts of the year; the previous years' are not needed by any figure.
      detail === "rows" ? receiptsOfYear(actor.institutionId, fy) : receiptSums(actor.institutionId, fy),
      loadIp(actor.institutionId, fy),
    ]);
    return {
      agreements: agreementRows.map((a) => ({
        ...a,
        kind: a.kind as SurveyRecords["agreements"][number]["kind"],
        partnerType: a.partnerType as SurveyPartnerType,
      })),
      receipts: [...receiptRows, ...ip.income],
      patents: ip.patents,
      licences: ip.licences,
      // Renkei keeps no register of start-ups founded from the institution: the survey lists the field as one
      // the office fills in by hand (a venture partner has no founding date or origin to count it by).
    };
  }

  const receiptColumns = {
    agreementId: receipts.agreementId,
    kind: receipts.kind,
    ipIncomeKind: receipts.ipIncomeKind,
    partnerType: receipts.partnerType,
    partnerCountry: receipts.partnerCountry,
  };
  type ReceiptCoding = { kind: string; ipIncomeKind: string | null; partnerType: string };
  const coded = <R extends ReceiptCoding>(r: R) => ({
    ...r,
    kind: r.kind as SurveyKind,
    ipIncomeKind: r.ipIncomeKind as IpIncomeKind | null,
    partnerType: r.partnerType as SurveyPartnerType,
  });
  const ofYear = (institutionId: string, fy: number) =>
    and(eq(receipts.institutionId, institutionId), eq(receipts.fiscalYear, fy));

  async function receiptsOfYear(institutionId: string, fy: number): Promise<SurveyReceipt[]> {
    const rows = await db
      .select({
        id: receipts.id,
        ...receiptColumns,
        direct: receipts.direct,
        indirect: receipts.indirect,
        receivedOn: receipts.receivedOn,
      })
      .from(receipts)
      .where(ofYear(institutionId, fy));
    return rows.map(coded);
  }

  /** The year's receipts summed per agreement and coding; each row says how many receipts it stands for. */
  async function receiptSums(institutionId: string, fy: number): Promise<SurveyReceipt[]> {
    const rows = await db
      .select({
        ...receiptColumns,
        direct: sql<string>`sum(${receipts.direct})`,
        indirect: sql<string>`sum(${receipts.indirect})`,
        receivedOn: sql<string>`min(${receipts.receivedOn})`,
        n: sql<string>`count(*)`,
      })
      .from(receipts)
      .where(ofYear(institutionId, fy))
      .groupBy(
        receipts.agreementId,
        receipts.kind,
        receipts.ipIncomeKind,
        receipts.partnerType,
        receipts.partnerCountry,
      );
    return rows.map(({ n, ...r }, i) =>
      coded({
        ...r,
        id: `sum-${i}`,
        direct: Number(r.direct),
        indirect: Number(r.indirect),
        // The driver may hand a date back as text or as a Date; the domain reads an ISO day.
        receivedOn: String(r.receivedOn).slice(0, 10),
        receipts: Number(n),
      }),
    );
  }

  /**
   * For seed 002's new-partner indicator: each partner's first agreement, when it started before the year
   * (a partner whose earlier agreement has ended is not new). The survey ignores them (they do not run in
   * the year).
   */
  async function firstAgreements(actor: Owner, fy: number) {
    const { from } = fiscalYearRange(fy);
    const rows = await db
      .selectDistinctOn([surveyAgreements.partnerId], {
        id: surveyAgreements.id,
        kind: surveyAgreements.kind,
        partnerType: surveyAgreements.partnerType,
        startOn: surveyAgreements.startOn,
        endOn: surveyAgreements.endOn,
        partnerId: surveyAgreements.partnerId,
      })
      .from(surveyAgreements)
      .where(
        and(eq(surveyAgreements.institutionId, actor.institutionId), isNotNull(surveyAgreements.partnerId)),
      )
      .orderBy(surveyAgreements.partnerId, surveyAgreements.startOn);
    return rows
      .filter((r) => r.startOn < from)
      .map((r) => ({
        ...r,
        kind: r.kind as SurveyRecords["agreements"][number]["kind"],
        partnerType: r.partnerType as SurveyPartnerType,
      }));
  }

  /**
   * The IP register's records for the survey (issue 14's tables): applications filed up to the year's end
   * (a PCT or foreign filing counts as foreign), patents granted and not lapsed, signed licences and
   * assignments (options are not 実施等), and the year's licence income as IP income from patents.
   */
  async function loadIp(institutionId: string, fy: number) {
    const { from, to } = fiscalYearRange(fy);
    const [filings, agreements, income] = await Promise.all([
      db
        .select({
          id: ipFilings.id,
          kind: ipFilings.kind,
          filedOn: ipFilings.filedOn,
          registeredOn: ipFilings.registeredOn,
          status: ipFilings.status,
          updatedAt: ipFilings.updatedAt,
        })
        .from(ipFilings)
        .where(and(eq(ipFilings.institutionId, institutionId), lte(ipFilings.filedOn, to))),
      db
        .select({
          id: ipAgreements.id,
          kind: ipAgreements.kind,
          signedOn: ipAgreements.signedOn,
          startsOn: ipAgreements.startsOn,
          endsOn: ipAgreements.endsOn,
        })
        .from(ipAgreements)
        .where(
          and(
            eq(ipAgreements.institutionId, institutionId),
            inArray(ipAgreements.status, ["signed", "terminated"]),
          ),
        ),
      db
        .select({
          id: ipIncome.id,
          amount: ipIncome.amount,
          receivedOn: ipIncome.receivedOn,
          country: ipAgreements.counterpartyCountry,
        })
        .from(ipIncome)
        .innerJoin(ipAgreements, eq(ipAgreements.id, ipIncome.agreementId))
        .where(
          and(
            eq(ipIncome.institutionId, institutionId),
            gte(ipIncome.receivedOn, from),
            lte(ipIncome.receivedOn, to),
          ),
        ),
    ]);
    return {
      patents: filings.map((f) => ({
        id: f.id,
        filedOn: f.filedOn,
        foreign: f.kind !== "jp",
        grantedOn: f.registeredOn,
        // An abandoned or expired right lapsed when its status last changed.
        lapsedOn:
          f.status === "abandoned" || f.status === "expired"
            ? new Date(f.updatedAt).toISOString().slice(0, 10)
            : null,
      })),
      licences: agreements
        .filter((a) => a.signedOn !== null)
        .map((a) => ({
          id: a.id,
          kind:
            a.kind === "option"
              ? ("option" as const)
              : a.kind === "assignment"
                ? ("assignment" as const)
                : ("licence" as const),
          startOn: a.startsOn ?? (a.signedOn as string),
          endOn: a.endsOn,
        })),
      income: income.map((i) => ({
        id: i.id,
        agreementId: null,
        kind: "ip_income" as const,
        ipIncomeKind: "patent" as const,
        // IP income is not reported by partner type; the licensee's country feeds the international share.
        partnerType: "other" as const,
        partnerCountry: i.country,
        direct: i.amount,
        indirect: 0,
        receivedOn: i.receivedOn,
      })),
    };
  }

  /** The IP register's records behind a figure: income received, applications, licences (with the invention). */
  async function ipRecords(
    institutionId: string,
    incomeIds: string[],
    filingIds: string[],
    licenceIds: string[],
  ): Promise<TFigureRecord[]> {
    const [income, filings, licences] = await Promise.all([
      incomeIds.length
        ? db
            .select({ i: ipIncome, title: inventions.title, partner: ipAgreements.counterpartyName })
            .from(ipIncome)
            .innerJoin(ipAgreements, eq(ipAgreements.id, ipIncome.agreementId))
            .innerJoin(inventions, eq(inventions.id, ipAgreements.inventionId))
            .where(and(inArray(ipIncome.id, incomeIds), eq(ipIncome.institutionId, institutionId)))
        : [],
      filingIds.length
        ? db
            .select({ f: ipFilings, title: inventions.title })
            .from(ipFilings)
            .innerJoin(inventions, eq(inventions.id, ipFilings.inventionId))
            .where(and(inArray(ipFilings.id, filingIds), eq(ipFilings.institutionId, institutionId)))
        : [],
      licenceIds.length
        ? db
            .select({ a: ipAgreements, title: inventions.title })
            .from(ipAgreements)
            .innerJoin(inventions, eq(inventions.id, ipAgreements.inventionId))
            .where(and(inArray(ipAgreements.id, licenceIds), eq(ipAgreements.institutionId, institutionId)))
        : [],
    ]);
    const base = { caseId: null };
    return [
      ...income.map(({ i, title, partner }) => ({
        ...base,
        kind: "receipt" as const,
        id: i.id,
        title,
        date: i.receivedOn,
        amount: i.amount,
        partnerName: partner,
      })),
      ...filings.map(({ f, title }) => ({
        ...base,
        kind: "patent" as const,
        id: f.id,
        title,
        date: f.filedOn,
        amount: null,
        partnerName: null,
      })),
      ...licences.map(({ a, title }) => ({
        ...base,
        kind: "licence" as const,
        id: a.id,
        title,
        date: a.signedOn,
        amount: null,
        partnerName: a.counterpartyName,
        caseId: a.caseId,
      })),
    ];
  }

  /** Japanese companies behind the year's records whose size class is missing: the survey needs it. */
  async function incomplete(actor: Actor, records: SurveyRecords) {
    const ids = [...new Set(records.agreements.map((a) => a.partnerId).filter((id): id is string => !!id))];
    if (ids.length === 0) {
      return [];
    }
    const rows = await db
      .select({ id: partners.id, name: partners.legalName })
      .from(partners)
      .where(
        and(
          inArray(partners.id, ids),
          eq(partners.institutionId, actor.institutionId),
          eq(partners.country, "JP"),
          inArray(partners.type, ["company"]),
          isNull(partners.sizeClass),
        ),
      );
    return rows.map((r) => ({ partnerId: r.id, partnerName: r.name }));
  }

  async function survey(actor: Owner, fy: number, detail: "rows" | "sums" = "sums") {
    const records = await loadRecords(actor, fy, detail);
    return { records, result: computeSurvey(fy, records) };
  }

  /** Records for seed 002's indicators: the year's, plus each partner's earlier first agreement. */
  async function indicatorRecords(actor: Owner, fy: number, records: SurveyRecords): Promise<SurveyRecords> {
    const seen = new Set(records.agreements.map((a) => a.id));
    const first = (await firstAgreements(actor, fy)).filter((a) => !seen.has(a.id));
    return { ...records, agreements: [...records.agreements, ...first] };
  }

  return {
    /** The year's records and the survey computed from them (the dashboards and the hub read it too). */
    compute: survey,
    indicatorRecords,

    async get(actor: Actor, fy: number): Promise<TSurvey> {
      const { records, result } = await survey(actor, fy);
      return {
        fiscalYear: result.fiscalYear,
        asOf: result.asOf,
        figures: result.figures.map(({ records: _, ...f }) => f),
        notHeld: result.notHeld,
        incomplete: await incomplete(actor, records),
        dataVersions: result.dataVersions,
      };
    },

    /** The records behind one figure (drill-down), read again from the database by their ids. */
    async figureRecords(actor: Actor, fy: number, figureId: string): Promise<TFigureRecord[]> {
      const { result } = await survey(actor, fy, "rows");
      const figure = result.figures.find((f) => f.id === figureId);
      if (!figure) {
        throw new DomainError("NOT_FOUND", "No such figure");
      }
      const ids = (kind: string) => figure.records.filter((r) => r.kind === kind).map((r) => r.id);
      const out: TFigureRecord[] = [];
      if (ids("agreement").length) {
        const rows = await db
          .select({ a: surveyAgreements, partnerName: partners.legalName })
          .from(surveyAgreements)
          .leftJoin(partners, eq(partners.id, surveyAgreements.partnerId))
          .where(
            and(
              inArray(surveyAgreements.id, ids("agreement")),
              eq(surveyAgreements.institutionId, actor.institutionId),
            ),
          );
        out.push(
          ...rows.map(({ a, partnerName }) => ({
            kind: "agreement" as const,
            id: a.id,
            title: a.title,
            date: a.startOn,
            amount: null,
            partnerName,
            caseId: a.caseId,
          })),
        );
      }
      if (ids("receipt").length) {
        const rows = await db
          .select({
            r: receipts,
            title: surveyAgreements.title,
            partnerName: partners.legalName,
            caseId: cases.id,
          })
          .from(receipts)
          .leftJoin(surveyAgreements, eq(surveyAgreements.id, receipts.agreementId))
          .leftJoin(cases, eq(cases.id, surveyAgreements.caseId))
          .leftJoin(partners, eq(partners.id, receipts.partnerId))
          .where(and(inArray(receipts.id, ids("receipt")), eq(receipts.institutionId, actor.institutionId)));
        out.push(
          ...rows.map(({ r, title, partnerName, caseId }) => ({
            kind: "receipt" as const,
            id: r.id,
            title: title ?? r.note,
            date: r.receivedOn,
            amount: r.direct + r.indirect,
            partnerName,
            caseId,
          })),
        );
      }
      out.push(...(await ipRecords(actor.institutionId, ids("receipt"), ids("patent"), ids("licence"))));
      return out.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
    },

    /** The survey in its table layout as an Excel workbook (section, item, value, unit; fields not held). */
    async exportXlsx(actor: Actor, fy: number): Promise<Buffer> {
      const { result } = await survey(actor, fy);
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet(`令和${fy - 2018}年度調査`);
      sheet.columns = [
        { header: "区分", key: "section", width: 18 },
        { header: "項目", key: "label", width: 48 },
        { header: "値", key: "value", width: 18 },
        { header: "単位", key: "unit", width: 8 },
        { header: "根拠件数", key: "n", width: 10 },
      ];
      const units = { yen: "円", count: "件", ratio: "比率" } as const;
      for (const f of result.figures) {
        sheet.addRow({
          section: f.section,
          label: f.label.ja,
          value: f.value,
          unit: units[f.unit],
          n: f.recordCount,
        });
      }
      const missing = wb.addWorksheet("未保有項目");
      missing.columns = [{ header: "Renkei が保持しない項目（手入力）", key: "label", width: 48 }];
      for (const n of result.notHeld) {
        missing.addRow({ label: n.label.ja });
      }
      const info = wb.addWorksheet("基準");
      info.addRow(["年度末（基準日）", result.asOf]);
      for (const [k, v] of Object.entries(result.dataVersions)) {
        info.addRow(["区分表の版", `${k}: ${v}`]);
      }
      await db.transaction((tx) =>
        appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.survey_exported",
          entityType: "survey",
          entityId: String(fy),
          at: clock.now(),
        }),
      );
      return Buffer.from(await wb.xlsx.writeBuffer());
    },

    async indicators(actor: Actor, fy: number): Promise<TIndicator[]> {
      const [records, targets] = await Promise.all([
        loadRecords(actor, fy, "sums").then((r) => indicatorRecords(actor, fy, r)),
        db
          .select()
          .from(indicatorTargets)
          .where(
            and(eq(indicatorTargets.institutionId, actor.institutionId), eq(indicatorTargets.fiscalYear, fy)),
          ),
      ]);
      const byId = Object.fromEntries(targets.map((t) => [t.indicatorId, Number(t.target)]));
      return computeIndicators(fy, records, byId as Partial<Record<IndicatorId, number>>);
    },

    async setTarget(actor: Actor, fiscalYear: number, indicatorId: IndicatorId, target: number) {
      await db.transaction(async (tx) => {
        const key = and(
          eq(indicatorTargets.institutionId, actor.institutionId),
          eq(indicatorTargets.fiscalYear, fiscalYear),
          eq(indicatorTargets.indicatorId, indicatorId),
        );
        const [before] = await tx.select().from(indicatorTargets).where(key);
        await tx
          .insert(indicatorTargets)
          .values({
            institutionId: actor.institutionId,
            fiscalYear,
            indicatorId,
            target,
            setBy: actor.userId,
          })
          .onConflictDoUpdate({
            target: [
              indicatorTargets.institutionId,
              indicatorTargets.fiscalYear,
              indicatorTargets.indicatorId,
            ],
            set: { target, setBy: actor.userId, setAt: clock.now() },
          });
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "insight.target_set",
          entityType: "indicator_target",
          entityId: `${fiscalYear}:${indicatorId}`,
          before: before ? { target: Number(before.target) } : undefined,
          after: { fiscalYear, indicatorId, target },
          at: clock.now(),
        });
      });
    },
  };
}
