import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions } from "../../src/db/schema";
import { createUser } from "../../src/features/users/users.service";
import { createTestApp, email, type TestUser } from "../harness";
import { ENGINEERING, newCase, newPartner, placeCase, SCIENCE, type TestApp } from "./case-setup";

let t: TestApp;
let coord: TestUser;
let pi: TestUser;
let outsider: TestUser;
let caseId: string;
let sciCase: string;
let partnerId: string;

beforeAll(async () => {
  t = await createTestApp();
  const [other] = await t.deps.db
    .insert(institutions)
    .values({ code: "other", nameJa: "別大学", nameEn: "Other University" })
    .returning();
  await t.deps.db.transaction((tx) =>
    createUser(
      tx,
      t.deps,
      { userId: null, label: "test" },
      {
        institutionId: other!.id,
        email: "coordinator@other.example",
        displayName: "他大学 URA",
        role: "coordinator",
        password: "other-password-1",
      },
    ),
  );
  coord = await t.signIn(email("coordinator"));
  pi = await t.signIn(email("researcher"));
  outsider = await t.signIn("coordinator@other.example", "other-password-1");
  partnerId = await newPartner(coord);
  caseId = await newCase(coord, pi.user.id, [partnerId], { title: "アクセス確認用の案件" });
  // A case of another department whose PI is not the demo researcher.
  sciCase = await newCase(coord, coord.user.id, [partnerId], {
    title: "理学の案件",
    departmentIds: [SCIENCE],
  });
});
afterAll(() => t.close());

const boardIds = (res: { json: { columns: { items: { id: string }[] }[] } }) =>
  res.json.columns.flatMap((c) => c.items.map((i) => i.id));

describe("tenancy: another institution never sees a case (404, never 403)", () => {
  it("hides the case on every route", async () => {
    const base = `/api/v1/cases/${caseId}`;
    expect((await outsider.get(base)).status).toBe(404);
    expect((await outsider.get(`${base}/history`)).status).toBe(404);
    expect((await outsider.get(`${base}/history.pdf`)).status).toBe(404);
    expect((await outsider.post(`${base}/transitions`, { action: "decline", note: "x" })).status).toBe(404);
    expect((await outsider.post(`${base}/comments`, { body: "x" })).status).toBe(404);
    expect((await outsider.post(`${base}/tasks`, { title: "x" })).status).toBe(404);
    expect((await outsider.post(`${base}/funding`, { kind: "partner", funder: "x" })).status).toBe(404);
    expect((await outsider.put(`${base}/records/scheme`, { data: {} })).status).toBe(400);
    expect(boardIds(await outsider.get("/api/v1/cases"))).toEqual([]);
  });

  it("does not let a case name another institution's partner or user", async () => {
    const own = await newPartner(outsider);
    const res = await coord.post("/api/v1/cases", {
      kind: "joint_research",
      title: "越境",
      piUserId: outsider.user.id,
      departmentIds: [],
      field: { area: "ict" },
      partnerIds: [own],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "piUserId",
      "partnerIds",
    ]);
  });
});

describe("who sees and edits which case (issue 5: PI and participants, coordinators all)", () => {
  it("shows the PI their case but not a colleague's", async () => {
    expect((await pi.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    expect((await pi.get(`/api/v1/cases/${sciCase}`)).status).toBe(404);
    const board = boardIds(await pi.get("/api/v1/cases"));
    expect(board).toContain(caseId);
    expect(board).not.toContain(sciCase);
  });

  it("lets a department head see their department's cases only", async () => {
    const head = await t.signIn(email("department-head"));
    expect((await head.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    expect((await head.get(`/api/v1/cases/${sciCase}`)).status).toBe(404);
  });

  it("gives the auditor read-only access to every case", async () => {
    const auditor = await t.signIn(email("auditor"));
    expect((await auditor.get(`/api/v1/cases/${sciCase}`)).status).toBe(200);
    const res = await auditor.post(`/api/v1/cases/${sciCase}/transitions`, { action: "submit_intake" });
    expect(res.status).toBe(403);
    expect((await auditor.post(`/api/v1/cases/${sciCase}/comments`, { body: "x" })).status).toBe(403);
  });

  it("keeps the system administrator out of case contents", async () => {
    const admin = await t.signIn(email("admin"));
    expect((await admin.get("/api/v1/cases")).status).toBe(403);
    expect((await admin.get(`/api/v1/cases/${caseId}`)).status).toBe(403);
  });

  it("lets a participant researcher comment but not edit; the PI edits", async () => {
    const colleague = await t.signIn(email("researcher"));
    // Make the coordinator-led science case include the demo researcher as a staff participant.
    const add = await coord.post(`/api/v1/cases/${sciCase}/participants`, {
      kind: "staff",
      userId: colleague.user.id,
    });
    expect(add.status).toBe(201);
    expect((await colleague.get(`/api/v1/cases/${sciCase}`)).status).toBe(200);
    expect((await colleague.post(`/api/v1/cases/${sciCase}/comments`, { body: "確認しました" })).status).toBe(
      201,
    );
    const edit = await colleague.post(`/api/v1/cases/${sciCase}/funding`, { kind: "partner", funder: "x" });
    expect(edit.status).toBe(403);
    const page = await colleague.get(`/api/v1/cases/${sciCase}`);
    expect(page.json.permissions.edit).toBe(false);
    // Role guard: a participant is not the PI, so the workflow refuses the PI's step.
    const submit = await colleague.post(`/api/v1/cases/${sciCase}/transitions`, { action: "submit_intake" });
    expect(submit.json.error.details.reasons[0].ruleId).toBe("CASE-ROLE");
  });

  it("does not let a researcher register a case for another PI", async () => {
    const res = await pi.post("/api/v1/cases", {
      kind: "joint_research",
      title: "他人名義",
      piUserId: coord.user.id,
      departmentIds: [ENGINEERING],
      field: { area: "ict" },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues[0].message).toBe("validation.pi_self");
  });

  it("refuses a stale core edit (optimistic version)", async () => {
    const page = await coord.get(`/api/v1/cases/${caseId}`);
    const body = {
      version: page.json.version,
      case: {
        kind: "joint_research",
        title: "アクセス確認用の案件（改）",
        summary: "",
        piUserId: pi.user.id,
        departmentIds: [ENGINEERING],
        field: page.json.field,
      },
    };
    expect((await coord.put(`/api/v1/cases/${caseId}`, body)).status).toBe(200);
    expect((await coord.put(`/api/v1/cases/${caseId}`, body)).status).toBe(409);
  });
});

describe("the board", () => {
  it("filters by kind, PI, department, partner and blocked", async () => {
    const other = await newPartner(coord);
    const licence = await newCase(coord, pi.user.id, [other], { kind: "licence", title: "ライセンス案件" });
    await placeCase(t, licence, "negotiation");
    const ids = async (q: string) => boardIds(await coord.get(`/api/v1/cases?${q}`));
    const licences = await ids("kind=licence");
    expect(licences).toContain(licence);
    expect(licences).not.toContain(caseId);
    expect(await ids(`partnerId=${other}`)).toEqual([licence]);
    // The demo cases all have the demo researcher as PI; only the science case is the coordinator's.
    expect(await ids(`piUserId=${coord.user.id}`)).toEqual([sciCase]);
    const science = await ids(`departmentId=${SCIENCE}`);
    expect(science).toContain(sciCase);
    expect(science).not.toContain(caseId);
    // Intake cases without departments are blocked (STAGE-INTAKE-DEPT); the engineering one is not.
    const unblocked = await ids("blocked=false");
    expect(unblocked).toContain(caseId);
    expect(await ids("blocked=true")).not.toContain(caseId);
    const stage = await coord.get("/api/v1/cases?stage=negotiation");
    expect(stage.json.columns).toHaveLength(1);
    expect(stage.json.columns[0].items.map((i: { id: string }) => i.id)).toContain(licence);
    expect(stage.json.columns[0].items.every((i: { stage: string }) => i.stage === "negotiation")).toBe(true);
    expect(await ids(`q=${encodeURIComponent("ライセンス案件")}`)).toEqual([licence]);
  });
});
