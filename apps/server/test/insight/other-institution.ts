import type { Role } from "@renkei/domain";
import { institutions } from "../../src/db/schema";
import { createUser } from "../../src/features/users/users.service";
import type { createTestApp } from "../harness";

/** A second institution on the same server with one signed-in user of `role` (cross-institution tests). */
export async function signInElsewhere(t: Awaited<ReturnType<typeof createTestApp>>, role: Role) {
  const [other] = await t.deps.db
    .insert(institutions)
    .values({ code: `other-${role}`, nameJa: "別大学", nameEn: "Other" })
    .returning();
  const email = `${role}@other.example`;
  await t.deps.db.transaction((tx) =>
    createUser(
      tx,
      t.deps,
      { userId: null, label: "t" },
      { institutionId: other!.id, email, displayName: "O", role, password: "other-password-1" },
    ),
  );
  return t.signIn(email, "other-password-1");
}
