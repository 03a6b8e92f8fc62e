import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { JobBoardProvider } from "@/lib/enums";
import type { Executor } from "../client";
import { jobSources } from "../schema";

// Which jobs came from which posting of another service's board (server/jobs/import-board.ts).

type BoardRef = { organizationId: string; provider: JobBoardProvider; board: string };

/** The ids of the board's postings this organisation has imported already (and still has). */
export async function listImportedPostingIds(executor: Executor, { organizationId, provider, board }: BoardRef): Promise<Set<string>> {
  const rows = await executor
    .select({ externalId: jobSources.externalId })
    .from(jobSources)
    .where(and(eq(jobSources.organizationId, organizationId), eq(jobSources.provider, provider), eq(jobSources.board, board)));
  return new Set(rows.map((row) => row.externalId));
}

/** Until the transaction ends, another import of the same board into the same organisation waits. */
export async function lockBoardImport(tx: Executor, { organizationId, provider, board }: BoardRef): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`job-import:${organizationId}:${provider}:${board}`}, 0))`);
}

export async function insertJobSources(tx: Executor, { organizationId, provider, board }: BoardRef, jobs: { jobId: string; externalId: string }[]): Promise<void> {
  if (jobs.length === 0) return;
  await tx.insert(jobSources).values(jobs.map(({ jobId, externalId }) => ({ organizationId, provider, board, jobId, externalId })));
}
