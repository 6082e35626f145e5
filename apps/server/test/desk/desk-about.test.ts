import { DESK_ABOUT_KINDS, type DeskAboutKind } from "@renkei/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { departments, users } from "../../src/db/schema";
import { newCase, newPartner, SCIENCE } from "../cases/case-setup";
import { addInstitution, OFFICER, tripPlan } from "../ec-workflows/support";
import { oscilloscopeRecord } from "../export-control/fixtures";
import { createTestApp, email, type TestUser } from "../harness";
import { addDemoUser, shortVisit } from "./desk-setup";

/**
 * "Ask the desk" from any record (issue 17 item 2): the question is accepted only about a record of the
 * caller's institution that the caller may read on its own page, and shows that record by its human name.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;

interface Fixture {
  /** Who asks, and a record they may read. */
  asker: TestUser;
  readable: string;
  /** Words the label must show (the record's number or name). */
  label: string[];
  /** A record of the same institution the asker may not read, and a record of another institution. */
  unreadable: { asker: TestUser; id: string };
  foreign: string;
}

const fixtures = {} as Record<DeskAboutKind, Fixture>;

const review = (title: string) => ({
  title,
  description: "研究室内で設計データを閲覧させる",
  counterpartyName: null,
  counterpartyCountry: null,
  plannedOn: null,
  caseId: null,
  facts: {},
  selfCheck: { confirmedAccurate: false, notes: "" },
});

const secretItem = (title: string, responsibleUserId: string) => ({
  title,
  description: "",
  level: 2,
  origin: "received",
  direction: "received",
  storageKind: "paper",
  storageLocation: "工学部3号館 金庫",
  responsibleUserId,
});

async function created(res: Promise<{ status: number; json: { id: string }; text: string }>) {
  const r = await res;
  if (r.status !== 201) {
    throw new Error(`fixture: ${r.status} ${r.text}`);
  }
  return r.json.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const researcher = await t.signIn(email("researcher"));
  const coordinator = await t.signIn(email("coordinator"));
  const student = await t.signIn(email("student"));
  const legal = await t.signIn(email("legal-ip"));
  const officer = await t.signIn(OFFICER);
  const colleague = await addDemoUser(t, "researcher", "desk-about-colleague");
  const other = await addInstitution(t, "deskabout", ["researcher", "coordinator", "export_control_officer"]);
  // The other institution's researcher belongs to a department (a 取引審査 needs the applicant's one).
  const [dept] = await t.deps.db
    .insert(departments)
    .values({ institutionId: other.id, nameJa: "理学部", nameEn: "Science" })
    .returning();
  await t.deps.db
    .update(users)
    .set({ departmentId: dept!.id })
    .where(eq(users.email, "researcher@deskabout.example"));
  const [theirResearcher, theirCoordinator, theirOfficer] = await Promise.all([
    other.signIn("researcher"),
    other.signIn("coordinator"),
    other.signIn("export_control_officer"),
  ]);

  const partnerId = await newPartner(coordinator, { legalName: "Versuchswerk Desk GmbH" });
  const theirPartner = await newPartner(theirCoordinator);
  const caseId = await newCase(coordinator, researcher.user.id, [partnerId], { title: "相談元の共同研究" });
  const colleagueCase = await newCase(coordinator, colleague.user.id, [], {
    title: "他の研究者の案件",
    departmentIds: [SCIENCE],
  });
  const theirCase = await newCase(theirCoordinator, theirResearcher.user.id, [], {
    departmentIds: [dept!.id],
  });
  const caseRef = (await researcher.get(`/api/v1/cases/${caseId}`)).json.ref as string;

  const tripOf = async (u: TestUser) => created(u.post("/api/v1/trips", tripPlan()));
  const tripId = await tripOf(researcher);
  const tripRef = (await researcher.get(`/api/v1/trips/${tripId}`)).json.ref as string;

  const classification = (u: TestUser) =>
    created(u.post("/api/v1/export-control/classifications", oscilloscopeRecord));
  const classificationId = await classification(researcher);
  const clRef = (await researcher.get(`/api/v1/export-control/classifications/${classificationId}`)).json
    .refNo as string;

  const reviewOf = (u: TestUser, title: string) =>
    created(u.post("/api/v1/export-control/reviews", review(title)));
  const reviewId = await reviewOf(researcher, "見学者への試作品の説明");
  const rvRef = (await researcher.get(`/api/v1/export-control/reviews/${reviewId}`)).json.refNo as string;

  const licence = (u: TestUser) =>
    created(
      u.post("/api/v1/licences", { title: "レーザー設計技術の提供（架空）", metiNumber: "KEI-2026-77" }),
    );

  fixtures.case = {
    asker: researcher,
    readable: caseId,
    label: [caseRef, "相談元の共同研究"],
    unreadable: { asker: researcher, id: colleagueCase },
    foreign: theirCase,
  };
  fixtures.partner = {
    asker: researcher,
    readable: partnerId,
    label: ["Versuchswerk Desk GmbH"],
    // Need to know: a student reaches only the partners of their own cases (the partner page's rule).
    unreadable: { asker: student, id: partnerId },
    foreign: theirPartner,
  };
  fixtures.visitor = {
    asker: researcher,
    readable: await created(researcher.post("/api/v1/visitors", shortVisit("Anna Schmidt"))),
    label: ["Anna Schmidt", "Nordwerk"],
    unreadable: {
      asker: researcher,
      id: await created(colleague.post("/api/v1/visitors", shortVisit("Berta Colleague"))),
    },
    foreign: await created(theirResearcher.post("/api/v1/visitors", shortVisit("Carl Other"))),
  };
  fixtures.trip = {
    asker: researcher,
    readable: tripId,
    label: [tripRef, "Boston"],
    unreadable: { asker: researcher, id: await tripOf(colleague) },
    foreign: await tripOf(theirResearcher),
  };
  fixtures.review = {
    asker: researcher,
    readable: reviewId,
    label: [rvRef, "見学者への試作品の説明"],
    unreadable: { asker: researcher, id: await reviewOf(colleague, "同僚の取引審査") },
    foreign: await reviewOf(theirResearcher, "他大学の取引審査"),
  };
  fixtures.classification = {
    asker: researcher,
    readable: classificationId,
    label: [clRef, "デジタルオシロスコープ"],
    // A student holds no export.read: the classification page is closed to them.
    unreadable: { asker: student, id: classificationId },
    foreign: await classification(theirResearcher),
  };
  fixtures.licence = {
    asker: legal,
    readable: await licence(officer),
    label: ["KEI-2026-77", "レーザー設計技術の提供"],
    // A researcher holds no licence.read.
    unreadable: { asker: researcher, id: await licence(officer) },
    foreign: await licence(theirOfficer),
  };
  fixtures.secret = {
    asker: researcher,
    readable: await created(
      coordinator.post("/api/v1/secrets/items", secretItem("受領した試作品の仕様書", researcher.user.id)),
    ),
    label: ["受領した試作品の仕様書"],
    unreadable: {
      asker: researcher,
      id: await created(
        coordinator.post("/api/v1/secrets/items", secretItem("他社の工程表", coordinator.user.id)),
      ),
    },
    foreign: await created(
      theirCoordinator.post("/api/v1/secrets/items", secretItem("他大学の秘密", theirCoordinator.user.id)),
    ),
  };
  const declaration = (u: TestUser) =>
    created(u.post("/api/v1/coi/declarations", { trigger: "new_activity" }));
  fixtures.coi_declaration = {
    asker: researcher,
    readable: await declaration(researcher),
    label: ["利益相反の申告 / COI declaration 2026-11-21"],
    // Another researcher's declaration is theirs and the committee's alone.
    unreadable: { asker: researcher, id: await declaration(colleague) },
    foreign: await declaration(theirResearcher),
  };
});
afterAll(() => t.close());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function countMine(u: TestUser) {
  return ((await u.get("/api/v1/desk/questions")).json.items as unknown[]).length;
}

const ask = (u: TestUser, kind: DeskAboutKind, id: string) =>
  u.post("/api/v1/desk/questions", {
    topic: "export_control",
    subject: "この記録について確認したい",
    body: "扱い方を教えてください。",
    about: { kind, id },
  });

// Every kind a question may be asked from (a new kind without a fixture fails here).
describe.each(DESK_ABOUT_KINDS)("asking the desk about a %s", (kind) => {
  it("is accepted about a readable record, shown by its name or number (never an id)", async () => {
    const f = fixtures[kind];
    const res = await ask(f.asker, kind, f.readable);
    expect(res.status).toBe(201);
    const q = (await f.asker.get(`/api/v1/desk/questions/${res.json.id}`)).json;
    expect(q.about).toMatchObject({ kind, id: f.readable });
    for (const word of f.label) {
      expect(q.about.label).toContain(word);
    }
    expect(q.about.label).not.toMatch(UUID);
    const listed = await f.asker.get(`/api/v1/desk/questions?aboutKind=${kind}&aboutId=${f.readable}`);
    expect(listed.json.items.map((i: { id: string }) => i.id)).toContain(res.json.id);
  });

  it("refuses a record the asker may not read, and one of another institution, writing nothing", async () => {
    const f = fixtures[kind];
    for (const [asker, id] of [
      [f.unreadable.asker, f.unreadable.id],
      [f.asker, f.foreign],
    ] as const) {
      const before = await countMine(asker);
      const res = await ask(asker, kind, id);
      expect(res.status).toBe(400);
      expect(res.json.error.details.issues[0].path).toBe("about.id");
      expect(await countMine(asker)).toBe(before);
    }
  });
});
