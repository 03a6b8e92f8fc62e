import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { findJob } from "@/db/queries/jobs";
import { jobScope, type Capability } from "@/lib/permissions";
import { requireMember } from "@/server/auth/session";

/**
 * The signed-in member and the job of this URL, for the job's layout and pages (one query per
 * request). A malformed id, another organisation's job, a job off the viewer's team, and a page the
 * member's role may not use all end in the same 404.
 */
export const requireJob = cache(async (jobId: string, capability?: Capability) => {
  const member = await requireMember(capability);
  const id = z.uuid().safeParse(jobId);
  const job = id.success ? await findJob(jobScope(member), id.data) : null;
  if (!job) notFound();
  return { member, job };
});

/**
 * generateMetadata for a page of one job. (The job's editor tabs have no loading.tsx on purpose, and the overview's sits in a route group: a Suspense
 * boundary there would start the response before an editor page refuses a hiring manager, who would
 * then get a 200 page saying "not found" instead of a 404.) Checking access here, before anything streams, is what makes
 * a refused page answer with HTTP 404 rather than a 200 page that then shows "not found".
 */
export function jobPageMetadata(title: string | null, capability?: Capability) {
  return async ({ params }: { params: Promise<{ jobId: string }> }): Promise<Metadata> => {
    const { job } = await requireJob((await params).jobId, capability);
    return { title: title ? `${title} · ${job.title}` : job.title };
  };
}

/** generateMetadata for a page only job managers use (new, import): 404 for anyone else, before streaming. */
export function managerPageMetadata(title: string, capability: Capability) {
  return async (): Promise<Metadata> => {
    await requireMember(capability);
    return { title };
  };
}
