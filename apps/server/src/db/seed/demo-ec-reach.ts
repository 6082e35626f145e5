import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { addDays, addMonths, fiscalYearOf, type PartyScreening, ZTripPlan } from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../../deps";
import { createListSourcesService } from "../../features/ec-reach/list-sources.service";
import { createOwnershipService } from "../../features/ec-reach/ownership.service";
import { createRecordsService } from "../../features/ec-reach/records.service";
import { createSelfAuditService } from "../../features/ec-reach/self-audit.service";
import { createPartnersService } from "../../features/partners/partners.service";
import { createReviewService } from "../../features/screening/review.service";
import { decideTripMatch } from "../../features/trips/trip-screening.service";
import { createTripsService } from "../../features/trips/trips.service";
import { createVisitorsService } from "../../features/visitors/visitors.service";
import type { Actor } from "../../http/context";
import { mailOutbox, notifications, screeningHits, trips } from "../schema";
import { visitingDeclaration } from "./demo-ec-workflows";
import { demoActor } from "./demo-ip";

// Fictional demo records of issue 15 (export control reaches every person and party), so each of its
// pages shows something: appointments with their history, this year's self-audit partly answered, a
// list fetched on a schedule from a file, a partner majority-owned by a party on that (own) list, a
// trip to a listed counterpart held, a visitor whose home institution is screened, and a travel-payment
// import with a payment that has no clearance. Every name here is invented; no real list content.

/** The office's own list, fetched from a file by the list source (format `csv`). */
export const DEMO_OWN_LIST_NAME = "輸出管理室 追加監視リスト（架空・デモ）";
const DEMO_OWN_LIST_CSV = `id,name,aliases,country,type,notes
K-001,Koschei Strategic Holdings Ltd,Koschei Holdings;コシチェイ・ストラテジック・ホールディングス,CY,organization,架空のデモ項目：軍需関連企業の持株会社とされる
`;
/** The listed owner and the demo partner it owns 60 % of (both fictional). */
export const DEMO_LISTED_OWNER = "Koschei Strategic Holdings Ltd";
export const DEMO_OWNED_PARTNER = "Severo Optika LLC";
/** The trip counterpart on the demo watch list and the demo End User List (demo-screening.ts). */
export const DEMO_HELD_COUNTERPART = "Arrakan Defense Systems FZE";

export async function seedEcReachDemo(deps: Deps, institutionId: string): Promise<void> {
  const officer = await demoActor(deps, institutionId, "export-control");
  const researcher = await demoActor(deps, institutionId, "researcher");
  const executive = await demoActor(deps, institutionId, "executive");
  const head = await demoActor(deps, institutionId, "department-head");
  const coordinator = await demoActor(deps, institutionId, "coordinator");
  const before = await noticeIds(deps, institutionId);
  await seedRecords(deps, { officer, executive, head });
  await seedListSourceAndOwnership(deps, { officer, coordinator });
  await seedTripAndVisitor(deps, { officer, researcher });
  await seedPayments(deps, { officer, researcher });
  // Seeding is not news: the hits and decisions above notified as real ones would; the demo starts
  // quiet. Only what this seed queued goes (the other demos' notices stay).
  const after = await noticeIds(deps, institutionId);
  const mine = (ids: string[], kept: Set<string>) => ids.filter((id) => !kept.has(id));
  const newNotices = mine(after.notices, new Set(before.notices));
  const newMail = mine(after.mail, new Set(before.mail));
  if (newNotices.length > 0) {
    await deps.db.delete(notifications).where(inArray(notifications.id, newNotices));
  }
  if (newMail.length > 0) {
    await deps.db.delete(mailOutbox).where(inArray(mailOutbox.id, newMail));
  }
}

async function noticeIds(deps: Deps, institutionId: string) {
  const notices = await deps.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.institutionId, institutionId));
  const mail = await deps.db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(eq(mailOutbox.institutionId, institutionId));
  return { notices: notices.map((n) => n.id), mail: mail.map((m) => m.id) };
}

/** Appointments (C1) with a change of 該非確認責任者, and this fiscal year's self-audit half answered (C12). */
async function seedRecords(deps: Deps, a: { officer: Actor; executive: Actor; head: Actor }) {
  const records = createRecordsService(deps);
  await records.appoint(a.officer, {
    post: "chief_officer",
    userId: a.executive.userId,
    fromDate: "2024-04-01",
    note: "学長の指名により研究担当理事が務める（輸出管理規程 第4条）",
  });
  await records.appoint(a.officer, {
    post: "classification_officer",
    userId: a.head.userId,
    fromDate: "2023-04-01",
    note: "",
  });
  await records.appoint(a.officer, {
    post: "classification_officer",
    userId: a.officer.userId,
    fromDate: "2024-10-01",
    note: "安全保障輸出管理室長の着任に伴い交代",
  });
  const audits = createSelfAuditService(deps);
  const today = deps.clock.today();
  const year = fiscalYearOf(today);
  const checkedOn = `${year}-06-15`;
  const yes = (evidence: string) => ({ answer: "yes" as const, evidence, checkedOn, note: "" });
  await audits.save(a.officer, year, {
    version: 0,
    complete: false,
    answers: {
      "appoint-chief": yes("理事会議事録（統括責任者の指名）、輸出管理規程 第4条"),
      "appoint-classification": yes("学長通知（該非確認責任者の指名）"),
      "rules-current": yes(`輸出管理規程（${year}年4月改正版）`),
      "records-kept": yes("該非判定・取引審査の記録（本システム）、保存期間7年"),
      "internal-audit": {
        answer: "na",
        evidence: "",
        checkedOn,
        note: "内部監査は下半期に実施予定（監査室と日程調整中）",
      },
    },
  });
}

/**
 * A list source reading a file the server can reach (item 6), fetched once; the listed owner becomes
 * a partner whose hit the officer confirms, and a demo partner is entered as 60 % owned by it (item 5).
 */
async function seedListSourceAndOwnership(deps: Deps, a: { officer: Actor; coordinator: Actor }) {
  const file = path.join(await listDir(deps), "demo-own-list.csv");
  await writeFile(file, DEMO_OWN_LIST_CSV);
  const sources = createListSourcesService(deps);
  const sourceId = await sources.create(a.officer, {
    listName: DEMO_OWN_LIST_NAME,
    format: "csv",
    locations: [file],
    intervalHours: 24,
    enabled: true,
  });
  await sources.fetchNow(a.officer, sourceId);

  const partners = createPartnersService(deps);
  const base = {
    aliases: [],
    type: "company" as const,
    corporateNumber: null,
    parentName: null,
    controllingOwner: null,
    foreignGovControl: false,
    stateOwned: false,
    japanPresence: "none" as const,
    website: null,
    ownerUserId: null,
    notes: "デモ用の架空の組織",
  };
  const owner = await partners.create(a.coordinator, {
    ...base,
    legalName: DEMO_LISTED_OWNER,
    nameEn: DEMO_LISTED_OWNER,
    nameRomanized: null,
    country: "CY",
  });
  const owned = await partners.create(a.coordinator, {
    ...base,
    legalName: DEMO_OWNED_PARTNER,
    nameEn: DEMO_OWNED_PARTNER,
    nameRomanized: null,
    country: "AM",
  });
  const review = createReviewService(deps);
  const pending = await deps.db
    .select({ id: screeningHits.id })
    .from(screeningHits)
    .where(and(eq(screeningHits.subjectId, owner), eq(screeningHits.status, "pending")));
  for (const h of pending) {
    await review.decide(a.officer, h.id, {
      decision: "true_match",
      reason: "所在地・登記番号がリスト項目と一致（デモ）",
    });
  }
  await createOwnershipService(deps).add(a.officer, owned, {
    relation: "ownership",
    ownerName: DEMO_LISTED_OWNER,
    ownerKind: "organisation",
    ownerCountry: "CY",
    ownerPartnerId: owner,
    share: 60,
    startDate: "2021-03-01",
    endDate: null,
    source: "商業登記簿の写し（架空）",
  });
}

/** The data directory when it is writable (a real start), else a temporary one (tests). */
async function listDir(deps: Deps): Promise<string> {
  const dir = path.join(deps.config.dataDir, "list-sources");
  try {
    await mkdir(dir, { recursive: true });
    return dir;
  } catch {
    return mkdtemp(path.join(tmpdir(), "renkei-demo-lists-"));
  }
}

/** A trip to a counterpart on the demo lists, its hits confirmed (held), and a screened visitor (B3, B4). */
async function seedTripAndVisitor(deps: Deps, a: { officer: Actor; researcher: Actor }) {
  const today = deps.clock.today();
  const trip = await createTripsService(deps).create(
    a.researcher,
    ZTripPlan.parse({
      departOn: addDays(today, 30),
      returnOn: addDays(today, 34),
      destinationCountry: "AE",
      destinationCity: "Abu Dhabi",
      purpose: "展示会で共同研究候補と面談（架空）",
      meetings: [{ organisation: DEMO_HELD_COUNTERPART, country: "AE" }],
      items: [{ description: "研究紹介のスライド（公開済み）", mode: "presented", published: true }],
    }),
  );
  const [row] = await deps.db
    .select({ s: trips.counterpartScreening })
    .from(trips)
    .where(eq(trips.id, trip.id));
  const matches = (row?.s as PartyScreening | null)?.parties[0]?.matches ?? [];
  for (const [matchIndex] of matches.entries()) {
    await decideTripMatch(deps, a.officer, trip.id, {
      partyIndex: 0,
      matchIndex,
      decision: "true_match",
      reason: "社名・所在国がリスト項目と一致（デモ）",
    });
  }
  const entry = addMonths(today, -1);
  await createVisitorsService(deps).create(a.researcher, {
    kind: "visiting_researcher",
    fullName: "劉 洋（架空）",
    nameEn: "Liu Yang",
    email: null,
    hostUserId: null,
    homeOrganisation: "National Fictional Aerospace Research Academy",
    homeCountry: "CN",
    purpose: "複合材料の評価手法に関する研究打合せ（客員）",
    stayFrom: entry,
    stayUntil: addMonths(entry, 3),
    declaration: visitingDeclaration("CN", entry),
  });
}

/** The finance system's travel payments (O4): one covered by the cleared trip, one with no clearance. */
async function seedPayments(deps: Deps, a: { officer: Actor; researcher: Actor }) {
  const [cleared] = await deps.db
    .select()
    .from(trips)
    .where(
      and(
        eq(trips.institutionId, a.officer.institutionId),
        eq(trips.travellerId, a.researcher.userId),
        eq(trips.status, "cleared"),
      ),
    )
    .limit(1);
  const today = deps.clock.today();
  const rows = [
    "payment_ref,traveller_email,traveller_name,destination_country,depart_on,return_on,trip_ref,amount_yen,paid_on",
    `DEMO-PAY-002,${a.researcher.email},${a.researcher.displayName},FR,${addDays(today, -40)},${addDays(today, -35)},,182000,${addDays(today, -20)}`,
  ];
  if (cleared) {
    rows.push(
      `DEMO-PAY-001,${a.researcher.email},${a.researcher.displayName},${cleared.destinationCountry},${cleared.departOn},${cleared.returnOn},${cleared.ref},265000,${today}`,
    );
  }
  await createRecordsService(deps).importPayments(a.officer, "旅費支払データ（デモ）.csv", rows.join("\n"));
}
