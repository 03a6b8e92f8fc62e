import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { applicationEventTypes, ApplicationStatus, StageKind } from "@/lib/enums";
import type { Executor } from "../client";
import type { WebhookEvent } from "@/lib/webhooks/events";
import { webhookEventsPrefix } from "./webhooks";

// Set-based writes to a job's applications: each function is ONE statement whatever the number of
// cards, so a bulk change of 200 cards costs what a change of one does. Every write is a
// compare-and-set on `version`: a row is written only if it is still at the version the client saw,
// and the statement reports, card by card, what it found and what it wrote. The caller decides what
// those facts mean (stale, not found, not allowed) and rolls its transaction back when any card fails.

export type CardRef = { applicationId: string; version: number };

/** What one statement found for one listed card (null fields: not on this job), and its new version if written. */
export type CardFacts = {
  applicationId: string;
  seenVersion: number;
  /** Null when the application is not on this job of this organisation. */
  currentVersion: number | null;
  status: ApplicationStatus | null;
  stageId: string | null;
  stageKind: StageKind | null;
  stageArchived: boolean;
  identityRevealedAt: Date | null;
  /** Null when this statement did not write the row (stale, not found, or nothing to change). */
  newVersion: number | null;
};

type Scope = { organizationId: string; jobId: string; cards: CardRef[] };

const uuids = (values: (string | null)[]) => sql`${sql.param(values)}::uuid[]`;

/**
 * The statement's skeleton: the listed cards as `input`, what the database holds for them at the
 * statement's snapshot as `current`, the caller's UPDATE as `changed` (it must return `id, version`),
 * and one result row per listed card in the order given. Under concurrent writers the UPDATE waits for
 * the row and re-checks `version`, so a card someone else changed meanwhile is simply not written.
 */
async function compareAndSet<Extra extends Record<string, unknown>>(
  executor: Executor,
  { organizationId, jobId, cards }: Scope,
  update: SQL,
  { extraColumns = sql``, extraJoins = sql`` }: { extraColumns?: SQL; extraJoins?: SQL } = {},
): Promise<(CardFacts & Extra)[]> {
  const result = await executor.execute<CardFacts & Extra>(sql`
    with input as (
      select i.id, i.version, i.ord
      from unnest(${uuids(cards.map((c) => c.applicationId))}, ${sql.param(cards.map((c) => c.version))}::int[]) with ordinality as i(id, version, ord)
    ),
    current as (
      select i.ord, i.id, i.version as seen_version, a.version, a.status, a.stage_id, a.candidate_id, a.identity_revealed_at,
             s.kind as stage_kind, s.archived_at is not null as stage_archived
      from input i
      left join applications a on a.id = i.id and a.organization_id = ${organizationId} and a.job_id = ${jobId}
      left join job_stages s on s.id = a.stage_id
    ),
    changed as (${update})
    select c.id as "applicationId", c.seen_version as "seenVersion", c.version as "currentVersion", c.status, c.stage_id as "stageId",
           c.stage_kind as "stageKind", coalesce(c.stage_archived, false) as "stageArchived", c.identity_revealed_at as "identityRevealedAt",
           ch.version as "newVersion" ${extraColumns}
    from current c left join changed ch on ch.id = c.id ${extraJoins}
    order by c.ord
  `);
  // PGlite hands timestamps in raw rows back as text, node-postgres as Date.
  return result.rows.map((row) => ({ ...row, identityRevealedAt: row.identityRevealedAt === null ? null : new Date(row.identityRevealedAt) }) as CardFacts & Extra);
}

/**
 * Moves the listed cards to `toStage` (those not already there): new stage and status, the stage clock
 * restarted, identity revealed for good when the stage reveals it.
 */
export async function moveApplicationRows(
  executor: Executor,
  scope: Scope & { toStageId: string; status: ApplicationStatus; revealIdentity: boolean },
): Promise<(CardFacts & { candidateId: string | null })[]> {
  return compareAndSet<{ candidateId: string | null }>(
    executor,
    scope,
    sql`
      update applications a
      set stage_id = ${scope.toStageId}, status = ${scope.status}::application_status, stage_entered_at = now(),
          identity_revealed_at = case when ${scope.revealIdentity} then coalesce(a.identity_revealed_at, now()) else a.identity_revealed_at end,
          version = a.version + 1, updated_at = now()
      from current c
      where a.id = c.id and a.version = c.seen_version and c.stage_id <> ${scope.toStageId}
      returning a.id, a.version`,
    { extraColumns: sql`, c.candidate_id as "candidateId"` },
  );
}

export type RejectionFacts = CardFacts & { candidateId: string | null; name: string | null; email: string | null; candidateGone: boolean };

/** Rejects the listed cards with a reason, and reports who each candidate is (for the rejection email). */
export async function rejectApplicationRows(executor: Executor, scope: Scope & { reason: string; note: string | null }): Promise<RejectionFacts[]> {
  return compareAndSet<Omit<RejectionFacts, keyof CardFacts>>(
    executor,
    scope,
    sql`
      update applications a
      set status = 'rejected', rejection_reason = ${scope.reason}, rejection_note = ${scope.note}, version = a.version + 1, updated_at = now()
      from current c
      where a.id = c.id and a.version = c.seen_version
      returning a.id, a.version`,
    {
      extraColumns: sql`, c.candidate_id as "candidateId", p.name, p.email,
        coalesce(p.anonymized_at is not null or p.merged_into_id is not null, false) as "candidateGone"`,
      extraJoins: sql`left join candidates p on p.id = c.candidate_id and p.organization_id = ${scope.organizationId}`,
    },
  );
}

/**
 * Brings the listed cards back to the board. One whose stage was removed meanwhile comes back at the
 * start of the pipeline (the first live stage), not off the board.
 */
export async function restoreApplicationRows(executor: Executor, scope: Scope): Promise<(CardFacts & { newStageId: string | null })[]> {
  return compareAndSet<{ newStageId: string | null }>(
    executor,
    scope,
    sql`
      update applications a
      set status = 'active', rejection_reason = null, rejection_note = null,
          stage_id = coalesce(f.id, a.stage_id),
          stage_entered_at = case when f.id is null then a.stage_entered_at else now() end,
          version = a.version + 1, updated_at = now()
      from current c
      left join lateral (
        select st.id from job_stages st
        where c.stage_archived and st.job_id = ${scope.jobId} and st.organization_id = ${scope.organizationId} and st.archived_at is null
        order by st.position limit 1
      ) f on true
      where a.id = c.id and a.version = c.seen_version
      returning a.id, a.version, a.stage_id`,
    { extraColumns: sql`, ch.stage_id as "newStageId"` },
  );
}

export type NewApplicationEvent = {
  applicationId: string;
  type: (typeof applicationEventTypes)[number];
  fromStageId?: string | null;
  toStageId?: string | null;
  data?: Record<string, unknown>;
};

/** Records events in the order given, in one statement. */
export async function insertApplicationEvents(
  executor: Executor,
  {
    organizationId,
    actorUserId,
    actorApiKeyId = null,
    events,
    webhooks = [],
  }: {
    organizationId: string;
    actorUserId: string | null;
    actorApiKeyId?: string | null;
    events: NewApplicationEvent[];
    /** Webhook events of the same change, in the same statement. */
    webhooks?: WebhookEvent[];
  },
): Promise<void> {
  if (events.length === 0) return;
  await executor.execute(sql`${webhookEventsPrefix(organizationId, webhooks)}
    insert into application_events (organization_id, application_id, type, from_stage_id, to_stage_id, actor_user_id, actor_api_key_id, data)
    select ${organizationId}::uuid, e.application_id, e.type::application_event_type, e.from_stage_id, e.to_stage_id, ${actorUserId}::uuid, ${actorApiKeyId}::uuid, e.data::jsonb
    from unnest(
      ${uuids(events.map((e) => e.applicationId))}, ${sql.param(events.map((e) => e.type))}::text[],
      ${uuids(events.map((e) => e.fromStageId ?? null))}, ${uuids(events.map((e) => e.toStageId ?? null))},
      ${sql.param(events.map((e) => JSON.stringify(e.data ?? {})))}::text[]
    ) with ordinality as e(application_id, type, from_stage_id, to_stage_id, data, ord)
    order by e.ord`);
}

/** Rejection emails of these applications still waiting in the outbox (their undo window). */
export async function listPendingRejectionEmails(executor: Executor, organizationId: string, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  const result = await executor.execute<{ id: string; applicationId: string }>(sql`
    select id, application_id as "applicationId" from email_outbox
    where organization_id = ${organizationId} and application_id = any(${uuids(applicationIds)})
      and status = 'pending' and dedupe_key like 'rejection:%'
    order by created_at, id`);
  return result.rows;
}
