import "server-only";
import { sql } from "drizzle-orm";
import { withTimeout } from "@/lib/timeout";
import { db } from "../client";

/** True when the database answers a trivial query within `timeoutMs`. */
export async function pingDatabase(timeoutMs = 2_000): Promise<boolean> {
  try {
    await withTimeout(db().execute(sql`select 1`), timeoutMs, "database ping timed out");
    return true;
  } catch {
    return false;
  }
}
