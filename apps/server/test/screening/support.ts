// Helpers shared by the screening integration tests.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import { institutions, partners, people } from "../../src/db/schema";
import type { TestUser } from "../harness";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
/** Real list files (never copied into the repository); tests using them skip when absent. */
export const LISTS_DIR = path.resolve(repoRoot, "../shared/data/lists");
export const hasRealLists = existsSync(LISTS_DIR);
if (!hasRealLists) {
  console.log(`[screening] real list files not found at ${LISTS_DIR}; skipping tests that need them`);
}
export const realFile = (rel: string) => ({
  name: path.basename(rel),
  bytes: readFileSync(path.join(LISTS_DIR, rel)),
});

export const bytes = (text: string) => new TextEncoder().encode(text);

/** POST /screening/lists/import as multipart, like the web upload. */
export async function upload(
  user: TestUser,
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array }[],
  mode: "preview" | "commit" = "commit",
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    form.set(k, v);
  }
  for (const f of files) {
    form.append("files", new Blob([f.bytes]), f.name);
  }
  return user.post(`/api/v1/screening/lists/import?mode=${mode}`, form);
}

type Db = Parameters<typeof import("../../src/features/screening/subjects").loadSubjects>[0];

export async function demoInstitutionId(db: Db): Promise<string> {
  const [row] = await db.select().from(institutions).where(eq(institutions.code, "demo"));
  return row!.id;
}

export async function partnerIdByName(db: Db, legalName: string): Promise<string> {
  const [row] = await db.select({ id: partners.id }).from(partners).where(eq(partners.legalName, legalName));
  if (!row) {
    throw new Error(`no demo partner ${legalName}`);
  }
  return row.id;
}

export async function personIdByName(db: Db, institutionId: string, name: string): Promise<string> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.name, name), eq(people.institutionId, institutionId)));
  return row!.id;
}
