import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
import { databaseHandle } from "./client";
import { executeNamed } from "./prepared";
import * as schema from "./schema";

setupTestDatabase();

/** `select 1 + 2 + … + n`: a statement with a different text (shape) for every n. */
const sumTo = (n: number) => sql`select ${sql.join(Array.from({ length: n }, (_, i) => sql`${i + 1}::int`), sql` + `)} as total`;

describe("named statements", () => {
  it("prepare each shape once per connection, and at most 16 shapes of one statement; the rest still run", async () => {
    const handle = databaseHandle();
    if (handle.driver.name === "pglite") {
      // PGlite has no connections to keep statements on: every shape runs unnamed.
      for (let n = 1; n <= 20; n++) expect((await executeNamed<{ total: number }>(handle.db, "test_shapes", sumTo(n)))[0]?.total).toBe((n * (n + 1)) / 2);
      const { rows } = await handle.driver.client.query("select name from pg_prepared_statements");
      expect(rows).toEqual([]);
      return;
    }
    // One connection, so what it has prepared can be listed.
    const client = await handle.driver.pool.connect();
    try {
      const connection = drizzlePg(client, { schema });
      for (const round of [1, 2]) {
        for (let n = 1; n <= 20; n++) {
          const [row] = await executeNamed<{ total: number }>(connection, "test_shapes", sumTo(n));
          expect(row?.total, `round ${round}, n = ${n}`).toBe((n * (n + 1)) / 2);
        }
      }
      const { rows } = await client.query<{ name: string }>("select name from pg_prepared_statements where name like 'test_shapes_%'");
      expect(rows).toHaveLength(16);
    } finally {
      client.release();
    }
  });
});
