import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, isNull, like, lt, or, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { can, seesAllJobs } from "@/lib/permissions";
import { rejectionReasonsOf, rejectionTemplateOf, renderRejectionEmail, REJECTION_EMAIL_DELAY_SECONDS } from "@/lib/board/rejection-email";
import type { BoardCard, BoardColumn, BoardCursor, BoardFilters, BoardStage } from "@/lib/board/types";
import { AppError } from "@/lib/errors";
import { candidateAlias, hidesIdentity } from "@/lib/review/identity";
import type { MoveApplicationsInput, RejectionSettingsInput, RestoreApplicationsInput } from "@/lib/validation/pipeline";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { db, type Executor, type Transaction } from "../client";
import {
  applicationEvents,
  applications,
  candidates,
  emailOutbox,
  jobStages,
  organizations,
  scorecards,
  type ApplicationStatus,
  type StageKind,
} from "../schema";
import { getJob } from "./jobs";
import { cancelEmail, enqueueEmail } from "./outbox";

/** Cards a column shows before "Show more"; the page never ships a whole 5,000-card pipeline. */
export const COLUMN_PAGE_SIZE = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses that sit on the board; rejected and withdrawn applicants are in the archive. */
const ON_BOARD: ApplicationStatus[] = ["active", "hired"];
const ARCHIVED: ApplicationStatus[] = ["rejected", "withdrawn"];
const REVEALING_KINDS: StageKind[] = ["offer", "hired"];

export type BoardJob = { id: string; title: string; anonymizedReview: boolean };

/** The job, if this viewer may open its board (same organisation, and on its team unless admin or recruiter). */
export async function getBoardJob(viewer: Viewer, jobId: string): Promise<BoardJob | null> {
  const job = await getJob(viewer, jobId);
  return job && { id: job.id, title: job.title, anonymizedReview: job.anonymizedReview };
}

async function requireBoardJob(viewer: Viewer, jobId: string): Promise<BoardJob> {
  const job = await getBoardJob(viewer, jobId);
  if (!job) throw new AppError("NOT_FOUND", "This job doesn't exist, or you don't have access to it.");
  return job;
}

function requireEditor(viewer: Viewer) {
  if (!seesAllJobs(viewer.role)) throw new AppError("FORBIDDEN", "Only admins and recruiters can change the pipeline.");
}

export async function listLiveStages(organizationId: string, jobId: string, executor: Executor = db()): Promise<BoardStage[]> {
  return executor
    .select({ id: jobStages.id, name: jobStages.name, kind: jobStages.kind })
    .from(jobStages)
    .where(and(eq(jobStages.organizationId, organizationId), eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position));
}

/** Whether this viewer must not see candidates' identity anywhere on this job's board. */
function anonymisedFor(viewer: Viewer, job: BoardJob) {
  return job.anonymizedReview && !seesAllJobs(viewer.role);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The URL filters as SQL. A text search never matches a name or email the viewer may not see. */
function filterConditions(viewer: Viewer, job: BoardJob, filters: BoardFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    const matches = or(ilike(candidates.name, pattern), ilike(candidates.email, pattern));
    conditions.push(
      anonymisedFor(viewer, job)
        ? and(matches, or(inArray(jobStages.kind, REVEALING_KINDS), sql`${applications.identityRevealedAt} is not null`))
        : matches,
    );
  }
  if (filters.source) conditions.push(eq(applications.source, filters.source));
  if (filters.from) conditions.push(gte(applications.createdAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) conditions.push(lt(applications.createdAt, new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS)));
  return and(...conditions);
}

/** Applications on this job's board that match the filters; callers join candidates and job_stages. */
function onBoard(viewer: Viewer, job: BoardJob, filters: BoardFilters): SQL | undefined {
  return and(
    eq(applications.organizationId, viewer.organizationId),
    eq(applications.jobId, job.id),
    inArray(applications.status, ON_BOARD),
    filterConditions(viewer, job, filters),
  );
}

// Microseconds matter: a JavaScript Date would round them and the keyset would skip or repeat cards.
const enteredAtText = sql<string>`to_char(${applications.stageEnteredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

async function scorecardSummaries(viewer: Viewer, applicationIds: string[]) {
  const summaries = new Map<string, NonNullable<BoardCard["scorecards"]>>();
  if (applicationIds.length === 0) return summaries;
  const rows = await db()
    .select({ applicationId: scorecards.applicationId, overall: scorecards.overall, count: sql<number>`count(*)`.mapWith(Number) })
    .from(scorecards)
    .where(and(eq(scorecards.organizationId, viewer.organizationId), inArray(scorecards.applicationId, applicationIds), eq(scorecards.status, "submitted")))
    .groupBy(scorecards.applicationId, scorecards.overall);
  // Reviewers must not see how others voted before they submit their own: only admins and recruiters get the tally.
  const withTally = seesAllJobs(viewer.role);
  for (const row of rows) {
    const summary = summaries.get(row.applicationId) ?? {
      submitted: 0,
      ...(withTally ? { tally: { strong_yes: 0, yes: 0, no: 0, strong_no: 0 } } : {}),
    };
    summary.submitted += row.count;
    if (summary.tally && row.overall) summary.tally[row.overall] += row.count;
    summaries.set(row.applicationId, summary);
  }
  return summaries;
}

type StagePage = { cards: BoardCard[]; nextCursor: BoardCursor | null };

/** One column's cards, newest arrivals first, from `cursor` on: a keyset page over (stage_entered_at, id). */
export async function listStageCards(
  viewer: Viewer,
  job: BoardJob,
  stage: BoardStage,
  filters: BoardFilters,
  cursor?: BoardCursor,
  limit = COLUMN_PAGE_SIZE,
): Promise<StagePage> {
  const rows = await db()
    .select({
      applicationId: applications.id,
      version: applications.version,
      name: candidates.name,
      source: applications.source,
      stageEnteredAt: applications.stageEnteredAt,
      enteredAtText,
      identityRevealedAt: applications.identityRevealedAt,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(
      and(
        onBoard(viewer, job, filters),
        eq(applications.stageId, stage.id),
        cursor ? sql`(${applications.stageEnteredAt}, ${applications.id}) < (${cursor.enteredAt}::timestamptz, ${cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(applications.stageEnteredAt), desc(applications.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const summaries = await scorecardSummaries(viewer, page.map((r) => r.applicationId));
  const now = Date.now();
  const cards = page.map((row) => ({
    applicationId: row.applicationId,
    version: row.version,
    displayName: hidesIdentity(viewer, { anonymizedReview: job.anonymizedReview, identityRevealedAt: row.identityRevealedAt, stageKind: stage.kind })
      ? candidateAlias(row.applicationId)
      : row.name,
    source: row.source,
    daysInStage: Math.max(0, Math.floor((now - row.stageEnteredAt.getTime()) / DAY_MS)),
    scorecards: summaries.get(row.applicationId) ?? null,
  }));
  const last = page.at(-1);
  return { cards, nextCursor: rows.length > limit && last ? { enteredAt: last.enteredAtText, id: last.applicationId } : null };
}

/** The board: every live stage in order with its (filtered) count and first page of cards. */
export async function getBoard(viewer: Viewer, job: BoardJob, filters: BoardFilters): Promise<BoardColumn[]> {
  const stages = await listLiveStages(viewer.organizationId, job.id);
  const counting = db()
    .select({ stageId: applications.stageId, count: sql<number>`count(*)`.mapWith(Number) })
    .from(applications)
    .$dynamic();
  // Without a text search the counts come from applications_job_stage_status_idx alone.
  const countRows = await (filters.q
    ? counting.innerJoin(candidates, eq(candidates.id, applications.candidateId)).innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    : counting
  )
    .where(onBoard(viewer, job, filters))
    .groupBy(applications.stageId);
  const counts = new Map(countRows.map((row) => [row.stageId, row.count]));
  const pages = await Promise.all(stages.map((stage) => listStageCards(viewer, job, stage, filters)));
  return stages.map((stage, i) => ({ stage, total: counts.get(stage.id) ?? 0, ...pages[i]! }));
}

/** The next page of one column, for "Show more". */
export async function loadStageCards(viewer: Viewer, input: { jobId: string; stageId: string; cursor: BoardCursor; filters: BoardFilters }) {
  const job = await requireBoardJob(viewer, input.jobId);
  const stage = (await listLiveStages(viewer.organizationId, job.id)).find((s) => s.id === input.stageId);
  if (!stage) throw new AppError("NOT_FOUND", "This stage is no longer on the board.");
  return listStageCards(viewer, job, stage, input.filters, input.cursor);
}

/** Distinct sources of the job's applications, for the source filter. */
export async function listJobSources(viewer: Viewer, jobId: string): Promise<string[]> {
  const rows = await db()
    .selectDistinct({ source: applications.source })
    .from(applications)
    .where(and(eq(applications.organizationId, viewer.organizationId), eq(applications.jobId, jobId), sql`${applications.source} is not null`))
    .orderBy(asc(applications.source))
    .limit(100);
  return rows.map((row) => row.source!);
}

export type ArchivedApplication = {
  applicationId: string;
  version: number;
  displayName: string;
  status: ApplicationStatus;
  reason: string | null;
  stageName: string;
  updatedAt: Date;
};

/** Rejected and withdrawn applicants of the job, most recent first. */
export async function listArchivedApplications(viewer: Viewer, job: BoardJob, limit = 200): Promise<ArchivedApplication[]> {
  const rows = await db()
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
    .where(and(eq(applications.organizationId, viewer.organizationId), eq(applications.jobId, job.id), inArray(applications.status, ARCHIVED)))
    .orderBy(desc(applications.updatedAt), desc(applications.id))
    .limit(limit);
  return rows.map(({ name, stageKind, identityRevealedAt, ...row }) => ({
    ...row,
    displayName: hidesIdentity(viewer, { anonymizedReview: job.anonymizedReview, identityRevealedAt, stageKind }) ? candidateAlias(row.applicationId) : name,
  }));
}

// ---------------------------------------------------------------------------------------------
// Changes. Each runs in one transaction: every card of a bulk action changes, or none does.

const STALE_MESSAGE = "This applicant was changed by someone else. The board now shows the latest.";

type Ref = { applicationId: string; version: number };

/** Locks the listed applications of this job and checks each is still at the version the client saw. */
async function lockApplications(tx: Transaction, viewer: Viewer, jobId: string, refs: Ref[]) {
  const rows = await tx
    .select({
      id: applications.id,
      version: applications.version,
      status: applications.status,
      stageId: applications.stageId,
      stageKind: jobStages.kind,
      stageArchived: sql<boolean>`${jobStages.archivedAt} is not null`,
      identityRevealedAt: applications.identityRevealedAt,
      candidateId: applications.candidateId,
    })
    .from(applications)
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(
      and(
        eq(applications.organizationId, viewer.organizationId),
        eq(applications.jobId, jobId),
        inArray(applications.id, refs.map((r) => r.applicationId)),
      ),
    )
    .for("update", { of: applications });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return refs.map((ref) => {
    const row = byId.get(ref.applicationId);
    if (!row) throw new AppError("NOT_FOUND", "This applicant is not on this job any more.");
    if (row.version !== ref.version) throw new AppError("STALE_VERSION", STALE_MESSAGE);
    return row;
  });
}

/** Compare-and-set on the version: the write only happens if nobody changed the row since the client read it. */
async function bumpApplication(tx: Transaction, ref: Ref, changes: PgUpdateSetSource<typeof applications>) {
  const [row] = await tx
    .update(applications)
    .set({ ...changes, version: sql`${applications.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(applications.id, ref.applicationId), eq(applications.version, ref.version)))
    .returning({ version: applications.version });
  if (!row) throw new AppError("STALE_VERSION", STALE_MESSAGE);
  return row.version;
}

export type ChangedApplication = { applicationId: string; version: number };

export async function moveApplications(viewer: Viewer, input: MoveApplicationsInput): Promise<ChangedApplication[]> {
  const job = await requireBoardJob(viewer, input.jobId);
  requireEditor(viewer);
  return db().transaction(async (tx) => {
    const [stage] = await tx
      .select({ id: jobStages.id, jobId: jobStages.jobId, kind: jobStages.kind, archivedAt: jobStages.archivedAt })
      .from(jobStages)
      .where(and(eq(jobStages.id, input.toStageId), eq(jobStages.organizationId, viewer.organizationId)));
    if (!stage || stage.jobId !== job.id) throw new AppError("CONFLICT", "That stage is not part of this job's pipeline.");
    if (stage.archivedAt) throw new AppError("CONFLICT", "That stage has been removed from this job's pipeline.");

    const rows = await lockApplications(tx, viewer, job.id, input.applications);
    const changed: ChangedApplication[] = [];
    for (const [i, row] of rows.entries()) {
      const ref = input.applications[i]!;
      // A hired applicant may only leave the Hired stage (which makes them active again); others need restoring first.
      if (row.status === "rejected" || row.status === "withdrawn" || (row.status === "hired" && row.stageKind !== "hired")) {
        throw new AppError("CONFLICT", "Restore this applicant before moving them.");
      }
      if (row.stageId === stage.id) {
        changed.push(ref);
        continue;
      }
      const reveal = REVEALING_KINDS.includes(stage.kind) && !row.identityRevealedAt;
      const status: ApplicationStatus = stage.kind === "hired" ? "hired" : "active";
      const version = await bumpApplication(tx, ref, {
        stageId: stage.id,
        status,
        stageEnteredAt: sql`now()`,
        ...(reveal ? { identityRevealedAt: sql`now()` } : {}),
      });
      const event = { organizationId: viewer.organizationId, applicationId: row.id, actorUserId: viewer.userId };
      await tx.insert(applicationEvents).values([
        { ...event, type: "moved" as const, fromStageId: row.stageId, toStageId: stage.id },
        ...(reveal ? [{ ...event, type: "identity_revealed" as const, data: { reason: "reached_offer" } }] : []),
        ...(status === "hired" && row.status !== "hired" ? [{ ...event, type: "hired" as const, toStageId: stage.id }] : []),
      ]);
      changed.push({ applicationId: row.id, version });
    }
    return changed;
  });
}

async function organizationSettings(organizationId: string) {
  const [org] = await db()
    .select({ name: organizations.name, settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
  return org;
}

export type RejectInput = { jobId: string; applications: Ref[]; reason: string; note: string; sendEmail: boolean };
export type RejectedApplication = ChangedApplication & { emailId: string | null };

export async function rejectApplications(viewer: Viewer, input: RejectInput): Promise<RejectedApplication[]> {
  const job = await requireBoardJob(viewer, input.jobId);
  requireEditor(viewer);
  const org = await organizationSettings(viewer.organizationId);
  if (!rejectionReasonsOf(org.settings).includes(input.reason)) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { reason: ["Choose one of the organisation's rejection reasons"] });
  }
  const template = rejectionTemplateOf(org.settings);
  return db().transaction(async (tx) => {
    const rows = await lockApplications(tx, viewer, job.id, input.applications);
    const people = await tx
      .select({ id: candidates.id, name: candidates.name, email: candidates.email, gone: sql<boolean>`${candidates.anonymizedAt} is not null or ${candidates.mergedIntoId} is not null` })
      .from(candidates)
      .where(and(eq(candidates.organizationId, viewer.organizationId), inArray(candidates.id, rows.map((r) => r.candidateId))));
    const candidateById = new Map(people.map((p) => [p.id, p]));
    const rejected: RejectedApplication[] = [];
    for (const [i, row] of rows.entries()) {
      const ref = input.applications[i]!;
      if (row.status !== "active") {
        throw new AppError("CONFLICT", row.status === "hired" ? "This applicant has been hired. Move them out of Hired before rejecting them." : "This applicant is already in the archive.");
      }
      const version = await bumpApplication(tx, ref, { status: "rejected", rejectionReason: input.reason, rejectionNote: input.note || null });
      await tx.insert(applicationEvents).values({
        organizationId: viewer.organizationId,
        applicationId: row.id,
        type: "rejected",
        fromStageId: row.stageId,
        actorUserId: viewer.userId,
        data: { reason: input.reason, ...(input.note ? { note: input.note } : {}), emailQueued: input.sendEmail },
      });
      const candidate = candidateById.get(row.candidateId);
      let emailId: string | null = null;
      if (input.sendEmail && candidate && !candidate.gone) {
        const email = renderRejectionEmail(template, { candidate_name: candidate.name, job_title: job.title, organization_name: org.name });
        emailId = await enqueueEmail(tx, {
          organizationId: viewer.organizationId,
          to: candidate.email,
          ...email,
          dedupeKey: `rejection:${row.id}:${version}`,
          delaySeconds: REJECTION_EMAIL_DELAY_SECONDS,
        });
        if (emailId) {
          await tx.update(emailOutbox).set({ candidateId: row.candidateId, applicationId: row.id }).where(eq(emailOutbox.id, emailId));
        }
      }
      rejected.push({ applicationId: row.id, version, emailId });
    }
    return rejected;
  });
}

export type RestoredApplication = ChangedApplication & { emailCancelled: boolean };

/** Brings rejected or withdrawn applicants back to the board, withdrawing a rejection email not yet sent. */
export async function restoreApplications(viewer: Viewer, input: RestoreApplicationsInput): Promise<RestoredApplication[]> {
  const job = await requireBoardJob(viewer, input.jobId);
  requireEditor(viewer);
  return db().transaction(async (tx) => {
    const rows = await lockApplications(tx, viewer, job.id, input.applications);
    const [firstLive] = await listLiveStages(viewer.organizationId, job.id, tx);
    const restored: RestoredApplication[] = [];
    for (const [i, row] of rows.entries()) {
      const ref = input.applications[i]!;
      if (row.status !== "rejected" && row.status !== "withdrawn") throw new AppError("CONFLICT", "This applicant is already on the board.");
      // Their stage may have been removed meanwhile: they come back at the start of the pipeline, not off the board.
      const stageId = row.stageArchived && firstLive ? firstLive.id : row.stageId;
      const version = await bumpApplication(tx, ref, {
        status: "active",
        rejectionReason: null,
        rejectionNote: null,
        ...(stageId !== row.stageId ? { stageId, stageEnteredAt: sql`now()` } : {}),
      });
      const event = { organizationId: viewer.organizationId, applicationId: row.id, actorUserId: viewer.userId };
      await tx.insert(applicationEvents).values({ ...event, type: "restored", fromStageId: row.stageId, toStageId: stageId, data: { from: row.status } });
      const pending = await tx
        .select({ id: emailOutbox.id })
        .from(emailOutbox)
        .where(
          and(
            eq(emailOutbox.organizationId, viewer.organizationId),
            eq(emailOutbox.applicationId, row.id),
            eq(emailOutbox.status, "pending"),
            like(emailOutbox.dedupeKey, "rejection:%"),
          ),
        );
      let emailCancelled = false;
      for (const email of pending) {
        if (await cancelEmail(tx, viewer.organizationId, email.id)) {
          emailCancelled = true;
          await tx.insert(applicationEvents).values({ ...event, type: "rejection_email_cancelled", data: { emailId: email.id } });
        }
      }
      restored.push({ applicationId: row.id, version, emailCancelled });
    }
    return restored;
  });
}

// ---------------------------------------------------------------------------------------------
// Rejection settings (organisation-wide).

export async function getRejectionSettings(organizationId: string) {
  const { settings } = await organizationSettings(organizationId);
  return { reasons: rejectionReasonsOf(settings), template: rejectionTemplateOf(settings) };
}

export async function updateRejectionSettings(viewer: Viewer, input: RejectionSettingsInput): Promise<void> {
  if (!can(viewer.role, "settings.rejection.edit")) throw new AppError("FORBIDDEN", "Only admins can change the rejection settings.");
  await db().transaction(async (tx) => {
    const [org] = await tx
      .select({ settings: organizations.settings })
      .from(organizations)
      .where(eq(organizations.id, viewer.organizationId))
      .for("update");
    if (!org) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    await tx
      .update(organizations)
      .set({
        settings: {
          ...org.settings,
          rejectionReasons: input.reasons.map((r) => r.value.trim()),
          rejectionEmailTemplate: { subject: input.subject.trim(), body: input.body.trim() },
        },
      })
      .where(eq(organizations.id, viewer.organizationId));
  });
}

