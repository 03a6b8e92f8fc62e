import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getBoardJob } from "@/db/queries/pipeline";
import type { Viewer } from "@/lib/auth/viewer";

/** The job behind the URL if the viewer may open its board; once per request for the layout, metadata and page. */
export const loadBoardJob = cache(async (viewer: Viewer, jobId: string) => {
  // A malformed id is simply a job that does not exist, never a database error.
  const id = z.uuid().safeParse(jobId);
  return id.success ? getBoardJob(viewer, id.data) : null;
});
