import { addDays, addMonths, hasPermission, type Role } from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../../deps";
import { createInventionsService } from "../../features/ip/inventions.service";
import { createAgreementsService } from "../../features/ip/ip-agreements.service";
import { createDocketService } from "../../features/ip/ip-docket.service";
import type { Actor } from "../../http/context";
import { mailOutbox, notifications, users } from "../schema";

/**
 * Fictional IP records for the demo institution (issue 14): a NEDO-funded (Bayh-Dole) invention filed in
 * Japan and under the PCT, licensed exclusively to a US company under the policy's exception ③ with the
 * executive's approval and legal/IP's Bayh-Dole approval and notice, with an upfront fee received; a
 * disclosure waiting for an inventor's confirmation; and one in a listed field under security review.
 * Every person, company and number is invented; dates follow the clock. Made through the services, so
 * each record has its audit trail.
 */
export async function seedDemoIp(deps: Deps, institutionId: string): Promise<void> {
  const actor = (email: string) => demoActor(deps, institutionId, email);
  const researcher = await actor("researcher");
  const coordinator = await actor("coordinator");
  const legal = await actor("legal-ip");
  const executive = await actor("executive");
  const inventions = createInventionsService(deps);
  const docket = createDocketService(deps);
  const agreements = createAgreementsService(deps);
  const today = deps.clock.today();
  const me = (a: Actor, share: number) => ({
    userId: a.userId,
    name: a.displayName,
    affiliation: "工学研究科",
    sharePercent: share,
  });
  const base = {
    summary: "（デモ用の架空の発明です）",
    caseId: null,
    backgroundCaseIds: [],
    agreementRef: null,
  };

  // 1. Bayh-Dole invention, filed 11 months ago: the priority year runs out next month.
  const filedOn = addMonths(today, -11);
  const { id: a } = await inventions.create(researcher, {
    ...base,
    title: "全固体電池用の硫化物系固体電解質とその製造方法",
    field: "電池材料",
    inventors: [
      me(researcher, 70),
      { userId: null, name: "Dr. Lena Vogt", affiliation: "Ostwind Sensorik GmbH", sharePercent: 30 },
    ],
    funding: [
      {
        kind: "government_commissioned",
        funder: "NEDO（架空）",
        programme: "次世代蓄電池プロジェクト",
        bayhDole: true,
      },
    ],
  });
  await inventions.decide(legal, a, { category: "employee", institutionTakes: true, note: "", version: 1 });
  await inventions.recordSecrecyCheck(legal, a, {
    result: "not_listed",
    reviewStatus: "none",
    checkedOn: addDays(filedOn, -5),
    evidence: "特定技術分野該当性確認票 2025-017（架空）",
  });
  await docket.add(legal, a, {
    kind: "jp",
    country: "JP",
    applicationNo: "特願2025-123456（架空）",
    filedOn,
    priorityDate: null,
    examinationRequestedOn: null,
    registeredOn: null,
    patentNo: null,
    paidThroughYear: 0,
    status: "filed",
    coOwners: [],
    costNote: "出願費用は機関負担",
  });
  await agreements.recordBayhDole(legal, {
    inventionId: a,
    agreementId: null,
    caseId: null,
    kind: "results_report",
    actedOn: addDays(filedOn, 30),
    evidence: "知的財産権出願通知書 受付番号 N-2025-0456（架空）",
    note: "",
  });
  const { id: lic } = await agreements.create(legal, a, {
    kind: "exclusive_licence",
    partnerId: null,
    counterpartyName: "Pacific Cells Inc.（架空）",
    counterpartyCountry: "US",
    counterpartyIsCoOwner: false,
    optionGrantsExclusive: false,
    territory: "北米",
    fieldOfUse: "定置用蓄電池",
    exceptionIds: ["3"],
    exceptionReason: "定置用途は国内企業と市場で競合しない（事例4③）",
    startsOn: addDays(today, -20),
    endsOn: null,
    terms: {
      upfront: 3_000_000,
      upfrontOn: addDays(today, -10),
      tiers: [
        { upTo: 100_000_000, rateBp: 300 },
        { upTo: null, rateBp: 200 },
      ],
      milestones: [{ name: "量産開始", amount: 10_000_000, expectedOn: addMonths(today, 18) }],
      minimumAnnualRoyalty: 1_000_000,
    },
    forecast: [{ fiscalYear: Number(today.slice(0, 4)) + 1, netSales: 80_000_000 }],
    caseId: null,
  });
  await agreements.approveException(executive, a, lic, { approvedOn: addDays(today, -25), version: 1 });
  for (const kind of ["prior_approval", "licensee_notice"] as const) {
    await agreements.recordBayhDole(legal, {
      inventionId: a,
      agreementId: lic,
      caseId: null,
      kind,
      actedOn: addDays(today, -22),
      evidence: kind === "prior_approval" ? "NEDO 承認 第2026-0789号（架空）" : "通知書 2026-IP-031（架空）",
      note: "",
    });
  }
  await agreements.sign(legal, a, lic, { signedOn: addDays(today, -20), version: 2 });
  await agreements.addIncome(legal, a, lic, {
    kind: "upfront",
    amount: 3_000_000,
    receivedOn: addDays(today, -10),
    periodFrom: null,
    periodTo: null,
    netSales: null,
    note: "",
  });

  // 2. A disclosure waiting for the co-inventor's confirmation.
  await inventions.create(coordinator, {
    ...base,
    title: "振動センサの自己校正回路",
    field: "計測",
    inventors: [me(coordinator, 40), me(researcher, 60)],
    funding: [{ kind: "partner", funder: "Ostwind Sensorik GmbH", programme: "共同研究", bayhDole: false }],
  });

  // 3. In a listed field, under security review: no foreign filing or publication yet.
  const { id: c } = await inventions.create(researcher, {
    ...base,
    title: "高出力パルスレーザの冷却構造",
    field: "光学",
    inventors: [me(researcher, 100)],
    funding: [],
  });
  await inventions.decide(legal, c, { category: "employee", institutionTakes: true, note: "", version: 1 });
  await inventions.recordSecrecyCheck(legal, c, {
    result: "listed",
    reviewStatus: "under_review",
    checkedOn: addDays(today, -40),
    evidence: "特定技術分野該当 — 保全審査に付された旨の通知（架空）",
  });

  // Seeding is not news: the demo starts with an empty bell and outbox for these.
  const kinds = ["invention.disclosed", "invention.decided", "ip.exception_requested"];
  await clearDemoNotices(deps, institutionId, kinds);
}

/** Seeding is not news: removes the bell notices and queued mails of these kinds that the demo made. */
export async function clearDemoNotices(deps: Deps, institutionId: string, kinds: string[]): Promise<void> {
  await deps.db
    .delete(notifications)
    .where(and(eq(notifications.institutionId, institutionId), inArray(notifications.kind, kinds)));
  await deps.db
    .delete(mailOutbox)
    .where(and(eq(mailOutbox.institutionId, institutionId), inArray(mailOutbox.kind, kinds)));
}

/** A demo user as an actor, so demo records are made through the services (each with its audit event). */
export async function demoActor(deps: Deps, institutionId: string, email: string): Promise<Actor> {
  const [u] = await deps.db
    .select()
    .from(users)
    .where(and(eq(users.institutionId, institutionId), eq(users.email, `${email}@demo.renkei.example`)));
  const role = u!.role as Role;
  return {
    userId: u!.id,
    institutionId,
    role,
    displayName: u!.displayName,
    email: u!.email,
    departmentId: u!.departmentId,
    csrfToken: "",
    sessionHash: "",
    consultable: [],
    can: (p) => hasPermission(role, p),
  };
}
