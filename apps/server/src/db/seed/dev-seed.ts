import { CONTACT_KINDS, hasPermission, type Role, withCorporateCheckDigit } from "@renkei/domain";
import { eq } from "drizzle-orm";
import type { Deps } from "../../deps";
import { appendAudit } from "../../features/audit/audit.writer";
import { createPartnerHistoryService } from "../../features/partners/partner-history.service";
import { createPartnersService } from "../../features/partners/partners.service";
import { createPeopleService } from "../../features/people/people.service";
import { createUser } from "../../features/users/users.service";
import type { Actor } from "../../http/context";
import { consultingGrants, departments, institutions } from "../schema";
import { seedDemoCases } from "./demo-cases";
import { seedCoiDemo, seedCoiQueueDemo } from "./demo-coi";
import { seedDemoCost } from "./demo-cost";
import { seedDemoCrm } from "./demo-crm";
import { seedEcReachDemo } from "./demo-ec-reach";
import { seedEcWorkflowsDemo } from "./demo-ec-workflows";
import { seedExportControlDemo } from "./demo-export-control";
import { seedInsightDemo } from "./demo-insight";
import { seedDemoIp } from "./demo-ip";
import { seedDemoIpLibrary } from "./demo-ip-library";
import { DEMO_PARTNERS } from "./demo-partners";
import { seedDemoScreening } from "./demo-screening";
import { seedId } from "./seed-ids";

export const DEMO_PASSWORD = "renkei-demo-2026";
export const DEMO_INSTITUTION_CODE = "demo";

/** One account per role; the e-mail's local part names the role. */
export const DEMO_USERS: { email: string; name: string; role: Role; dept: number }[] = [
  { email: "researcher@demo.renkei.example", name: "山田 太郎（研究者）", role: "researcher", dept: 0 },
  { email: "student@demo.renkei.example", name: "佐藤 花子（学生）", role: "student", dept: 0 },
  { email: "coordinator@demo.renkei.example", name: "鈴木 一郎（URA）", role: "coordinator", dept: 3 },
  {
    email: "export-control@demo.renkei.example",
    name: "高橋 誠（輸出管理）",
    role: "export_control_officer",
    dept: 4,
  },
  {
    email: "department-head@demo.renkei.example",
    name: "田中 恵子（工学研究科長）",
    role: "department_head",
    dept: 0,
  },
  {
    email: "coi-reviewer@demo.renkei.example",
    name: "伊藤 健（利益相反委員）",
    role: "coi_reviewer",
    dept: 3,
  },
  { email: "legal-ip@demo.renkei.example", name: "渡辺 由美（法務・知財）", role: "legal_ip", dept: 3 },
  { email: "executive@demo.renkei.example", name: "中村 修（理事）", role: "executive", dept: 3 },
  { email: "auditor@demo.renkei.example", name: "小林 直樹（監査）", role: "auditor", dept: 3 },
  { email: "admin@demo.renkei.example", name: "加藤 さくら（システム管理者）", role: "admin", dept: 3 },
  // Appended (indexes above are used by position): the COI committee's external member (issue 13).
  {
    email: "coi-external@demo.renkei.example",
    name: "森 浩二（利益相反委員会 学外委員）",
    role: "coi_external_member",
    dept: 3,
  },
  {
    email: "confidentiality-officer@demo.renkei.example",
    name: "松本 恵（秘密情報管理責任者）",
    role: "confidentiality_officer",
    dept: 3,
  },
];

export const HUB_USER = {
  email: "hub-coordinator@demo.renkei.example",
  name: "吉田 隆（連携ハブ）",
  role: "coordinator" as Role,
};

const DEPARTMENTS: [string, string][] = [
  ["工学研究科", "Graduate School of Engineering"],
  ["理学研究科", "Graduate School of Science"],
  ["医学系研究科", "Graduate School of Medicine"],
  ["産学官連携本部", "Office of Industry-Academia-Government Collaboration"],
  ["安全保障輸出管理室", "Export Control Office"],
];

const PEOPLE: [string, string, string, number, string][] = [
  ["John Carter", "US", "john.carter@helixa.example", 15, "VP Research"],
  ["Emily Zhang", "US", "e.zhang@northwind.example", 16, "Director, Japan Liaison"],
  ["Klaus Becker", "DE", "k.becker@kesselbach.example", 20, "Head of R&D"],
  ["王 伟", "CN", "wang.wei@huachen.example", 26, "技术总监"],
  ["李 娜", "CN", "li.na@dongyue.example", 27, "Business Development"],
  ["김 민준", "KR", "mj.kim@hanbit.example", 31, "Principal Engineer"],
  ["陳 怡君", "TW", "yc.chen@ruifeng.example", 34, "Manager"],
  ["佐々木 亮", "JP", "sasaki@sakura-seiki.example", 0, "研究開発部長"],
  ["松本 彩", "JP", "matsumoto@minato-chem.example", 1, "技術企画課"],
  ["井上 大輔", "JP", "inoue@aoba-denshi.example", 2, "CTO"],
  ["Priya Nair", "IN", "p.nair@deccan.example", 37, "Head of Alliances"],
  ["Sophie Martin", "FR", "s.martin@soleil.example", 23, "Chief Scientist"],
];

/**
 * Seeds the fictional demo: an institution with departments, one user per role, ~50 partners in many
 * countries with people, contact history and credit checks, and a hub institution with consulting access.
 * Idempotent: does nothing when the demo institution exists.
 */
export async function seedDemo(deps: Deps): Promise<{ created: boolean }> {
  const { db, clock } = deps;
  const [existing] = await db.select().from(institutions).where(eq(institutions.code, DEMO_INSTITUTION_CODE));
  if (existing) {
    return { created: false };
  }
  const institutionId = seedId("institution", "demo");
  const hubId = seedId("institution", "hub");
  const system = { userId: null, label: "seed" };
  const userIds: string[] = [];
  await db.transaction(async (tx) => {
    await tx.insert(institutions).values([
      {
        id: institutionId,
        code: DEMO_INSTITUTION_CODE,
        nameJa: "連携大学（デモ）",
        nameEn: "Renkei University (demo)",
      },
      {
        id: hubId,
        code: "demo-hub",
        nameJa: "産学連携ハブ機構（デモ）",
        nameEn: "Collaboration Hub (demo)",
        isHub: true,
      },
    ]);
    for (const id of [institutionId, hubId]) {
      await appendAudit(tx, {
        institutionId: id,
        actor: system,
        action: "institution.created",
        entityType: "institution",
        entityId: id,
        at: clock.now(),
      });
    }
    await tx.insert(departments).values(
      DEPARTMENTS.map(([nameJa, nameEn], i) => ({
        id: seedId("department", i),
        institutionId,
        nameJa,
        nameEn,
      })),
    );
    for (const u of DEMO_USERS) {
      const row = await createUser(tx, deps, system, {
        institutionId,
        email: u.email,
        displayName: u.name,
        role: u.role,
        password: DEMO_PASSWORD,
        allowDemoPassword: true,
        departmentId: seedId("department", u.dept),
      });
      userIds.push(row.id);
    }
    await createUser(tx, deps, system, {
      institutionId: hubId,
      email: HUB_USER.email,
      displayName: HUB_USER.name,
      role: HUB_USER.role,
      password: DEMO_PASSWORD,
      allowDemoPassword: true,
    });
    // The demo university lets the hub consult its registry read-only (seed 000, footnote 16).
    await tx.insert(consultingGrants).values({ hubInstitutionId: hubId, memberInstitutionId: institutionId });
    await appendAudit(tx, {
      institutionId,
      actor: system,
      action: "institution.consulting_granted",
      entityType: "institution",
      entityId: hubId,
      at: clock.now(),
    });
  });
  const coordinatorId = userIds[2]!;
  const actor: Actor = {
    userId: coordinatorId,
    institutionId,
    role: "coordinator",
    displayName: DEMO_USERS[2]!.name,
    email: DEMO_USERS[2]!.email,
    departmentId: null,
    csrfToken: "",
    sessionHash: "",
    consultable: [],
    can: (p) => hasPermission("coordinator", p),
  };
  await seedPartners(deps, actor, userIds);
  await seedDemoScreening(deps, institutionId, { userId: userIds[3]!, label: DEMO_USERS[3]!.name });
  await seedEcWorkflowsDemo(deps, institutionId);
  const person = (i: number) => ({
    id: userIds[i]!,
    name: DEMO_USERS[i]!.name,
    departmentId: seedId("department", DEMO_USERS[i]!.dept),
  });
  const coiPeople = {
    researcher: userIds[0]!,
    officer: userIds[3]!,
    head: userIds[4]!,
    reviewer: userIds[5]!,
    legal: userIds[6]!,
  };
  await seedCoiDemo(deps, institutionId, coiPeople);
  // Cases first: the export-control demo files the active case's 取引審査 for it.
  await seedDemoCases(deps, actor, userIds);
  await seedDemoCost(deps, institutionId);
  await seedInsightDemo(deps, actor, DEMO_PASSWORD);
  await seedCoiQueueDemo(deps, institutionId, coiPeople);
  await seedExportControlDemo(deps, {
    institutionId,
    researcher: person(0),
    coordinator: person(2),
    officer: person(3),
    head: person(4),
  });
  await seedEcReachDemo(deps, institutionId);
  await seedDemoIp(deps, institutionId);
  await seedDemoIpLibrary(deps, institutionId);
  await seedDemoCrm(deps, institutionId);
  return { created: true };
}

async function seedPartners(deps: Deps, actor: Actor, userIds: string[]) {
  const partners = createPartnersService(deps);
  const history = createPartnerHistoryService(deps);
  const people = createPeopleService(deps);
  const partnerIds: string[] = [];
  for (const [i, p] of DEMO_PARTNERS.entries()) {
    const [
      legalName,
      nameEn,
      nameRomanized,
      type,
      country,
      corpBase,
      foreignGovControl,
      stateOwned,
      japanPresence,
    ] = p;
    const id = await partners.create(actor, {
      legalName,
      nameEn,
      nameRomanized,
      aliases: [],
      type,
      country,
      corporateNumber: corpBase ? withCorporateCheckDigit(corpBase) : null,
      parentName: null,
      controllingOwner: stateOwned ? "国家資本（架空）" : null,
      foreignGovControl,
      stateOwned,
      japanPresence,
      website: `https://partner${i + 1}.example`,
      ownerUserId: userIds[i % 3 === 0 ? 0 : 2] ?? null,
      notes: "",
    });
    partnerIds.push(id);
    // Two contact records each, on dates spread over the past two years.
    for (let k = 0; k < 2; k++) {
      const month = ((i * 5 + k * 7) % 24) + 1;
      const date = new Date(Date.UTC(2024, 10 + month, 1 + ((i + k) % 27))).toISOString().slice(0, 10);
      await history.addContact(actor, id, {
        kind: CONTACT_KINDS[(i + k * 3) % CONTACT_KINDS.length]!,
        occurredOn: date,
        title: k === 0 ? `${nameEn ?? legalName} 初回面談` : "共同研究の可能性に関する打合せ",
        summary:
          k === 0 ? "研究テーマの紹介と今後の進め方を確認。" : "公開情報の範囲で意見交換。NDA締結は未定。",
        visibility: i % 7 === 0 && k === 1 ? "restricted" : "institution",
        staffIds: [userIds[0]!, userIds[2]!],
        personIds: [],
      });
    }
    if (i % 2 === 0) {
      await history.addCreditCheck(actor, id, {
        checkedOn: "2025-12-01",
        sources: "商業登記簿、信用調査会社レポート（架空）、ウェブサイト",
        result: stateOwned ? "caution" : "clear",
        expiresOn: i % 4 === 0 ? "2026-06-30" : "2027-11-30",
        notes: "",
      });
    }
  }
  const personIds: string[] = [];
  for (const [name, nationality, email, partnerIndex, role] of PEOPLE) {
    personIds.push(
      await people.create(actor, {
        name,
        nameEn: null,
        nameKana: null,
        nationality,
        email,
        notes: "",
        partnerId: partnerIds[partnerIndex]!,
        role,
        startedOn: "2023-04-01",
      }),
    );
  }
  // One person changed employer: the history shows both organisations.
  await people.move(actor, personIds[1]!, { partnerId: partnerIds[17]!, role: "CTO", movedOn: "2025-10-01" });
}
