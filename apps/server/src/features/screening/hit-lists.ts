// Seam for gates and risk rules (issue 15, X5 / B6): a confirmed hit keeps its list, the list's kind and
// the entry (with its End User List categories), so sanctions, End User List and US-list hits are told
// apart where they are used.
import { type ConfirmedHit, listKindOf } from "@renkei/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { screeningHits, screeningListEntries, screeningLists } from "../../db/schema";

/** Confirmed hits (`true_match`) of each subject (map key `${kind}:${id}`), in one query. */
export async function confirmedHitsOf(
  db: DbOrTx,
  institutionId: string,
  subjects: { kind: "partner" | "person"; id: string }[],
): Promise<Map<string, ConfirmedHit[]>> {
  const out = new Map<string, ConfirmedHit[]>();
  const ids = [...new Set(subjects.map((s) => s.id))];
  if (ids.length === 0) {
    return out;
  }
  const rows = await db
    .select({
      kind: screeningHits.subjectKind,
      id: screeningHits.subjectId,
      list: screeningHits.listName,
      format: screeningLists.format,
      listKind: screeningLists.kind,
      entryName: screeningHits.entryName,
      sourceId: screeningHits.sourceId,
      categories: screeningListEntries.categories,
      details: screeningListEntries.details,
    })
    .from(screeningHits)
    .innerJoin(screeningLists, eq(screeningLists.id, screeningHits.listId))
    .leftJoin(
      screeningListEntries,
      and(
        eq(screeningListEntries.versionId, screeningHits.versionId),
        eq(screeningListEntries.entryKey, screeningHits.entryKey),
      ),
    )
    .where(
      and(
        eq(screeningHits.institutionId, institutionId),
        inArray(screeningHits.subjectId, ids),
        eq(screeningHits.status, "true_match"),
      ),
    );
  for (const r of rows) {
    const key = `${r.kind}:${r.id}`;
    const list = out.get(key) ?? [];
    // A related entity an FtM export carries is not itself listed (issue 15 item 5).
    const related = r.details?.related === "true";
    list.push({
      list: r.list,
      kind: related ? "other" : listKindOf(r.format, r.listKind),
      entryName: r.entryName,
      sourceId: r.sourceId,
      categories: r.categories ?? [],
      ...(related ? { related } : {}),
    });
    out.set(key, list);
  }
  return out;
}
