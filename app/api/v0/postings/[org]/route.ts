import type { NextRequest } from "next/server";
import { boardContext, openJobs } from "@/lib/public-api/board";
import { preflight, publicGet, publicJson } from "@/lib/public-api/http";
import { loadBoard } from "@/server/cache/public";
import { filterPostings, leverError, parseLeverQuery, toLeverPosting } from "@/lib/public-api/lever";

/**
 * Lever-shaped list of an organisation's open postings: GET /api/v0/postings/{org}?mode=json with
 * location, commitment, team, department (repeatable), skip and limit. Lever answers HTML unless
 * mode=json; this always answers JSON, whatever the mode.
 */
export const GET = publicGet(async (request: NextRequest, { params }: RouteContext<"/api/v0/postings/[org]">) => {
  const parsed = parseLeverQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return publicJson(leverError(400, parsed.error), 400);
  const board = await loadBoard((await params).org);
  if (!board) return publicJson(leverError(404, "Document not found"), 404);
  const context = boardContext(board);
  const postings = openJobs(board).map((job) => toLeverPosting(job, context));
  return publicJson(filterPostings(postings, parsed.query));
}, leverError);

export const OPTIONS = preflight;
