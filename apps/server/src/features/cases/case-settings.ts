import { DEFAULT_CASE_SETTINGS, type TCaseSettings, ZCaseSettings } from "@renkei/contract";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { caseSettings } from "../../db/schema";

/**
 * The institution's settings of the case rules, merged over the defaults: cost rates (seed 001 case 23:
 * 20 % / 30 %, configurable per institution), the case policy and the monitoring policy.
 */
export async function loadCaseSettings(db: DbOrTx, institutionId: string): Promise<TCaseSettings> {
  const [row] = await db.select().from(caseSettings).where(eq(caseSettings.institutionId, institutionId));
  return settingsOf(row ?? null);
}

/** The settings from a stored row (or the defaults when the institution has none). */
export function settingsOf(row: typeof caseSettings.$inferSelect | null): TCaseSettings {
  if (!row) {
    return DEFAULT_CASE_SETTINGS;
  }
  return ZCaseSettings.parse({
    costRates: { ...DEFAULT_CASE_SETTINGS.costRates, ...(row.costRates as object | null) },
    policy: { ...DEFAULT_CASE_SETTINGS.policy, ...(row.policy as object | null) },
    monitoringPolicy: {
      ...DEFAULT_CASE_SETTINGS.monitoringPolicy,
      ...(row.monitoringPolicy as object | null),
    },
    maxOpenCasesPerPi:
      (row.policy as { maxOpenCasesPerPi?: number | null } | null)?.maxOpenCasesPerPi ??
      DEFAULT_CASE_SETTINGS.maxOpenCasesPerPi,
  });
}

export async function saveCaseSettings(
  db: DbOrTx,
  institutionId: string,
  settings: TCaseSettings,
  userId: string,
  now: string,
): Promise<void> {
  const values = {
    costRates: settings.costRates,
    policy: { ...settings.policy, maxOpenCasesPerPi: settings.maxOpenCasesPerPi },
    monitoringPolicy: settings.monitoringPolicy,
    updatedBy: userId,
    updatedAt: now,
  };
  await db
    .insert(caseSettings)
    .values({ institutionId, ...values })
    .onConflictDoUpdate({ target: caseSettings.institutionId, set: values });
}
