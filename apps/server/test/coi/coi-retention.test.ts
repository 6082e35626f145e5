import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coiDeclarations, personalDataErasures } from "../../src/db/schema";
import { runRetention } from "../../src/features/personal-data/retention.service";
import type { TestApp } from "../cases/case-setup";
import { createTestApp, email, type TestUser } from "../harness";

/**
 * COI declarations under the retention rules (issue 17 item 7, issue 13 §3): an approved declaration is
 * archived unchanged until its period ends — the database refuses earlier changes — and then only its
 * content is erased; the decision record (status, dates, content hash) stays.
 */
let t: TestApp;
let researcher: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  researcher = await t.signIn(email("researcher"));
});
afterAll(() => t.close());

const expired = (validUntil: string) => ({
  institutionId: researcher.user.institution.id,
  declarantUserId: researcher.user.id,
  kind: "periodic",
  trigger: "cycle",
  status: "expired",
  selfCheck: { equity: true },
  interests: [{ interestId: "i-1", category: "equity", entity: "保存テスト株式会社", amountBand: "lt_1m" }],
  approvedOn: "2019-04-10",
  validUntil,
  contentHash: "a".repeat(64),
});

describe("retention of COI declarations", () => {
  it("erases the content of a declaration past its archive period and keeps a recent one whole", async () => {
    const [old] = await t.deps.db.insert(coiDeclarations).values(expired("2020-03-31")).returning();
    const [recent] = await t.deps.db.insert(coiDeclarations).values(expired("2024-03-31")).returning();
    // Before the job, nobody (not even a direct update) changes the recent archived declaration.
    await expect(
      t.deps.db
        .update(coiDeclarations)
        .set({ selfCheck: {}, interests: [] })
        .where(eq(coiDeclarations.id, recent!.id)),
    ).rejects.toThrow();

    const dry = await runRetention(t.deps, researcher.user.institution.id, {
      trigger: "manual",
      dryRun: true,
      actor: { userId: null, label: "test" },
    });
    expect(dry.kinds.coi_declarations!.anonymised).toBe(1);
    const [untouched] = await t.deps.db.select().from(coiDeclarations).where(eq(coiDeclarations.id, old!.id));
    expect(untouched!.interests).toHaveLength(1);

    const run = await runRetention(t.deps, researcher.user.institution.id, {
      trigger: "manual",
      dryRun: false,
      actor: { userId: null, label: "test" },
    });
    // Only the old one goes; the recent one (and the demo's current ones) are held or in use.
    expect(run.kinds.coi_declarations!.anonymised).toBe(1);
    expect(run.kinds.coi_declarations!.legalHold).toBeGreaterThanOrEqual(1);
    const [erased] = await t.deps.db.select().from(coiDeclarations).where(eq(coiDeclarations.id, old!.id));
    expect([erased!.selfCheck, erased!.interests, erased!.status, erased!.contentHash]).toEqual([
      {},
      [],
      "expired",
      "a".repeat(64),
    ]);
    const [kept] = await t.deps.db.select().from(coiDeclarations).where(eq(coiDeclarations.id, recent!.id));
    expect(kept!.interests).toHaveLength(1);
    const erasures = await t.deps.db
      .select()
      .from(personalDataErasures)
      .where(eq(personalDataErasures.recordId, old!.id));
    expect(erasures.map((e) => [e.kind, e.action])).toEqual([["coi_declarations", "anonymise"]]);
    // A second run finds it already erased and changes nothing.
    const again = await runRetention(t.deps, researcher.user.institution.id, {
      trigger: "manual",
      dryRun: false,
      actor: { userId: null, label: "test" },
    });
    expect(again.kinds.coi_declarations!.anonymised).toBe(0);
  });
});
