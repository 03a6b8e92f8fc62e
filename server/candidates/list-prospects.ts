import "server-only";
import { z } from "zod";
import { db } from "@/db/client";
import { listProspects as listProspectRows } from "@/db/queries/candidate-intake";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan } from "@/lib/permissions";

export const PROSPECTS_PAGE_SIZE = 50;

/** The prospects page's query: a name or email to look for, and the page's start (the last row before it). */
export const prospectsQuerySchema = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(200).optional()).catch(undefined),
  before: z
    .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/).optional())
    .catch(undefined),
});

/**
 * Candidates in no job yet (added by hand or imported as prospects): only members who add candidates see
 * them (recruiters and admins), since no hiring team's scope reaches a candidate without an application.
 */
export async function listProspects(actor: Viewer, query: z.infer<typeof prospectsQuerySchema>) {
  assertCan(actor, "candidates.add");
  const [at, id] = query.before?.split("_") ?? [];
  const rows = await listProspectRows(db(), actor.organizationId, {
    q: query.q || undefined,
    before: at && id ? { createdAt: new Date(at), id } : undefined,
    limit: PROSPECTS_PAGE_SIZE + 1,
  });
  const last = rows[PROSPECTS_PAGE_SIZE - 1];
  return {
    rows: rows.slice(0, PROSPECTS_PAGE_SIZE),
    next: rows.length > PROSPECTS_PAGE_SIZE && last ? `${last.createdAt.toISOString()}_${last.id}` : null,
  };
}
