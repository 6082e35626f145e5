import type { Role } from "@renkei/domain";
import type { SQL } from "drizzle-orm";
import { institutions } from "../../src/db/schema";
import { createUser } from "../../src/features/users/users.service";
import type { createTestApp } from "../harness";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export const OFFICER = "export-control@demo.renkei.example";
export const OTHER_PASSWORD = "other-password-1";

/** A second institution with the given roles (`<role>@<code>.example`), to prove tenancy. */
export async function addInstitution(t: TestApp, code: string, roles: Role[]) {
  const [inst] = await t.deps.db
    .insert(institutions)
    .values({ code, nameJa: `${code}大学`, nameEn: `${code} University` })
    .returning();
  await t.deps.db.transaction(async (tx) => {
    for (const role of roles) {
      await createUser(
        tx,
        t.deps,
        { userId: null, label: "test" },
        {
          institutionId: inst!.id,
          email: `${role}@${code}.example`,
          displayName: `${code} ${role}`,
          role,
          password: OTHER_PASSWORD,
        },
      );
    }
  });
  return {
    id: inst!.id,
    signIn: (role: Role) => t.signIn(`${role}@${code}.example`, OTHER_PASSWORD),
  };
}

/** The notifications a user has, newest first. */
export async function noticesOf(user: { get(path: string): Promise<{ json: { items: unknown } }> }) {
  return (await user.get("/api/v1/notifications?limit=200")).json.items as {
    kind: string;
    title: string;
    body: string;
    link: string | null;
  }[];
}

export const tripPlan = (over: Record<string, unknown> = {}) => ({
  destinationCountry: "US",
  destinationCity: "Boston",
  departOn: "2026-12-07",
  returnOn: "2026-12-12",
  purpose: "国際会議で研究発表",
  meetings: [{ name: "", organisation: "Open Materials Conference", country: "US" }],
  items: [
    {
      description: "発表論文（公開済み）",
      mode: "presented",
      classification: "none",
      published: true,
      purpose: "publication",
    },
  ],
  ...over,
});

/** The database's own refusal (the retention trigger), read from the driver error under drizzle's. */
export async function deleteError(t: TestApp, statement: SQL): Promise<string> {
  try {
    await t.deps.db.execute(statement);
  } catch (err) {
    const e = err as { message?: string; cause?: { message?: string } };
    return `${e.message ?? ""} ${e.cause?.message ?? ""}`;
  }
  return "deleted";
}
