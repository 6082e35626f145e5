import type { BayhDoleRecordKind, CaseBayhDole, Role } from "@renkei/domain";
import { and, arrayOverlaps, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { inventions, ipBayhDoleRecords } from "../../db/schema";

export const NO_BAYH_DOLE: CaseBayhDole = { records: [], backgroundInventions: [] };

/**
 * The Bayh-Dole facts of cases (X3): the records legal/IP made about each case (withdrawn ones left out)
 * and the Bayh-Dole inventions brought into it as background IP. One query per table for all cases.
 */
export async function caseBayhDoleFacts(
  db: DbOrTx,
  institutionId: string,
  caseIds: string[],
): Promise<Map<string, CaseBayhDole>> {
  const out = new Map<string, CaseBayhDole>();
  if (caseIds.length === 0) {
    return out;
  }
  const records = await db
    .select({
      caseId: ipBayhDoleRecords.caseId,
      kind: ipBayhDoleRecords.kind,
      on: ipBayhDoleRecords.actedOn,
      role: ipBayhDoleRecords.recordedRole,
    })
    .from(ipBayhDoleRecords)
    .where(
      and(
        eq(ipBayhDoleRecords.institutionId, institutionId),
        inArray(ipBayhDoleRecords.caseId, caseIds),
        isNull(ipBayhDoleRecords.withdrawnAt),
      ),
    );
  const brought = await db
    .select({ id: inventions.id, title: inventions.title, cases: inventions.backgroundCaseIds })
    .from(inventions)
    .where(
      and(
        eq(inventions.institutionId, institutionId),
        eq(inventions.bayhDole, true),
        arrayOverlaps(inventions.backgroundCaseIds, caseIds),
      ),
    );
  const entry = (id: string) => {
    const e = out.get(id) ?? { records: [], backgroundInventions: [] };
    out.set(id, e);
    return e;
  };
  for (const r of records) {
    entry(r.caseId!).records.push({
      kind: r.kind as BayhDoleRecordKind,
      on: r.on,
      recordedByRole: r.role as Role,
    });
  }
  for (const inv of brought) {
    for (const caseId of inv.cases.filter((c) => caseIds.includes(c))) {
      entry(caseId).backgroundInventions.push({ inventionId: inv.id, title: inv.title });
    }
  }
  return out;
}
