import type { NextRequest } from "next/server";
import { boardContext, findBoardJob, parsePublicId } from "@/lib/public-api/board";
import { greenhouseError, greenhouseJobQuery, toGreenhouseJobDetail } from "@/lib/public-api/greenhouse";
import { preflight, publicGet, publicJson } from "@/lib/public-api/http";
import { loadBoard, loadQuestions } from "@/server/cache/public";

/** Greenhouse-shaped single job: GET /api/v1/boards/{org}/jobs/{id}[?questions=true&pay_transparency=true]. */
export const GET = publicGet(async (request: NextRequest, { params }: RouteContext<"/api/v1/boards/[org]/jobs/[id]">) => {
  const { org, id } = await params;
  const board = await loadBoard(org);
  if (!board) return publicJson(greenhouseError(404, "Board not found"), 404);
  const publicId = parsePublicId(id);
  // Drafts, closed jobs and other organisations' jobs are not on the board, so they are simply not found.
  const job = publicId === null ? null : findBoardJob(board, publicId);
  if (!job) return publicJson(greenhouseError(404, "Job not found"), 404);
  const query = greenhouseJobQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  return publicJson(
    toGreenhouseJobDetail(job, boardContext(board), {
      questions: query.questions ? await loadQuestions(board.organization.slug, job.publicId) : undefined,
      payTransparency: query.pay_transparency,
    }),
  );
}, greenhouseError);

export const OPTIONS = preflight;
