import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../src/db/client";
import { inventionInventors, users } from "../../src/db/schema";
import { createTestDb } from "../harness";
import { takeOverlappingQueries } from "../overlap-guard";

/**
 * The PostgreSQL lane fails every test file that overlaps queries on one connection (harness `drop`).
 * This proves the guard itself: it sees `Promise.all` on a transaction, and nothing else.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "overlapping queries on one connection (PostgreSQL only; TEST_DATABASE_URL unset: skipped)",
  () => {
    let handle: DbHandle;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      ({ handle, drop } = await createTestDb());
    });
    afterAll(() => drop());

    it("records queries started together on a transaction, naming the statement", async () => {
      await handle.db.transaction(async (tx) => {
        await Promise.all([tx.select().from(users), tx.select().from(inventionInventors)]);
      });
      const seen = takeOverlappingQueries();
      expect(seen).toHaveLength(1);
      expect(seen[0]).toContain('from "invention_inventors"');
    });

    it("records nothing for the same queries one after the other, nor on the pool", async () => {
      await handle.db.transaction(async (tx) => {
        await tx.select().from(users);
        await tx.select().from(inventionInventors);
      });
      await Promise.all([handle.db.select().from(users), handle.db.select().from(inventionInventors)]);
      expect(takeOverlappingQueries()).toEqual([]);
    });
  },
);
