import {
  buildQuotation,
  type CaseKind,
  type CaseStage,
  type EmergingTechCategory,
  type ResearchArea,
} from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../../deps";
import { appendAudit } from "../../features/audit/audit.writer";
import { createCaseCollabService } from "../../features/cases/case-collab.service";
import { createCasePartiesService } from "../../features/cases/case-parties.service";
import { loadCaseSettings } from "../../features/cases/case-settings";
import { refreshCase } from "../../features/cases/case-write";
import { createCasesService } from "../../features/cases/cases.service";
import type { Actor } from "../../http/context";
import {
  caseComments,
  caseMonitoringItems,
  caseNdas,
  casePartners,
  caseQuotations,
  caseStageRecords,
  cases,
  caseTasks,
  partners,
  users,
} from "../schema";
import { seedId } from "./seed-ids";

/**
 * Fictional collaboration cases for the demo institution (issue 5): at least one case in every stage,
 * a case blocked by its gates, one declined and one withdrawn, with tasks, comments and monitoring.
 * Cases are registered through the services; a case that starts in a later stage gets that stage's
 * records written directly and the steps it went through written to its history as seeded events.
 */

const ENG = seedId("department", 0);
const SCI = seedId("department", 1);
const MED = seedId("department", 2);

const scheme = (underNda: boolean) => ({
  methods: ["full_collaboration"],
  disclosurePlan: [
    {
      itemId: "d-1",
      description: "公開論文と学会発表資料",
      timing: "public",
      level: 1,
      exportControlled: false,
      thirdPartyConsent: false,
    },
    ...(underNda
      ? [
          {
            itemId: "d-2",
            description: "予備実験データ",
            timing: "under_nda",
            level: 1,
            exportControlled: false,
            thirdPartyConsent: false,
          },
          {
            itemId: "d-3",
            description: "試料の合成条件",
            timing: "after_contract",
            level: 2,
            exportControlled: false,
            thirdPartyConsent: false,
          },
        ]
      : []),
  ],
  relatedIpReviewed: true,
  returnRiskAnalysis: "研究資金と実用化の機会。合成条件の流出リスクは契約締結後の開示で管理する。",
  negotiablePoints: ["公表前の通知期間（60日まで）"],
  nonNegotiablePoints: ["第三国での仲裁", "学生の学位論文の公表"],
});

const NEGOTIATION = {
  partnerResearchersReviewed: true,
  thirdPartyPatentsInvolved: false,
  thirdPartyPatentDisclosureObtained: false,
  rolesAgreed: true,
};

const plan = (participantIds: string[]) => ({
  theme: "高容量電極材料の探索",
  objectives: "実用セルで 20% の容量向上を示す",
  startsOn: "2026-04-01",
  endsOn: "2028-03-31",
  milestones: [
    { milestoneId: "m-1", title: "候補材料の選定", dueOn: "2026-09-30", completedOn: null, cancelled: false },
    { milestoneId: "m-2", title: "試作セルの評価", dueOn: "2027-06-30", completedOn: null, cancelled: false },
  ],
  participantIds,
});

const terms = (seatCountry: string) => ({
  researchTheme: { title: "高容量電極材料の探索", purpose: "容量向上", content: "材料探索と試作セル評価" },
  researchers: {
    piNamed: true,
    researchersListed: true,
    studentsParticipate: true,
    visitingResearchersParticipate: false,
  },
  places: ["工学研究科 3号館"],
  period: { startsOn: "2026-04-01", endsOn: "2028-03-31" },
  costs: { amountYen: 15_600_000, paymentTerms: "年度ごとに前払い", equipmentOwnership: "大学" },
  facilities: ["X線回折装置"],
  informationToProvide: { items: ["電極試料", "評価条件"], confidentialInformationDefined: true },
  schedule: { milestonesDefined: true, rolesDefined: true },
  confidentiality: { termYears: 5, survivalYearsAfterTermination: 3 },
  knowHow: { designated: true, secrecyYears: 5 },
  results: {
    ownership: "joint",
    assignmentToPartner: false,
    exclusiveLicenceToPartner: false,
    ipCostsAllocated: true,
  },
  assignment: { priorConsentRequired: true },
  antiSocialForcesClause: true,
  damages: { capped: true },
  governingLaw: "JP",
  jurisdiction: { method: "arbitration", seatCountry },
  publication: { maxDelayDays: 60, partnerVeto: false },
  personnelExclusions: { allForeign: false, nationalities: [] },
  language: "en",
});

const ORDER: CaseStage[] = [
  "intake",
  "internal_check",
  "due_diligence",
  "scheme_design",
  "nda",
  "negotiation",
  "research_plan",
  "contract_terms",
  "agreement_confirmation",
  "export_risk_review",
  "active",
  "closing",
  "closed",
];

interface DemoCase {
  title: string;
  kind: CaseKind;
  stage: CaseStage;
  partner: string;
  area: ResearchArea;
  departments?: string[];
  emergingTech?: EmergingTechCategory[];
  /** For declined / withdrawn: the stage it left from, and why. */
  endedFrom?: CaseStage;
  note?: string;
}

const DEMO_CASES: DemoCase[] = [
  {
    title: "AI画像診断アルゴリズムの共同研究",
    kind: "joint_research",
    stage: "intake",
    partner: "Helixa Biotherapeutics, Inc.",
    area: "life_science",
    departments: [MED],
    emergingTech: ["ai_machine_learning"],
  },
  // Blocked: no department yet (STAGE-INTAKE-DEPT).
  {
    title: "沿岸観測ブイの受託研究",
    kind: "contract_research",
    stage: "intake",
    partner: "Nordlys Marine Technology AS",
    area: "environment",
    departments: [],
  },
  {
    title: "次世代蓄電池材料の共同研究",
    kind: "joint_research",
    stage: "internal_check",
    partner: "Kesselbach Präzisionstechnik GmbH",
    area: "nanotech_materials",
  },
  // Blocked: screening and credit missing, state-owned partner in a sensitive field.
  {
    title: "量子センシング素子の共同研究",
    kind: "joint_research",
    stage: "due_diligence",
    partner: "东岳新材料股份有限公司",
    area: "nanotech_materials",
    emergingTech: ["quantum"],
  },
  {
    title: "水処理膜の学術コンサルティング",
    kind: "consulting",
    stage: "scheme_design",
    partner: "株式会社しずく水処理",
    area: "environment",
  },
  {
    title: "次世代半導体製造プロセスへの参加（国プロ）",
    kind: "national_project",
    stage: "scheme_design",
    partner: "Tulpenveld Semiconductors B.V.",
    area: "manufacturing",
    emergingTech: ["microprocessors"],
  },
  // Blocked: information to disclose under an NDA, and no NDA yet (GATE-NDA).
  {
    title: "光学薄膜の共同研究",
    kind: "joint_research",
    stage: "nda",
    partner: "Northwind Photonics Corp.",
    area: "nanotech_materials",
  },
  {
    title: "ロボットハンド制御の共同研究",
    kind: "joint_research",
    stage: "negotiation",
    partner: "Istituto Fittizio di Robotica",
    area: "manufacturing",
    emergingTech: ["robotics"],
  },
  {
    title: "高分子材料の受託研究",
    kind: "contract_research",
    stage: "research_plan",
    partner: "Merlion Advanced Materials Pte. Ltd.",
    area: "nanotech_materials",
  },
  // Blocked: confidentiality without end (red flag); arbitration in the partner's country is a warning
  // under the default policy (case 27 as an institution setting, X4).
  {
    title: "半導体パッケージ材料の共同研究",
    kind: "joint_research",
    stage: "contract_terms",
    partner: "한빛반도체 주식회사",
    area: "nanotech_materials",
  },
  {
    title: "音響解析ソフトウェアのライセンス",
    kind: "licence",
    stage: "agreement_confirmation",
    partner: "株式会社かなで音響",
    area: "ict",
  },
  // Blocked: screening and export-control outcome missing; the partner touches the institutional COI
  // register and the committee has not decided (§IV.2-9; demo-coi.ts).
  {
    title: "精密計測機器の共同研究",
    kind: "joint_research",
    stage: "export_risk_review",
    partner: "Kesselbach Präzisionstechnik GmbH",
    area: "manufacturing",
  },
  {
    title: "高容量電極材料の共同研究",
    kind: "joint_research",
    stage: "active",
    partner: "Fraunhold-Institut für Werkstoffe",
    area: "energy",
  },
  {
    title: "医療機器の研究者交流",
    kind: "researcher_exchange",
    stage: "closing",
    partner: "株式会社こもれび医療機器",
    area: "life_science",
    departments: [MED],
  },
  {
    title: "食品保存技術に関する覚書",
    kind: "mou",
    stage: "closed",
    partner: "いろは食品株式会社",
    area: "life_science",
  },
  {
    title: "衛星部品の共同研究",
    kind: "joint_research",
    stage: "declined",
    partner: "国家架空航天研究院",
    area: "frontier",
    endedFrom: "internal_check",
    note: "同じ研究責任者が競合企業と連携中であり、部局長の判断で不実施（事例26）。",
  },
  {
    title: "農業用ドローンの共同研究",
    kind: "joint_research",
    stage: "withdrawn",
    partner: "Chao Phraya Agritech Co., Ltd.",
    area: "other",
    endedFrom: "scheme_design",
    note: "研究者の都合により取下げ。",
  },
];

export async function seedDemoCases(deps: Deps, actor: Actor, userIds: string[]): Promise<void> {
  const { db, clock } = deps;
  const [researcherId, studentId, coordinatorId, , , , legalId] = userIds;
  const svc = createCasesService(deps);
  const parties = createCasePartiesService(deps);
  const collab = createCaseCollabService(deps);
  const names = [...new Set(DEMO_CASES.map((c) => c.partner))];
  const rows = await db
    .select({ id: partners.id, legalName: partners.legalName })
    .from(partners)
    .where(and(eq(partners.institutionId, actor.institutionId), inArray(partners.legalName, names)));
  const partnerId = new Map(rows.map((r) => [r.legalName, r.id]));
  const [pi] = await db.select().from(users).where(eq(users.id, researcherId!));
  const settings = await loadCaseSettings(db, actor.institutionId);
  const now = clock.now();

  for (const [i, d] of DEMO_CASES.entries()) {
    const pid = partnerId.get(d.partner)!;
    const id = await svc.create(actor, {
      kind: d.kind,
      title: d.title,
      summary: "（デモ用の架空の案件です）",
      piUserId: researcherId!,
      departmentIds: d.departments ?? [i % 3 === 1 ? SCI : ENG],
      field: { area: d.area, emergingTech: d.emergingTech ?? [], keywords: [] },
      partnerIds: [pid],
    });
    const target = d.endedFrom ?? d.stage;
    const reached = ORDER.indexOf(target);
    const at = (stage: CaseStage) => ORDER.indexOf(stage) <= reached;
    const records: Record<string, unknown> = {};
    if (at("due_diligence")) {
      records.internal_check = {
        input: { researcher: { wish: "willing", capacityConfirmed: true }, basicPatents: [], note: "" },
        result: { outcome: "clear", reasons: [], blocking: [], notes: [], conflicts: [], dataVersions: {} },
        recordedOn: "2026-03-01",
      };
    }
    if (at("nda")) {
      records.scheme = scheme(true);
    }
    if (at("research_plan")) {
      records.negotiation = NEGOTIATION;
    }
    if (at("contract_terms")) {
      records.research_plan = plan([]);
    }
    if (at("agreement_confirmation")) {
      records.contract_terms = terms("SG");
    }
    if (d.stage === "contract_terms") {
      // Arbitration in the partner's country (a warning, X4) and a confidentiality with no end (a red flag).
      records.contract_terms = {
        ...terms("KR"),
        confidentiality: { termYears: null, survivalYearsAfterTermination: 3 },
      };
    }
    if (at("export_risk_review")) {
      records.agreement_confirmation = {
        piConstraintsReviewed: true,
        conformsToInstitutionalRules: true,
        briefedParticipantIds: [],
      };
    }
    if (d.stage === "closing" || d.stage === "closed") {
      records.closing = {
        finalReportReceived: d.stage === "closed",
        resultsReportedToFunder: false,
        confidentialitySurvivesUntil: "2030-03-31",
        noSurvivingConfidentiality: false,
      };
    }
    if (d.kind === "national_project") {
      records.national_project = {
        projectType: "inbound",
        participationForm: "commissioned",
        foreignParticipant: true,
        criteria: {
          superiorCapability: true,
          economicContributionExplained: true,
          alignsWithProjectPurpose: true,
          technologyManagementInPlace: true,
          compliesWithLawAndConsults: true,
          budgetProceduresAccepted: false,
        },
        ip: { coOwnedWithState: true, stateSharePercent: 40 },
        contract: {
          parentTransferNoticeClause: true,
          freeLicenceToStateClause: true,
          sublicensableLicenceOnMergerClause: false,
          postProjectConfidentialityYears: 5,
        },
        institutionExportControlSystem: true,
      };
    }
    const signed = at("active") && !d.endedFrom;
    await db.transaction(async (tx) => {
      for (const [section, data] of Object.entries(records)) {
        await tx.insert(caseStageRecords).values({
          caseId: id,
          section,
          institutionId: actor.institutionId,
          data,
          updatedBy: coordinatorId,
        });
      }
      if (at("negotiation")) {
        await tx.insert(caseNdas).values({
          institutionId: actor.institutionId,
          caseId: id,
          partnerIds: [pid],
          signedOn: "2026-03-15",
          expiresOn: "2029-03-14",
          recordedBy: coordinatorId,
        });
      }
      if (at("scheme_design")) {
        // Due diligence was done before the scheme (seed 001 §IV.2-3).
        await tx
          .update(casePartners)
          .set({
            dueDiligence: {
              ownershipKnown: true,
              militaryAffiliation: false,
              countryRules: { reviewed: true, compelledDisclosure: false, firstFilingRequirement: false },
              reputationNotes: [{ severity: "info", note: "公開情報・報道に懸念なし（デモ）" }],
            },
          })
          .where(eq(casePartners.caseId, id));
      }
      if (signed) {
        await tx.update(cases).set({ contractSignedOn: "2026-04-01" }).where(eq(cases.id, id));
      }
      // The steps the case went through, kept in its history as seeded events.
      let from: CaseStage = "intake";
      for (const stage of ORDER.slice(1, reached + 1)) {
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: { userId: null, label: "デモデータ" },
          action: "case.stage_changed",
          entityType: "case",
          entityId: id,
          after: { type: "case.stage_changed", caseId: id, from, to: stage, note: "（デモデータ）" },
          at: now,
        });
        from = stage;
      }
      if (d.endedFrom) {
        await appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: { userId: coordinatorId!, label: actor.displayName },
          action: "case.stage_changed",
          entityType: "case",
          entityId: id,
          after: { type: "case.stage_changed", caseId: id, from, to: d.stage, note: d.note ?? null },
          at: now,
        });
      }
      await tx.update(cases).set({ stage: d.stage }).where(eq(cases.id, id));
      await refreshCase(tx, actor.institutionId, id, settings, clock.today(), now, { touch: false });
    });

    // Work on the cases: participants, tasks, comments, monitoring, a quotation.
    if (d.stage === "research_plan" && studentId) {
      await parties.addParticipant(actor, id, {
        kind: "student",
        userId: studentId,
        personId: null,
        roleOnCase: "試料作製",
        informedConsentOn: "2026-05-10",
        pledgeOn: "2026-05-10",
        employedByInstitution: false,
        receivesControlledTech: false,
      });
    }
    if (d.stage === "due_diligence" || d.stage === "export_risk_review" || d.stage === "nda") {
      await collab.addTask(actor, id, {
        title:
          d.stage === "nda"
            ? "秘密保持契約の締結を相手方に依頼する"
            : "連携先のリスト照合と信用調査を依頼する",
        detail: "",
        assigneeId: d.stage === "nda" ? legalId! : coordinatorId!,
        dueOn: "2026-11-30",
      });
    }
    if (d.stage === "active") {
      await db.insert(caseMonitoringItems).values([
        {
          institutionId: actor.institutionId,
          caseId: id,
          kind: "milestone",
          title: "候補材料の選定",
          dueOn: "2026-09-30",
          completedOn: "2026-09-25",
          planMilestoneId: "m-1",
          createdBy: coordinatorId,
        },
        {
          institutionId: actor.institutionId,
          caseId: id,
          kind: "milestone",
          title: "試作セルの評価",
          dueOn: "2027-06-30",
          planMilestoneId: "m-2",
          createdBy: coordinatorId,
        },
        {
          institutionId: actor.institutionId,
          caseId: id,
          kind: "meeting",
          title: "第2回 進捗会議",
          dueOn: "2026-10-20",
          createdBy: coordinatorId,
        },
        {
          institutionId: actor.institutionId,
          caseId: id,
          kind: "progress_report",
          title: "四半期進捗報告（第3四半期）",
          dueOn: "2026-12-31",
          createdBy: coordinatorId,
        },
        {
          institutionId: actor.institutionId,
          caseId: id,
          kind: "visit",
          title: "派遣研究員の受入",
          visitorName: "Dr. Lena Vogt（架空）",
          dueOn: "2026-12-10",
          createdBy: coordinatorId,
        },
      ]);
      // Quoted before the contract (the quotation section closes at signing), so written directly.
      const input = {
        partnerName: d.partner,
        issuedOn: "2026-03-01",
        validDays: 30,
        directCosts: [{ label: "試薬・消耗品", category: "consumables" as const, amountYen: 4_000_000 }],
        personnel: [
          {
            label: "博士研究員",
            kind: "postdoc" as const,
            monthlyYen: 500_000,
            months: 12,
            effortPercent: 100,
          },
          {
            label: "RA（学生）",
            kind: "student" as const,
            monthlyYen: 100_000,
            months: 12,
            effortPercent: 50,
          },
        ],
        partnerWantsQuarterlyUraReports: true,
        contractLanguage: "en",
        strategicAmountYen: null,
      };
      const quotation = buildQuotation({ ...input, caseId: id }, settings.costRates);
      await db.insert(caseQuotations).values({
        institutionId: actor.institutionId,
        caseId: id,
        input,
        rates: settings.costRates,
        totalYen: quotation.totalYen,
        createdBy: coordinatorId,
      });
    }
    if (i % 4 === 0 || d.stage === "active") {
      await db.insert(caseComments).values({
        institutionId: actor.institutionId,
        caseId: id,
        authorId: d.stage === "active" ? (pi?.id ?? coordinatorId!) : coordinatorId!,
        body:
          d.stage === "active"
            ? "第2回進捗会議の議事概要を作成中です。来週中に登録します。"
            : "相手方の担当者と初回の打合せを行いました。公開情報の範囲で意見交換済みです。",
      });
      await db.insert(caseTasks).values({
        institutionId: actor.institutionId,
        caseId: id,
        title: "相手方の組織図を入手する",
        assigneeId: coordinatorId,
        dueOn: "2026-12-15",
        createdBy: coordinatorId,
      });
    }
  }
}
