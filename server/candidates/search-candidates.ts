import "server-only";
import { db } from "@/db/client";
import {
  CANDIDATE_LIST_COUNT_CAP,
  CANDIDATE_SEARCH_PAGE_SIZE,
  describeCandidates,
  listNewestCandidates,
  listTextMatches,
  type CandidateSearchRow,
  type PageRow,
} from "@/db/queries/candidate-search";
import type { Viewer } from "@/lib/auth/viewer";
import { searchTermsOf } from "@/lib/candidates/search-terms";
import { assertCan } from "@/lib/permissions";
import type { CandidateSearch } from "@/lib/validation/candidate-search";
import { candidateScopeOf } from "./candidate-scope";

export type { CandidateSearchRow };
export type CandidateSearchResult = { rows: CandidateSearchRow[]; total: number; totalIsCapped: boolean };

const byDateDesc = (x: PageRow, y: PageRow) => new Date(y.applied_at).getTime() - new Date(x.applied_at).getTime();

/**
 * Candidate search: full text over name, email and phone (prefix matching, so partial emails and phone
 * fragments work), trigram similarity for misspelt names, exact phone digits, and English full text
 * over resume text; filtered by job, stage kind, status and applied date; scoped to what the member may
 * see (their jobs, and no candidate anonymised review hides from them). Merged candidates never
 * appear; deleted ones only without text.
 */
export async function searchCandidates(viewer: Viewer, search: CandidateSearch): Promise<CandidateSearchResult> {
  assertCan(viewer, "jobs.read");
  const scope = candidateScopeOf(viewer);
  const terms = search.q ? searchTermsOf(search.q) : null;
  const offset = (search.page - 1) * CANDIDATE_SEARCH_PAGE_SIZE;
  if (!terms) {
    const { rows, total } = await listNewestCandidates(db(), scope, search, offset);
    return {
      rows: await describeCandidates(db(), scope, null, rows),
      total: Math.min(total, CANDIDATE_LIST_COUNT_CAP),
      totalIsCapped: total > CANDIDATE_LIST_COUNT_CAP,
    };
  }
  // Every match at once (a few thousand rows at most, by the caps), ranked and paged here: one pass over
  // the indexes. A transaction because the match query's planner setting must last for it alone.
  const matches = await db().transaction((tx) => listTextMatches(tx, scope, search, terms));
  matches.sort((x, y) => Number(y.score) - Number(x.score) || byDateDesc(x, y) || x.id.localeCompare(y.id));
  return {
    rows: await describeCandidates(db(), scope, terms, matches.slice(offset, offset + CANDIDATE_SEARCH_PAGE_SIZE)),
    total: matches.length,
    totalIsCapped: matches.some((row) => row.capped),
  };
}
