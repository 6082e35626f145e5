import { addDays, addMonths, ZTripPlan } from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../../deps";
import { createLicencesService } from "../../features/licences/licences.service";
import { createTripsService } from "../../features/trips/trips.service";
import { createVisitorsService, type VisitorValues } from "../../features/visitors/visitors.service";
import type { Actor } from "../../http/context";
import { mailOutbox, notifications } from "../schema";
import { demoActor } from "./demo-ip";

/**
 * Fictional export-control workflow records for the demo institution (issue 4): visitors at each stage
 * (one reaching the 6-month mark in 10 days), trips at every status, and licences — one granted licence
 * 20 days from expiry. Every person and organisation here is invented. Dates are relative to the clock,
 * so the demo stays current. Created through the services, so each record has its audit trail.
 */
export async function seedEcWorkflowsDemo(deps: Deps, institutionId: string): Promise<void> {
  const researcher = await demoActor(deps, institutionId, "researcher");
  const student = await demoActor(deps, institutionId, "student");
  const officer = await demoActor(deps, institutionId, "export-control");
  const today = deps.clock.today();
  await seedVisitors(deps, { researcher, student, officer }, today);
  await seedTripsAndLicences(deps, { researcher, officer }, today);
  // Seeding is not news: the services notified and queued mail as they would for real changes; the demo
  // starts with an empty bell and outbox (the records and their audit trail stay).
  const seeded = inArray(notifications.kind, SEED_NOTICE_KINDS);
  await deps.db.delete(notifications).where(and(eq(notifications.institutionId, institutionId), seeded));
  await deps.db
    .delete(mailOutbox)
    .where(and(eq(mailOutbox.institutionId, institutionId), inArray(mailOutbox.kind, SEED_NOTICE_KINDS)));
}

/** A visiting researcher employed abroad entering on `entry`: non-resident, 類型① by contract. */
export function visitingDeclaration(country: string, entry: string) {
  return {
    nationality: country,
    entryDate: entry,
    employedInJapan: false,
    employerCountry: country,
    tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
  };
}

const SEED_NOTICE_KINDS = [
  "visitor.filed",
  "visitor.decided",
  "visitor.reopened",
  "trip.submitted",
  "trip.decided",
  "licence.status_changed",
];

async function seedVisitors(
  deps: Deps,
  a: { researcher: Actor; student: Actor; officer: Actor },
  today: string,
) {
  const visitors = createVisitorsService(deps);
  const base = { nameEn: null, email: null, hostUserId: null, purpose: "" };
  const v = (values: Partial<VisitorValues> & Pick<VisitorValues, "kind" | "fullName" | "declaration">) => ({
    ...base,
    homeOrganisation: "",
    homeCountry: null,
    stayFrom: null,
    stayUntil: null,
    ...values,
  });

  // Reaches the 6-month mark in 10 days: the daily job will re-open it as a resident.
  const entry = addDays(addMonths(today, -6), 10);
  await visitors.create(
    a.researcher,
    v({
      kind: "visiting_researcher",
      fullName: "張 敏（架空）",
      nameEn: "Zhang Min",
      homeOrganisation: "East Lake Institute of Technology (fictional)",
      homeCountry: "CN",
      purpose: "高分子材料の共同研究（客員研究員）",
      stayFrom: entry,
      stayUntil: addMonths(entry, 12),
      declaration: visitingDeclaration("CN", entry),
    }),
  );

  // A government-scholarship PhD student, resident for a year: 類型② presumed (spec §10 C11), pledged, accepted.
  const studentId = await visitors.create(
    a.student,
    v({
      kind: "student",
      fullName: "Nguyen Thi Lan（架空）",
      homeCountry: "VN",
      purpose: "博士後期課程（工学研究科）",
      stayFrom: addMonths(today, -12),
      stayUntil: addMonths(today, 24),
      declaration: {
        nationality: "VN",
        entryDate: addMonths(today, -12),
        tokutei: { foreignEmploymentContract: false, foreignGovScholarship: true },
      },
    }),
  );
  await visitors.recordPledge(a.student, studentId, {
    kind: "tokutei_declaration",
    tokuteiAnswer: "T2",
    signedName: "Nguyen Thi Lan",
    signedOn: today,
  });
  await visitors.recordPledge(a.student, studentId, {
    kind: "fefta_compliance",
    tokuteiAnswer: null,
    signedName: "Nguyen Thi Lan",
    signedOn: today,
  });
  await visitors.decide(a.officer, studentId, {
    decision: "accept",
    reason: "類型②該当。リスト規制技術の提供時は許可申請が必要（指導教員に周知済み）。",
    comment: "",
  });

  // A Japanese postdoc with an approved 兼業 at a foreign university and no priority agreement (C05).
  const postdocId = await visitors.create(
    a.researcher,
    v({
      kind: "staff",
      fullName: "森 健太（架空）",
      homeOrganisation: "連携大学（デモ）",
      homeCountry: "JP",
      purpose: "特任助教（兼業先: Northbridge University, fictional）",
      declaration: {
        nationality: "JP",
        employedInJapan: true,
        tokutei: { foreignEmploymentContract: true, priorityAgreement: false },
      },
    }),
  );
  await visitors.decide(a.officer, postdocId, {
    decision: "request_info",
    reason: "兼業先との契約書と、本学の指揮命令を優先する合意の有無を提出してください。",
    comment: "",
  });

  // A two-day lab visit: not under the institution's direction, no pledge needed.
  const shortId = await visitors.create(
    a.researcher,
    v({
      kind: "short_visitor",
      fullName: "Anna Keller（架空）",
      homeOrganisation: "Kesselbach Analytik GmbH (fictional)",
      homeCountry: "DE",
      purpose: "研究室見学（公開情報のみ）",
      stayFrom: addDays(today, 14),
      stayUntil: addDays(today, 15),
      declaration: { nationality: "DE", entryDate: addDays(today, 13), tokutei: {} },
    }),
  );
  await visitors.decide(a.officer, shortId, {
    decision: "accept",
    reason: "公開情報のみの研究室見学",
    comment: "",
  });
}

async function seedTripsAndLicences(deps: Deps, a: { researcher: Actor; officer: Actor }, today: string) {
  const trips = createTripsService(deps);
  const licences = createLicencesService(deps);
  const plan = (p: Record<string, unknown>) =>
    ZTripPlan.parse({ departOn: addDays(today, 20), returnOn: addDays(today, 25), ...p });
  const paper = {
    description: "発表論文（公開済み）",
    mode: "presented",
    classification: "none",
    published: true,
    purpose: "publication",
  };

  // submitted
  await trips.create(
    a.researcher,
    plan({
      destinationCountry: "US",
      destinationCity: "Boston",
      purpose: "国際学会（Open Materials Conference, fictional）で口頭発表",
      meetings: [{ organisation: "Open Materials Conference (fictional)", country: "US" }],
      items: [paper],
    }),
  );
  // more information requested
  const moreInfo = await trips.create(
    a.researcher,
    plan({
      destinationCountry: "SG",
      destinationCity: "Singapore",
      purpose: "共同研究先との打合せ",
      meetings: [
        { name: "Dr. Tan (fictional)", organisation: "Lion City Polytechnic (fictional)", country: "SG" },
      ],
      items: [{ description: "測定データ（未公開）", mode: "carried" }],
    }),
  );
  await trips.decide(a.officer, moreInfo.id, {
    decision: "request_info",
    reason: "持参するデータの該非判定結果を記入してください。",
    comment: "",
  });
  // cleared with a licence that expires in 20 days (the trip ends before it)
  const licensed = await trips.create(
    a.researcher,
    plan({
      departOn: addDays(today, 10),
      returnOn: addDays(today, 15),
      destinationCountry: "DE",
      destinationCity: "München",
      purpose: "共同研究先での技術指導",
      meetings: [{ organisation: "Kesselbach Analytik GmbH (fictional)", country: "DE" }],
      items: [
        {
          description: "レーザー光源の設計資料（未公開）",
          mode: "carried",
          classification: "10",
          purpose: "product_development",
        },
      ],
    }),
  );
  const granted = await licences.create(a.officer, {
    title: "レーザー光源設計技術の提供（ドイツ）",
    metiNumber: null,
    filedOn: null,
    decidedOn: null,
    validFrom: null,
    validUntil: null,
    conditions: "提供先は Kesselbach Analytik GmbH の研究開発部門に限る。再提供禁止。",
    linkKind: "trip",
    linkRef: licensed.ref,
    holderUserId: a.researcher.userId,
    notes: "",
  });
  const filed = await licences.transition(a.officer, granted.id, {
    to: "filed",
    version: granted.version,
    metiNumber: null,
    filedOn: addMonths(today, -3),
    decidedOn: null,
    validFrom: null,
    validUntil: null,
  });
  await licences.transition(a.officer, granted.id, {
    to: "granted",
    version: filed.version,
    metiNumber: "経産第2026-0123号（架空）",
    filedOn: null,
    decidedOn: addMonths(today, -1),
    validFrom: addMonths(today, -1),
    validUntil: addDays(today, 20),
  });
  await trips.decide(a.officer, licensed.id, {
    decision: "clear",
    reason: "個別許可（経産第2026-0123号）の範囲内。",
    comment: "",
  });
  // refused
  const refused = await trips.create(
    a.researcher,
    plan({
      destinationCountry: "RU",
      destinationCity: "Novosibirsk",
      purpose: "研究所訪問",
      meetings: [{ organisation: "Siberian Instruments Institute (fictional)", country: "RU" }],
      items: [
        { description: "装置の制御ソフトウェア", mode: "sent", classification: "16", purpose: "other" },
      ],
    }),
  );
  await trips.decide(a.officer, refused.id, {
    decision: "refuse",
    reason: "ロシア向け措置の対象となるおそれがあるため不可。",
    comment: "",
  });
  // withdrawn
  const withdrawn = await trips.create(
    a.researcher,
    plan({ destinationCountry: "KR", destinationCity: "Daejeon", purpose: "学会参加", items: [paper] }),
  );
  await trips.withdraw(a.researcher, withdrawn.id, "学会がオンライン開催になったため");

  // A licence being drafted and one filed with METI.
  await licences.create(a.officer, {
    title: "試料（化学物質）の輸出（台湾）",
    metiNumber: null,
    filedOn: null,
    decidedOn: null,
    validFrom: null,
    validUntil: null,
    conditions: "",
    linkKind: "transaction",
    linkRef: null,
    holderUserId: a.researcher.userId,
    notes: "該非判定の確認待ち",
  });
  const pending = await licences.create(a.officer, {
    title: "解析ソフトウェアの提供（インド）",
    metiNumber: null,
    filedOn: null,
    decidedOn: null,
    validFrom: null,
    validUntil: null,
    conditions: "",
    linkKind: "other",
    linkRef: null,
    holderUserId: null,
    notes: "",
  });
  await licences.transition(a.officer, pending.id, {
    to: "filed",
    version: pending.version,
    metiNumber: null,
    filedOn: addDays(today, -14),
    decidedOn: null,
    validFrom: null,
    validUntil: null,
  });
}
