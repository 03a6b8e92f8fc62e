import "server-only";
import { db } from "@/db/client";
import { listCandidateExportRows, listNewestCandidatesAfter, listTextMatches, type ExportCursor } from "@/db/queries/candidate-search";
import type { CandidateExportRow } from "@/lib/candidates/csv-export";
import type { Viewer } from "@/lib/auth/viewer";
import { searchTermsOf } from "@/lib/candidates/search-terms";
import { assertCan } from "@/lib/permissions";
import type { CandidateSearch } from "@/lib/validation/candidate-search";
import { byMember, recordAudit } from "@/server/audit/record-audit";
import { candidateScopeOf } from "./candidate-scope";

export type { CandidateExportRow };

/** Candidates per batch: each batch is two queries, and only it is in memory. */
export const EXPORT_BATCH = 500;

/**
 * The CSV export of a candidate search (the same filters and text, the same scope: hiring managers only
 * their jobs' candidates). Records who exported what in the audit log, then yields the rows, one per
 * visible application, in batches: without text by keyset over the newest applications, with text over
 * the (capped) matches, best first.
 */
export async function exportCandidates(viewer: Viewer & { email: string }, search: Omit<CandidateSearch, "page">): Promise<AsyncGenerator<CandidateExportRow[]>> {
  assertCan(viewer, "candidates.export");
  const scope = candidateScopeOf(viewer);
  const filters = Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as Record<string, string>;
  await recordAudit(db(), { ...byMember(viewer), action: "candidates.exported", details: { filters: JSON.stringify(filters) } });
  const terms = search.q ? searchTermsOf(search.q) : null;
  if (terms) {
    const matches = await db().transaction((tx) => listTextMatches(tx, scope, { ...search, page: 1 }, terms));
    matches.sort((x, y) => Number(y.score) - Number(x.score) || x.id.localeCompare(y.id));
    return (async function* () {
      for (let start = 0; start < matches.length; start += EXPORT_BATCH) {
        yield await listCandidateExportRows(db(), scope, matches.slice(start, start + EXPORT_BATCH).map((m) => m.id));
      }
    })();
  }
  return (async function* () {
    let cursor: ExportCursor | null = null;
    for (;;) {
      const page = await listNewestCandidatesAfter(db(), scope, { ...search, page: 1 }, cursor, EXPORT_BATCH);
      if (page.length > 0) yield await listCandidateExportRows(db(), scope, page.map((row) => row.id));
      if (page.length < EXPORT_BATCH) return;
      const last = page[page.length - 1]!;
      cursor = { appliedAt: last.applied_at, applicationId: last.application_id };
    }
  })();
}
