import { hasPermission, type Role } from "@renkei/domain";
import { and, eq, like, or } from "drizzle-orm";
import type { Deps } from "../../deps";
import { createClassificationsService } from "../../features/export-control/classifications.service";
import { createTransactionReviewsService } from "../../features/export-control/transaction-reviews.service";
import type { Actor } from "../../http/context";
import { cases, mailOutbox, notifications } from "../schema";

// Fictional export-control records for the demo university (issue 4): 該非判定 records (approved 非該当,
// approved 該当, a draft) and 取引審査 at two stages, one entered by the URA on a researcher's behalf.

export interface DemoPeople {
  institutionId: string;
  researcher: { id: string; name: string; departmentId: string };
  coordinator: { id: string; name: string; departmentId: string };
  officer: { id: string; name: string; departmentId: string };
  head: { id: string; name: string; departmentId: string };
}

function actor(
  institutionId: string,
  role: Role,
  p: { id: string; name: string; departmentId: string },
): Actor {
  return {
    userId: p.id,
    institutionId,
    role,
    displayName: p.name,
    email: "",
    departmentId: p.departmentId,
    csrfToken: "",
    sessionHash: "",
    consultable: [],
    can: (perm) => hasPermission(role, perm),
  };
}

export async function seedExportControlDemo(deps: Deps, people: DemoPeople) {
  const inst = people.institutionId;
  const researcher = actor(inst, "researcher", people.researcher);
  const coordinator = actor(inst, "coordinator", people.coordinator);
  const officer = actor(inst, "export_control_officer", people.officer);
  const head = actor(inst, "department_head", people.head);
  const cl = createClassificationsService(deps);
  const rv = createTransactionReviewsService(deps);

  const scope = await cl.create(researcher, {
    itemKind: "goods",
    name: "デジタルオシロスコープ（中古）",
    model: "DSO-2000X",
    manufacturer: "架空計測株式会社",
    description: "研究室で使用していた汎用オシロスコープ。海外の共同研究先へ寄贈予定。",
    listItem: "16",
    listClause: "輸出令別表第1 7項 / 貨物等省令第6条",
    determination: "not_applicable",
    parameters: [
      {
        clause: "7項 オシロスコープ",
        listText: "実時間帯域幅・サンプリング速度が規定値を超えるもの",
        specification: "帯域幅 200 MHz、サンプリング 2 GS/s（規定値未満）",
        result: "not_applicable",
      },
    ],
    basis: "規制値を下回るため1〜15項に非該当。HS 9030.20 のため16項(1)の対象。",
    assessedOn: null,
  });
  await cl.submit(researcher, scope);
  await cl.approve(officer, scope, { reason: "メーカーの該非判定書と一致" });

  const adc = await cl.create(researcher, {
    itemKind: "technology",
    name: "高速A/Dコンバータの回路設計データ",
    model: "設計版 v3",
    manufacturer: null,
    description: "共同研究で開発中の高速A/Dコンバータの回路図・レイアウト（未公開）",
    listItem: "7",
    listClause: "外為令別表 7項 / 貨物等省令第19条",
    determination: "applicable",
    parameters: [
      {
        clause: "7項(1) A/Dコンバータ",
        listText: "分解能・変換速度が規定値を超えるA/Dコンバータの設計に必要な技術",
        specification: "分解能 12 bit、変換速度 3 GS/s",
        result: "applicable",
      },
    ],
    basis: "規定値を超える性能のA/Dコンバータの設計技術のため7項に該当。",
    assessedOn: null,
  });
  await cl.submit(researcher, adc);
  await cl.approve(officer, adc, { reason: "規定値を超える性能のため7項に該当することを確認" });

  await cl.create(researcher, {
    itemKind: "sample",
    name: "合成ペプチド試料",
    model: null,
    manufacturer: null,
    description: "共同研究先へ送付予定の試料（判定作業中）",
    listItem: null,
    listClause: null,
    determination: "out_of_scope",
    parameters: [],
    basis: "",
    assessedOn: null,
  });

  const donation = await rv.create(researcher, {
    title: "英国の大学へのオシロスコープ寄贈",
    description: "共同研究先の大学へ中古のオシロスコープを1台寄贈する。",
    applicantId: null,
    caseId: null,
    counterpartyName: "University of Example (fictional)",
    counterpartyCountry: "GB",
    plannedOn: null,
    facts: {
      activity: "goods_export",
      provision: { destinationCountry: "GB" },
      item: { hsCode: "9030.20" },
      endUser: { eulCategories: [], informNotice: false },
    },
    selfCheck: { confirmedAccurate: true, notes: "" },
    classificationIds: [scope],
  });
  await rv.submit(researcher, donation);
  await rv.approveAtDepartment(head, donation, "研究目的の寄贈と確認");
  await rv.decide(officer, donation, {
    decision: "approved",
    decisionBody: "officer",
    reason: "研究目的の寄贈で、非該当品のため許可不要",
    conditions: null,
  });

  const visit = await rv.create(coordinator, {
    title: "訪問研究員への設計データの提示",
    description: "中国の大学から来日した訪問研究員に、研究室内で回路設計データを提示する。",
    applicantId: people.researcher.id,
    caseId: null,
    counterpartyName: "Example University of Technology (fictional)",
    counterpartyCountry: "CN",
    plannedOn: null,
    facts: {
      activity: "technology_provision",
      recipient: {
        nationality: "CN",
        employedInJapan: false,
        employerCountry: "CN",
        entryDate: "2026-06-01",
        tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
      },
      provision: { place: "JP", channels: ["in_person"] },
      item: { published: false, purpose: "product_development" },
    },
    selfCheck: { confirmedAccurate: true, notes: "誓約書は受入時に取得済み" },
    classificationIds: [adc],
  });
  await rv.submit(researcher, visit);

  // The active demo case's contract waited for this review (seed 001 §IV.2-9): filed for the case,
  // decided "no licence" for sample exchange with a German institute (Group A).
  const [active] = await deps.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.institutionId, inst), eq(cases.title, "高容量電極材料の共同研究")));
  if (active) {
    const contract = await rv.create(coordinator, {
      title: "高容量電極材料の共同研究（契約前の取引審査）",
      description:
        "共同研究先の研究所と試料・評価データを交換する。提供する技術は公知の範囲と基礎研究に限る。",
      applicantId: people.researcher.id,
      caseId: active.id,
      counterpartyName: "Fraunhold-Institut für Werkstoffe",
      counterpartyCountry: "DE",
      plannedOn: null,
      facts: {
        activity: "technology_provision",
        provision: { destinationCountry: "DE", place: "DE", channels: ["electronic"] },
        item: { published: false, purpose: "basic_science" },
      },
      selfCheck: { confirmedAccurate: true, notes: "" },
      classificationIds: [],
    });
    await rv.submit(researcher, contract);
    await rv.approveAtDepartment(head, contract);
    await rv.decide(officer, contract, {
      decision: "approved",
      decisionBody: "officer",
      reason: "基礎科学分野の研究活動の範囲で、グループAの研究機関への提供。許可不要。",
      conditions: null,
    });
  }
  // The demo's history happened "before": nobody is notified and no mail is queued for fictional users.
  const seeded = (kind: typeof notifications.kind | typeof mailOutbox.kind) =>
    or(like(kind, "export.%"), eq(kind, "case.export_review_decided"));
  await deps.db
    .delete(notifications)
    .where(and(eq(notifications.institutionId, inst), seeded(notifications.kind)));
  await deps.db.delete(mailOutbox).where(and(eq(mailOutbox.institutionId, inst), seeded(mailOutbox.kind)));
}
