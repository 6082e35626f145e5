// List management: the institution's lists with the version in force, every version, and each
// version's diff against the one before it.
import type { ListFormat, TListChange, TScreeningList } from "@renkei/contract";
import { DomainError, listKindOf } from "@renkei/domain";
import { and, asc, count, desc, eq } from "drizzle-orm";
import { screeningListChanges, screeningLists, screeningListVersions } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { importList, type ListImportInput } from "./list-import.service";
import { toVersion } from "./screening.mapper";
import { screenActor } from "./screening.service";

export function createListsService(deps: Deps) {
  const { db } = deps;

  async function requireList(actor: Actor, id: string) {
    const [list] = await db
      .select()
      .from(screeningLists)
      .where(and(eq(screeningLists.id, id), eq(screeningLists.institutionId, actor.institutionId)));
    if (!list) {
      throw new DomainError("NOT_FOUND", "Not found");
    }
    return list;
  }

  return {
    async lists(actor: Pick<Actor, "institutionId">): Promise<TScreeningList[]> {
      const lists = await db
        .select()
        .from(screeningLists)
        .where(eq(screeningLists.institutionId, actor.institutionId))
        .orderBy(asc(screeningLists.name));
      const versions = await db
        .select()
        .from(screeningListVersions)
        .where(eq(screeningListVersions.institutionId, actor.institutionId))
        .orderBy(desc(screeningListVersions.seq));
      return lists.map((l) => {
        const mine = versions.filter((v) => v.listId === l.id);
        return {
          id: l.id,
          name: l.name,
          format: l.format as ListFormat,
          source: l.source,
          kind: listKindOf(l.format, l.kind),
          latest: mine[0] ? toVersion(mine[0]) : null,
          versionCount: mine.length,
        };
      });
    },

    async versions(actor: Actor, listId: string) {
      const list = await requireList(actor, listId);
      const rows = await db
        .select()
        .from(screeningListVersions)
        .where(eq(screeningListVersions.listId, list.id))
        .orderBy(desc(screeningListVersions.seq));
      return {
        list: { id: list.id, name: list.name, format: list.format as ListFormat, source: list.source },
        versions: rows.map(toVersion),
      };
    },

    async diff(
      actor: Actor,
      versionId: string,
      input: { change?: "added" | "changed" | "removed" | undefined; page: number; pageSize: number },
    ): Promise<{ items: TListChange[]; total: number; page: number; pageSize: number }> {
      const where = and(
        eq(screeningListChanges.versionId, versionId),
        eq(screeningListChanges.institutionId, actor.institutionId),
        input.change ? eq(screeningListChanges.change, input.change) : undefined,
      );
      const [version] = await db
        .select({ id: screeningListVersions.id })
        .from(screeningListVersions)
        .where(
          and(
            eq(screeningListVersions.id, versionId),
            eq(screeningListVersions.institutionId, actor.institutionId),
          ),
        );
      if (!version) {
        throw new DomainError("NOT_FOUND", "Not found");
      }
      const rows = await db
        .select()
        .from(screeningListChanges)
        .where(where)
        .orderBy(asc(screeningListChanges.change), asc(screeningListChanges.name))
        .offset((input.page - 1) * input.pageSize)
        .limit(input.pageSize);
      const [total] = await db.select({ n: count() }).from(screeningListChanges).where(where);
      return {
        items: rows.map((r) => ({
          change: r.change as TListChange["change"],
          entryKey: r.entryKey,
          sourceId: r.sourceId,
          name: r.name,
          fields: r.fields,
        })),
        total: total?.n ?? 0,
        page: input.page,
        pageSize: input.pageSize,
      };
    },

    import(actor: Actor, input: ListImportInput, mode: "preview" | "commit") {
      return importList(deps, actor.institutionId, screenActor(actor), input, { mode });
    },
  };
}
