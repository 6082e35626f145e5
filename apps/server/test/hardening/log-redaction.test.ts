import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../src/db/client";
import { errorFields } from "../../src/lib/logger";

/** Issue 10: a failed query's log line carried a scrypt hash and an e-mail from its parameters. */
describe("failed-query logs", () => {
  const handle = createDb({ url: "memory://" });
  afterAll(async () => (await handle).close());

  it("keep the SQL text and the error, never the parameters", async () => {
    const { db } = await handle;
    const hash = "scrypt$32768$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
    const email = "victim@example.ac.jp";
    const err = await db.execute(sql`select ${hash}::int, ${email}::int`).catch((e: unknown) => e);
    expect(String(err)).toContain(email); // the driver's own message does carry them
    const line = JSON.stringify(errorFields(err));
    expect(line).toContain("select $1::int, $2::int");
    expect(line).toContain("invalid input syntax");
    expect(line).not.toContain(email);
    expect(line).not.toContain("c2FsdHNhbHQ");
  });
});
