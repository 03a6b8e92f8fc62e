import type { NextRequest } from "next/server";
import { boardContext, openJobs } from "@/lib/public-api/board";
import { greenhouseError, greenhouseListQuery, toGreenhouseJob } from "@/lib/public-api/greenhouse";
import { preflight, publicGet, publicJson } from "@/lib/public-api/http";
import { loadBoard } from "@/server/cache/public";

/** Greenhouse-shaped list of an organisation's open jobs: GET /api/v1/boards/{org}/jobs[?content=true]. */
export const GET = publicGet(async (request: NextRequest, { params }: RouteContext<"/api/v1/boards/[org]/jobs">) => {
  const board = await loadBoard((await params).org);
  if (!board) return publicJson(greenhouseError(404, "Board not found"), 404);
  const { content } = greenhouseListQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
  const context = boardContext(board);
  const jobs = openJobs(board).map((job) => toGreenhouseJob(job, context, { content }));
  return publicJson({ jobs, meta: { total: jobs.length } });
}, greenhouseError);

export const OPTIONS = preflight;
