import { createServer, type AddressInfo, type Server } from "node:net";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
import { postgresErrorCode, rootCause } from "./db-errors";

const db = setupTestDatabase();

let server: Server | undefined;
afterEach(() => server?.close());

/** A TCP server on 127.0.0.1 that does `onConnection` to each client; resolves to its port. */
async function listen(onConnection: (socket: import("node:net").Socket) => void): Promise<number> {
  server = createServer(onConnection);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("telling a refused statement from a lost connection", () => {
  it("reports the SQLSTATE when Postgres refused the statement", async () => {
    expect(postgresErrorCode(await failureOf(db().execute(sql`select 1 / 0`)))).toBe("22012");
  });

  it("reports none when the connection dropped, so the statement may have been stored", async () => {
    const port = await listen((socket) => socket.once("data", () => socket.destroy()));
    const error = await failureOf(new Client({ host: "127.0.0.1", port, connectionTimeoutMillis: 5_000 }).connect());
    expect(postgresErrorCode(error)).toBeUndefined();
  });

  it("reports none for a broken pipe, though EPIPE has the shape of an SQLSTATE", () => {
    // As Node reports a write to a closed socket, which node-postgres hands to the query that was running.
    const brokenPipe = Object.assign(new Error("write EPIPE"), { errno: -32, code: "EPIPE", syscall: "write" });
    expect(postgresErrorCode(new Error("Failed query: insert ...", { cause: brokenPipe }))).toBeUndefined();
  });

  it("reports none when nothing listens, though the network error has a code of its own", async () => {
    const port = await listen(() => undefined);
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const error = await failureOf(new Client({ host: "127.0.0.1", port }).connect());
    expect(rootCause(error).code).toBe("ECONNREFUSED");
    expect(postgresErrorCode(error)).toBeUndefined();
  });
});
