import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { BoardCursor, BoardFilters, BoardStage } from "@/lib/board/types";
import type { JobTeamRole } from "@/lib/enums";
import type { Executor } from "../client";
import { applications, candidates, jobMembers, jobs, jobStages, scorecards, type ApplicationStatus, type StageKind } from "../schema";

// Reads behind the pipeline board. Data only: the caller decides what the reader may see and passes it
// in (`searchHiddenNames`), and turns the rows into cards (aliases, tallies).

const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses that sit on the board; rejected and withdrawn applicants are in the archive. */
const ON_BOARD: ApplicationStatus[] = ["active", "hired"];
const ARCHIVED: ApplicationStatus[] = ["rejected", "withdrawn"];
/** Stages at which a candidate's identity is no longer hidden from anyone. */
export const REVEALING_KINDS: StageKind[] = ["offer", "hired"];

export type PipelineJob = { id: string; title: string; anonymizedReview: boolean; teamRole: JobTeamRole | null };

/** The organisation's job with the member's role on its hiring team (null when not on it). */
export async function findPipelineJob(
  executor: Executor,
  { organizationId, jobId, userId }: { organizationId: string; jobId: string; userId: string },
): Promise<PipelineJob | null> {
  const [job] = await executor
    .select({ id: jobs.id, title: jobs.title, anonymizedReview: jobs.anonymizedReview, teamRole: jobMembers.role })
    .from(jobs)
    .leftJoin(jobMembers, and(eq(jobMembers.jobId, jobs.id), eq(jobMembers.userId, userId)))
    .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, organizationId)))
    .limit(1);
  return job ?? null;
}

/** A stage of the organisation, with the job it belongs to; null when there is no such stage. */
export async function findJobStage(executor: Executor, organizationId: string, stageId: string) {
  const [stage] = await executor
    .select({ id: jobStages.id, jobId: jobStages.jobId, kind: jobStages.kind, archived: sql<boolean>`${jobStages.archivedAt} is not null` })
    .from(jobStages)
    .where(and(eq(jobStages.id, stageId), eq(jobStages.organizationId, organizationId)));
  return stage ?? null;
}

export async function listLiveStages(executor: Executor, organizationId: string, jobId: string): Promise<BoardStage[]> {
  return executor
    .select({ id: jobStages.id, name: jobStages.name, kind: jobStages.kind })
    .from(jobStages)
    .where(and(eq(jobStages.organizationId, organizationId), eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position));
}

export type BoardQuery = {
  organizationId: string;
  jobId: string;
  filters: BoardFilters;
  /** False when the reader must not find candidates by a name or email hidden from them (anonymised review). */
  searchHiddenNames: boolean;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The URL filters as SQL; a text search needs candidates and job_stages joined. */
function filterConditions({ filters, searchHiddenNames }: BoardQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const matches = or(ilike(candidates.name, pattern), ilike(candidates.email, pattern));
    conditions.push(
      searchHiddenNames ? matches : and(matches, or(inArray(jobStages.kind, REVEALING_KINDS), sql`${applications.identityRevealedAt} is not null`)),
    );
  }
  if (filters.source) conditions.push(eq(applications.source, filters.source));
  if (filters.from) conditions.push(gte(applications.createdAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) conditions.push(lt(applications.createdAt, new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS)));
  return and(...conditions);
}

function onBoard(query: BoardQuery): SQL | undefined {
  return and(
    eq(applications.organizationId, query.organizationId),
    eq(applications.jobId, query.jobId),
    inArray(applications.status, ON_BOARD),
    filterConditions(query),
  );
}

// Microseconds matter: a JavaScript Date would round them and the keyset would skip or repeat cards.
const enteredAtText = sql<string>`to_char(${applications.stageEnteredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export type CardRow = {
  applicationId: string;
  stageId: string;
  version: number;
  name: string;
  source: string | null;
  stageEnteredAt: Date;
  enteredAtText: string;
  identityRevealedAt: Date | null;
};

const cardFields = {
  applicationId: applications.id,
  stageId: applications.stageId,
  version: applications.version,
  name: candidates.name,
  source: applications.source,
  stageEnteredAt: applications.stageEnteredAt,
  enteredAtText,
  identityRevealedAt: applications.identityRevealedAt,
};

/**
 * Every column of the board in one statement: each stage's newest `pageSize` cards (newest arrivals
 * first, the keyset order of listStageCardRows) and the stage's filtered total. Only the kept cards
 * look up their candidate's name (unless a text search needs candidates for every row).
 */
export async function listBoardColumnRows(executor: Executor, query: BoardQuery, pageSize: number): Promise<(CardRow & { total: number })[]> {
  const base = executor
    .select({
      applicationId: applications.id,
      stageId: applications.stageId,
      version: applications.version,
      source: applications.source,
      stageEnteredAt: applications.stageEnteredAt,
      identityRevealedAt: applications.identityRevealedAt,
      candidateId: applications.candidateId,
      rank: sql<number>`(row_number() over (partition by ${applications.stageId} order by ${applications.stageEnteredAt} desc, ${applications.id} desc))::int`.as("rank"),
      total: sql<number>`(count(*) over (partition by ${applications.stageId}))::int`.as("total"),
    })
    .from(applications)
    .$dynamic();
  const ranked = (
    query.filters.q
      ? base.innerJoin(candidates, eq(candidates.id, applications.candidateId)).innerJoin(jobStages, eq(jobStages.id, applications.stageId))
      : base
  )
    .where(onBoard(query))
    .as("ranked");
  return executor
    .select({
      applicationId: ranked.applicationId,
      stageId: ranked.stageId,
      version: ranked.version,
      name: sql<string>`(select ${candidates.name} from ${candidates} where ${candidates.id} = ${ranked.candidateId})`,
      source: ranked.source,
      stageEnteredAt: ranked.stageEnteredAt,
      enteredAtText: sql<string>`to_char(${ranked.stageEnteredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      identityRevealedAt: ranked.identityRevealedAt,
      total: ranked.total,
    })
    .from(ranked)
    .where(lte(ranked.rank, pageSize))
    .orderBy(ranked.stageId, ranked.rank);
}

/** One column's cards from `cursor` on, newest arrivals first: a keyset page over (stage_entered_at, id). */
export async function listStageCardRows(
  executor: Executor,
  query: BoardQuery & { stageId: string; cursor?: BoardCursor; limit: number },
): Promise<CardRow[]> {
  const { stageId, cursor, limit } = query;
  return executor
    .select(cardFields)
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(
      and(
        onBoard(query),
        eq(applications.stageId, stageId),
        cursor ? sql`(${applications.stageEnteredAt}, ${applications.id}) < (${cursor.enteredAt}::timestamptz, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(applications.stageEnteredAt), desc(applications.id))
    .limit(limit);
}

/**
 * The cards just before and just after one application in its column, in the board's order (newest
 * arrivals first) and under the board's filters: what "Previous" and "Next candidate" open.
 */
export async function findStageNeighbourRows(
  executor: Executor,
  query: BoardQuery & { stageId: string; applicationId: string },
): Promise<{ previous: CardRow | null; next: CardRow | null }> {
  const current = sql`(select ${applications.stageEnteredAt}, ${applications.id} from ${applications} where ${applications.id} = ${query.applicationId} and ${applications.organizationId} = ${query.organizationId})`;
  const position = sql`(${applications.stageEnteredAt}, ${applications.id})`;
  const neighbour = (after: boolean) =>
    executor
      .select(cardFields)
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
      .where(and(onBoard(query), eq(applications.stageId, query.stageId), after ? sql`${position} < ${current}` : sql`${position} > ${current}`))
      .orderBy(...(after ? [desc(applications.stageEnteredAt), desc(applications.id)] : [asc(applications.stageEnteredAt), asc(applications.id)]))
      .limit(1);
  const [[previous], [next]] = await Promise.all([neighbour(false), neighbour(true)]);
  return { previous: previous ?? null, next: next ?? null };
}

/** Submitted scorecards of these applications, counted per overall recommendation. */
export async function countSubmittedScorecards(executor: Executor, organizationId: string, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return executor
    .select({ applicationId: scorecards.applicationId, overall: scorecards.overall, count: sql<number>`count(*)`.mapWith(Number) })
    .from(scorecards)
    .where(and(eq(scorecards.organizationId, organizationId), inArray(scorecards.applicationId, applicationIds), eq(scorecards.status, "submitted")))
    .groupBy(scorecards.applicationId, scorecards.overall);
}

/** Distinct sources of the job's applications, for the source filter. */
export async function listJobSources(executor: Executor, organizationId: string, jobId: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ source: applications.source })
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId), eq(applications.jobId, jobId), sql`${applications.source} is not null`))
    .orderBy(asc(applications.source))
    .limit(100);
  return rows.map((row) => row.source!);
}

/** Rejected and withdrawn applicants of the job, most recent first. */
export async function listArchivedApplicationRows(executor: Executor, organizationId: string, jobId: string, limit: number) {
  return executor
    .select({
      applicationId: applications.id,
      version: applications.version,
      name: candidates.name,
      status: applications.status,
      reason: applications.rejectionReason,
      stageName: jobStages.name,
      stageKind: jobStages.kind,
      identityRevealedAt: applications.identityRevealedAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(applications.organizationId, organizationId), eq(applications.jobId, jobId), inArray(applications.status, ARCHIVED)))
    .orderBy(desc(applications.updatedAt), desc(applications.id))
    .limit(limit);
}
