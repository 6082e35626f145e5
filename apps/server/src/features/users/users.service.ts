import { checkPasswordPolicy, DomainError, type Role } from "@renkei/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { assertInInstitution } from "../../db/institution-refs";
import { users } from "../../db/schema";
import type { Deps } from "../../deps";
import { hashPassword } from "../../lib/password";
import { type AuditActor, appendAudit } from "../audit/audit.writer";

export interface NewUser {
  institutionId: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
  departmentId?: string | null | undefined;
  locale?: "ja" | "en";
  /** Only the demo seed sets the published demo password (issue 10 item 2). */
  allowDemoPassword?: boolean;
}

/** Creates an account (CLI `users create`, the admin API and the demo seed all come through here). */
export async function createUser(tx: DbOrTx, deps: Pick<Deps, "clock">, actor: AuditActor, input: NewUser) {
  const problems = checkPasswordPolicy(input.password, {
    email: input.email,
    allowDemoPassword: input.allowDemoPassword,
  });
  if (problems.length) {
    throw new DomainError("VALIDATION_FAILED", "Password does not meet the rules", {
      issues: problems.map((p) => ({ path: "password", message: `validation.${p}` })),
    });
  }
  await assertInInstitution(tx, input.institutionId, { departments: { departmentId: input.departmentId } });
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
  if (existing) {
    throw new DomainError("CONFLICT", "An account with this e-mail exists", {
      issues: [{ path: "email", message: "validation.email_taken" }],
    });
  }
  const [row] = await tx
    .insert(users)
    .values({
      institutionId: input.institutionId,
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      departmentId: input.departmentId ?? null,
      locale: input.locale ?? "ja",
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  await appendAudit(tx, {
    institutionId: input.institutionId,
    actor,
    action: "user.created",
    entityType: "user",
    entityId: row!.id,
    after: { email: row!.email, displayName: row!.displayName, role: row!.role },
    at: deps.clock.now(),
  });
  return row!;
}

export async function listUsers(db: DbOrTx, institutionId: string) {
  return db
    .select({ id: users.id, displayName: users.displayName, role: users.role, email: users.email })
    .from(users)
    .where(and(eq(users.institutionId, institutionId), eq(users.disabled, false)))
    .orderBy(asc(users.displayName));
}
