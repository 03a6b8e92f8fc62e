import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
import { databaseHandle } from "./client";
import { executeNamed } from "./prepared";
import { recordHitUnlessLocked } from "./queries/rate-limits";
import * as schema from "./schema";

// Read when the first statement is named, after this line (configuration is read on first use).
process.env.DATABASE_PREPARED_STATEMENTS = "0";
setupTestDatabase();

it("DATABASE_PREPARED_STATEMENTS=0 leaves nothing prepared on the connection, for poolers that cannot keep it", async () => {
  const handle = databaseHandle();
  if (handle.driver.name === "pglite") return expect(await recordHitUnlessLocked({ key: "off", limit: 5, windowMinutes: 1, lockMinutes: 1 })).toBe(true);
  const pool = handle.driver.pool;
  // Every pooled connection is used at least once by the rate-limit statement, then listed.
  await Promise.all(Array.from({ length: 20 }, (_, i) => recordHitUnlessLocked({ key: `off:${i}`, limit: 5, windowMinutes: 1, lockMinutes: 1 })));
  const client = await pool.connect();
  try {
    const [row] = await executeNamed<{ total: number }>(drizzlePg(client, { schema }), "test_off", sql`select ${2}::int + ${3}::int as total`);
    expect(row?.total).toBe(5);
    const { rows } = await client.query("select name from pg_prepared_statements");
    expect(rows).toEqual([]);
  } finally {
    client.release();
  }
});
