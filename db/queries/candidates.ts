import "server-only";
import { and, count, desc, eq, max, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "../client";
import { applications, candidates } from "../schema";
import { onViewersTeam } from "./visibility";

export const CANDIDATES_PAGE_SIZE = 25;

/** A page of candidates with at least one application the viewer may see, most recent applicants first. */
export async function listCandidates(viewer: Viewer, page: number) {
  const where = and(eq(candidates.organizationId, viewer.organizationId), onViewersTeam(viewer, applications.jobId));
  const [rows, [total]] = await Promise.all([
    db()
      .select({
        id: candidates.id,
        name: candidates.name,
        email: candidates.email,
        location: candidates.location,
        applicationCount: count(applications.id),
        lastAppliedAt: max(applications.createdAt),
      })
      .from(candidates)
      .innerJoin(applications, eq(applications.candidateId, candidates.id))
      .where(where)
      .groupBy(candidates.id)
      .orderBy(desc(max(applications.createdAt)), candidates.id)
      .limit(CANDIDATES_PAGE_SIZE)
      .offset((page - 1) * CANDIDATES_PAGE_SIZE),
    db()
      .select({ value: sql<number>`count(distinct ${candidates.id})`.mapWith(Number) })
      .from(candidates)
      .innerJoin(applications, eq(applications.candidateId, candidates.id))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}
