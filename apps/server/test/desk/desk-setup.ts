import type { Role } from "@renkei/domain";
import { eq } from "drizzle-orm";
import { users } from "../../src/db/schema";
import { createUser } from "../../src/features/users/users.service";
import type { createTestApp } from "../harness";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
export const PASSWORD = "desk-test-password-1";

/** Another account of the demo institution (the demo has one per role), in the demo researcher's department. */
export async function addDemoUser(t: TestApp, role: Role, name: string) {
  const [demo] = await t.deps.db
    .select()
    .from(users)
    .where(eq(users.email, "researcher@demo.renkei.example"));
  const emailAddress = `${name}@demo.renkei.example`;
  await t.deps.db.transaction(async (tx) => {
    await createUser(
      tx,
      t.deps,
      { userId: null, label: "test" },
      {
        institutionId: demo!.institutionId,
        email: emailAddress,
        displayName: `${name}（テスト）`,
        role,
        password: PASSWORD,
        departmentId: demo!.departmentId,
      },
    );
  });
  return t.signIn(emailAddress, PASSWORD);
}

/** A short visit to the lab (fictional visitor), as the visitor intake takes it. */
export const shortVisit = (fullName: string) => ({
  kind: "short_visitor",
  fullName,
  homeOrganisation: "Nordwerk GmbH (fictional)",
  homeCountry: "DE",
  purpose: "研究室見学",
  stayFrom: "2026-12-01",
  stayUntil: "2026-12-01",
  declaration: { nationality: "DE", employedInJapan: false },
});
