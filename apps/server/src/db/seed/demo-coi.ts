import { createHash } from "node:crypto";
import { addDays, type CoiProfile, completionExpiry, type Interest, ZCoiProfile } from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../../deps";
import { appendAudit } from "../../features/audit/audit.writer";
import { canonicalJson } from "../../lib/canonical-json";
import {
  coiCycles,
  coiDeclarations,
  coiDeterminations,
  coiManagementPlans,
  coiProfiles,
  coiRegister,
  coiSettings,
  partners,
  trainingCompletions,
  trainingCourses,
} from "../schema";

/**
 * Demo data for conflict of interest (issue 13), all fictional: the FY2026 cycle; the researcher's
 * profile and approved periodic declaration (so the demo cases' COI gate opens on the committee's
 * record); a submitted declaration with an equity interest awaiting the committee; a no-interest one
 * for a bulk decision; an approved one with a management plan whose monitoring date is near; an
 * institutional register entry that flags the blocked demo case's partner; training courses.
 */

const NO = {
  equity: false,
  income: false,
  officer: false,
  royalty: false,
  gifts: false,
  family: false,
  foreign: false,
};
const SYSTEM = { userId: null, label: "デモデータ" };
const hash = (selfCheck: unknown, interests: unknown) =>
  createHash("sha256").update(canonicalJson({ selfCheck, interests })).digest("hex");

export interface CoiDemoPeople {
  researcher: string;
  officer: string;
  head: string;
  reviewer: string;
  legal: string;
}

/** Before the cases: profiles, the cycle and the researcher's approved declaration. */
export async function seedCoiDemo(deps: Deps, institutionId: string, p: CoiDemoPeople) {
  const { db, clock } = deps;
  const now = clock.now();
  await db.transaction(async (tx) => {
    await tx.insert(coiSettings).values({ institutionId, outsideEffortLimit: 20 }).onConflictDoNothing();
    const [cycle] = await tx
      .insert(coiCycles)
      .values({
        institutionId,
        title: "2026年度 定期申告",
        opensOn: "2026-04-01",
        dueOn: "2026-05-31",
        validUntil: "2027-03-31",
        openedBy: p.reviewer,
      })
      .returning();
    const profile: CoiProfile = ZCoiProfile.parse({
      orcid: "0000-0002-1825-0097",
      annualIncomeJpy: 11_000_000,
      appointments: [
        {
          id: "a-primary",
          organisation: "連携大学（デモ）",
          country: "JP",
          position: "教授",
          kind: "primary",
          paid: true,
          effortPercent: 90,
          from: "2015-04-01",
          until: null,
          recordedOn: "2026-04-01",
        },
      ],
      support: [
        {
          id: "s-jsps",
          giver: "日本学術振興会 科研費 基盤研究(B)",
          giverCountry: "JP",
          kind: "research_funding",
          status: "current",
          annualAmountJpy: 4_000_000,
          foreignGovernment: false,
          from: "2025-04-01",
          until: "2028-03-31",
          recordedOn: "2026-04-01",
        },
      ],
    });
    await tx.insert(coiProfiles).values({
      institutionId,
      userId: p.researcher,
      version: 1,
      data: profile,
      savedBy: p.researcher,
      savedAt: "2026-04-01T00:00:00Z",
    });
    const [approved] = await tx
      .insert(coiDeclarations)
      .values({
        institutionId,
        declarantUserId: p.researcher,
        kind: "periodic",
        trigger: "cycle",
        cycleId: cycle!.id,
        status: "approved",
        selfCheck: NO,
        interests: [],
        profileVersion: 1,
        attestedAt: "2026-04-20T01:00:00Z",
        submittedAt: "2026-04-20T01:00:00Z",
        approvedOn: "2026-05-10",
        approvedBy: p.reviewer,
        validUntil: cycle!.validUntil,
        contentHash: hash(NO, []),
        version: 3,
      })
      .returning();
    await appendAudit(tx, {
      institutionId,
      actor: SYSTEM,
      action: "coi.declaration_approved",
      entityType: "coi_declaration",
      entityId: approved!.id,
      after: { status: "approved", validUntil: cycle!.validUntil },
      at: now,
    });
    const courses = await tx
      .insert(trainingCourses)
      .values([
        {
          institutionId,
          code: "EC-BASIC",
          title: "安全保障輸出管理 基礎",
          topic: "export_control",
          validityMonths: 24,
        },
        {
          institutionId,
          code: "COI-2026",
          title: "利益相反マネジメント研修",
          topic: "coi",
          validityMonths: 12,
        },
        {
          institutionId,
          code: "TS-BASIC",
          title: "営業秘密の管理",
          topic: "trade_secrets",
          validityMonths: null,
        },
        {
          institutionId,
          code: "RS-2026",
          title: "研究セキュリティ研修",
          topic: "research_security",
          validityMonths: 12,
        },
      ])
      .returning();
    await tx.insert(trainingCompletions).values(
      courses.slice(0, 2).map((c) => ({
        institutionId,
        userId: p.researcher,
        courseId: c.id,
        completedOn: "2026-04-15",
        expiresOn: completionExpiry("2026-04-15", c.validityMonths),
        source: "csv",
      })),
    );
  });
}

/** After the cases: the committee's queue, a plan near its monitoring date, the institutional register. */
export async function seedCoiQueueDemo(deps: Deps, institutionId: string, p: CoiDemoPeople) {
  const { db, clock } = deps;
  const today = clock.today();
  await db.transaction(async (tx) => {
    const [kessel] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(
        and(
          eq(partners.institutionId, institutionId),
          eq(partners.legalName, "Kesselbach Präzisionstechnik GmbH"),
        ),
      );
    await tx.insert(coiRegister).values({
      institutionId,
      kind: "donation",
      entityName: "Kesselbach Präzisionstechnik GmbH",
      partnerId: kessel?.id ?? null,
      amountBand: "5m_10m",
      fromOn: "2025-10-01",
      notes: "工学研究科への寄附（デモ）",
      createdBy: p.reviewer,
    });
    const equity: Interest = {
      interestId: "i-1",
      category: "equity",
      entity: "Kesselbach Präzisionstechnik GmbH",
      partnerId: kessel?.id ?? null,
      amountBand: "1m_5m",
      description: "未公開株式 2%（デモ）",
      relatedCaseIds: [],
    };
    const submitted = { ...NO, equity: true };
    await tx.insert(coiDeclarations).values([
      {
        institutionId,
        declarantUserId: p.officer,
        kind: "triggered",
        trigger: "new_activity",
        status: "submitted",
        selfCheck: submitted,
        interests: [equity],
        attestedAt: `${today}T00:00:00Z`,
        submittedAt: `${today}T00:00:00Z`,
        version: 3,
      },
      {
        institutionId,
        declarantUserId: p.legal,
        kind: "triggered",
        trigger: "funding_application",
        status: "submitted",
        selfCheck: NO,
        interests: [],
        attestedAt: `${today}T00:00:00Z`,
        submittedAt: `${today}T00:00:00Z`,
        version: 3,
      },
    ]);
    const consulting: Interest = {
      interestId: "i-1",
      category: "consulting",
      entity: "東都センサー株式会社",
      partnerId: null,
      amountBand: "1m_5m",
      description: "技術顧問（デモ）",
      relatedCaseIds: [],
    };
    const headCheck = { ...NO, income: true, officer: true };
    const [headDecl] = await tx
      .insert(coiDeclarations)
      .values({
        institutionId,
        declarantUserId: p.head,
        kind: "periodic",
        trigger: "cycle",
        status: "approved",
        selfCheck: headCheck,
        interests: [consulting],
        attestedAt: "2026-05-01T00:00:00Z",
        submittedAt: "2026-05-01T00:00:00Z",
        approvedOn: "2026-05-20",
        approvedBy: p.reviewer,
        validUntil: "2027-03-31",
        contentHash: hash(headCheck, [consulting]),
        version: 3,
      })
      .returning();
    const [plan] = await tx
      .insert(coiManagementPlans)
      .values({
        institutionId,
        declarationId: headDecl!.id,
        declarantUserId: p.head,
        conditions: ["顧問先との共同研究の審査に関与しない", "顧問報酬を年1回委員会に報告する"],
        startsOn: "2026-05-20",
        monitoringOn: addDays(today, 10),
        monitorUserId: p.reviewer,
        createdBy: p.reviewer,
      })
      .returning();
    await tx.insert(coiDeterminations).values({
      institutionId,
      declarationId: headDecl!.id,
      interestId: "i-1",
      caseId: null,
      outcome: "manageable",
      planId: plan!.id,
      notes: "条件付きで許容（デモ）",
      decidedBy: p.reviewer,
    });
  });
}
