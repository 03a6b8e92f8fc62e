import { findBoardJob, parsePublicId } from "@/lib/public-api/board";
import { boardContext, loadBoard } from "@/lib/public-api/data";
import { preflight, publicGet, publicJson } from "@/lib/public-api/http";
import { leverError, toLeverPosting } from "@/lib/public-api/lever";

const notFound = () => publicJson(leverError(404, "Document not found"), 404);

/** Lever-shaped single posting: GET /api/v0/postings/{org}/{id}, where id is the job's public number. */
export const GET = publicGet(async (_request: Request, { params }: RouteContext<"/api/v0/postings/[org]/[id]">) => {
  const { org, id } = await params;
  const board = await loadBoard(org);
  const publicId = parsePublicId(id);
  const job = board && publicId !== null ? findBoardJob(board, publicId) : null;
  if (!board || !job) return notFound();
  return publicJson(toLeverPosting(job, boardContext(board)));
}, leverError);

export const OPTIONS = preflight;

// POST /api/v0/postings/{org}/{id} (Lever's "apply to a job posting") belongs here once the
// application service exists: export a POST handler that parses Lever's fields (name, email, phone,
// resume, urls, comments...) with zod and calls that service. Add POST to preflight()'s allowed
// methods (and Content-Type to its headers) at the same time; until then Next answers 405.
