import pg from "pg";
import { vi } from "vitest";
import { databaseHandle } from "@/db/client";

/**
 * The text of every SQL statement `work` sends to the database, in order, without the parameters' values:
 * to prove two paths do the same work (on node-postgres every statement passes Client#query; on PGlite,
 * statements outside a transaction pass its query or exec).
 */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const { driver } = databaseHandle();
  const spies =
    driver.name === "postgres"
      ? [vi.spyOn(pg.Client.prototype, "query")]
      : [vi.spyOn(driver.client, "query"), vi.spyOn(driver.client, "exec")];
  try {
    await work();
    const calls = spies.flatMap((spy) => spy.mock.calls.map(([statement], i) => ({ order: spy.mock.invocationCallOrder[i]!, statement })));
    return calls.sort((a, b) => a.order - b.order).map(({ statement }) => (typeof statement === "string" ? statement : (statement as { text: string }).text));
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
