import "server-only";
import { db } from "@/db/client";
import { isDatabaseEmpty, lockFirstRun } from "@/db/queries/organizations";
import { addressRule, recordHitUnlessLocked } from "@/db/queries/rate-limits";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import type { SetupInput } from "@/lib/validation/organization";
import type { AuditOrigin } from "@/server/audit/record-audit";
import { insertOrganizationWithAdmin, preparePassword } from "@/server/organizations/create-organization";
import { closeFirstRun, firstRunPending, setupCodeMatches } from "./first-run";

export const ALREADY_SET_UP = "This Candor is already set up. Sign in instead.";

/**
 * Whether /setup is open: only while this server waits for its first run. The database is asked only
 * then: an organisation may have been created meanwhile by the CLI or on another server, and this
 * server's flag is stale ("set-up-elsewhere"). Otherwise the answer is a flag, without a query.
 */
export async function setupState(): Promise<"open" | "done" | "set-up-elsewhere"> {
  if (!firstRunPending()) return "done";
  if (await isDatabaseEmpty(db())) return "open";
  closeFirstRun();
  return "set-up-elsewhere";
}

/**
 * The first-run set-up: with the code from the server log (or CANDOR_SETUP_TOKEN), creates the
 * organisation and its first admin on an empty database. Attempts are limited per address, and the
 * database is locked so that of two people submitting at once only the first sets up.
 */
export async function completeSetup(input: SetupInput, origin: AuditOrigin): Promise<{ organizationSlug: string }> {
  if (!firstRunPending()) throw new AppError("NOT_FOUND", ALREADY_SET_UP);
  const allowed = await recordHitUnlessLocked(addressRule("setup", origin.ip ?? "unknown", { limit: 10, windowMinutes: 15, lockMinutes: 15 }));
  if (!allowed) throw new AppError("RATE_LIMITED", "Too many attempts. Try again in 15 minutes.");
  if (!setupCodeMatches(input.setupCode)) {
    const message = "That is not this server's setup code. Copy it from the server's log, where Candor printed it at start.";
    throw new AppError("VALIDATION", VALIDATION_MESSAGE, { setupCode: [message] });
  }
  const passwordHash = await preparePassword(input.password, { email: input.adminEmail, name: input.adminName });
  const created = await db().transaction(async (tx) => {
    await lockFirstRun(tx);
    if (!(await isDatabaseEmpty(tx))) return null;
    return insertOrganizationWithAdmin(
      tx,
      { ...input, admin: { email: input.adminEmail, name: input.adminName, passwordHash } },
      "admin",
      origin,
    );
  });
  closeFirstRun();
  if (!created) throw new AppError("CONFLICT", ALREADY_SET_UP);
  return { organizationSlug: created.organization.slug };
}
