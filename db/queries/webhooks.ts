import "server-only";
import { and, desc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { WebhookEvent } from "@/lib/webhooks/events";
import type { MemberRole } from "@/lib/enums";
import type { Executor } from "../client";
import { memberships, users, webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from "../schema";

/**
 * The parts of a WITH that record events of one organisation and a delivery of each to every enabled
 * endpoint subscribed to its type. `source` is a SELECT of `type` (text) and `data` (jsonb) rows; an event
 * no endpoint wants is not stored at all. Part of the statement (and so the transaction) of its cause.
 */
export function webhookEventParts(organizationId: string, source: SQL, name = "webhook") {
  const subscribed = sql`${webhookEndpoints.organizationId} = ${organizationId}::uuid and ${webhookEndpoints.enabled}`;
  return sql`
    ${sql.identifier(`${name}_events`)} as (
      insert into ${webhookEvents} (organization_id, type, payload)
      select ${organizationId}::uuid, s.type,
        jsonb_build_object('type', s.type, 'timestamp', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'data', s.data)
      from (${source}) s
      where exists (select 1 from ${webhookEndpoints} where ${subscribed} and s.type = any(${webhookEndpoints.events}))
      returning id, type
    ), ${sql.identifier(`${name}_deliveries`)} as (
      insert into ${webhookDeliveries} (organization_id, endpoint_id, event_id)
      select ${organizationId}::uuid, ${webhookEndpoints.id}, e.id
      from ${sql.identifier(`${name}_events`)} e join ${webhookEndpoints} on ${subscribed} and e.type = any(${webhookEndpoints.events})
    )`;
}

/** webhookEventParts for events given as values; an empty WITH prefix when there are none. */
export function webhookEventsPrefix(organizationId: string, events: WebhookEvent[]): SQL {
  if (events.length === 0) return sql``;
  const source = sql`select x.type, x.data from jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as x(type text, data jsonb)`;
  return sql`with ${webhookEventParts(organizationId, source)} `;
}

/** Records `events` for the organisation's subscribed endpoints, in one statement on the caller's transaction. */
export async function insertWebhookEvents(executor: Executor, organizationId: string, events: WebhookEvent[]): Promise<void> {
  if (events.length === 0) return;
  await executor.execute(sql`${webhookEventsPrefix(organizationId, events)} select 1`);
}

export async function insertWebhookEndpoint(executor: Executor, values: { organizationId: string; url: string; events: string[]; secret: string }) {
  const [row] = await executor.insert(webhookEndpoints).values(values).returning({ id: webhookEndpoints.id });
  return row!;
}

/** The previous secret while it still signs; null once its overlap is over (or it was never rolled). */
const previousSecretActive = sql`${webhookEndpoints.previousSecretExpiresAt} > now()`;

const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  events: webhookEndpoints.events,
  enabled: webhookEndpoints.enabled,
  disabledReason: webhookEndpoints.disabledReason,
  createdAt: webhookEndpoints.createdAt,
  secretVersion: webhookEndpoints.secretVersion,
  previousSecretUntil: sql<Date | null>`case when ${previousSecretActive} then ${webhookEndpoints.previousSecretExpiresAt} end`.mapWith(webhookEndpoints.previousSecretExpiresAt),
};

export type WebhookEndpointSummary = {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
  secretVersion: number;
  /** Until when the secret before the last roll still signs beside the current one; null when it no longer does. */
  previousSecretUntil: Date | null;
};

export async function listWebhookEndpoints(executor: Executor, organizationId: string): Promise<WebhookEndpointSummary[]> {
  return executor.select(endpointColumns).from(webhookEndpoints).where(eq(webhookEndpoints.organizationId, organizationId)).orderBy(webhookEndpoints.createdAt);
}

export async function findWebhookEndpoint(executor: Executor, organizationId: string, endpointId: string): Promise<WebhookEndpointSummary | null> {
  const [row] = await executor
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId)));
  return row ?? null;
}

/**
 * Enables or disables an endpoint. Enabling starts the retry window of its pending deliveries again, so
 * what waited while it was off is tried now rather than given up at once. False when there is no such endpoint.
 */
export async function setWebhookEndpointEnabled(executor: Executor, organizationId: string, endpointId: string, enabled: boolean): Promise<boolean> {
  const rows = await executor
    .update(webhookEndpoints)
    .set({ enabled, disabledReason: null })
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId)))
    .returning({ id: webhookEndpoints.id });
  if (rows.length === 0) return false;
  if (enabled) {
    await executor
      .update(webhookDeliveries)
      .set({ failures: 0, nextAttemptAt: sql`now()`, retryFrom: sql`now()` })
      .where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")));
  }
  return true;
}

export async function deleteWebhookEndpoint(executor: Executor, organizationId: string, endpointId: string): Promise<boolean> {
  const rows = await executor
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId)))
    .returning({ id: webhookEndpoints.id });
  return rows.length > 0;
}

/**
 * Replaces an endpoint's secret with `secret` if it is still at `expectedVersion`, keeping the one it
 * replaces as the previous secret for `overlapHours` (a previous one still in its overlap stops signing now).
 * Null when the endpoint is not the organisation's or another roll came first.
 */
export async function rollWebhookEndpointSecret(
  executor: Executor,
  organizationId: string,
  { endpointId, expectedVersion, secret, overlapHours }: { endpointId: string; expectedVersion: number; secret: string; overlapHours: number },
): Promise<{ secretVersion: number; previousSecretUntil: Date } | null> {
  const [row] = await executor
    .update(webhookEndpoints)
    .set({
      previousSecret: sql`${webhookEndpoints.secret}`,
      previousSecretExpiresAt: sql`now() + make_interval(hours => ${overlapHours})`,
      secret,
      secretVersion: sql`${webhookEndpoints.secretVersion} + 1`,
    })
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.secretVersion, expectedVersion)))
    .returning({ secretVersion: webhookEndpoints.secretVersion, previousSecretUntil: webhookEndpoints.previousSecretExpiresAt });
  return row ? { secretVersion: row.secretVersion, previousSecretUntil: row.previousSecretUntil! } : null;
}

/** Delivers an event again from now, with a fresh retry window: the same event id, so a receiver that already has it can tell. */
export async function redeliverWebhook(executor: Executor, organizationId: string, deliveryId: string): Promise<{ endpointId: string } | null> {
  const [row] = await executor
    .update(webhookDeliveries)
    .set({ status: "pending", failures: 0, nextAttemptAt: sql`now()`, retryFrom: sql`now()` })
    .where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.id, deliveryId)))
    .returning({ endpointId: webhookDeliveries.endpointId });
  return row ?? null;
}

export type WebhookDeliveryRow = {
  id: string;
  eventId: string;
  type: string;
  status: "pending" | "succeeded" | "failed";
  nextAttemptAt: Date;
  createdAt: Date;
  attempts: { id: string; startedAt: Date; finishedAt: Date | null; durationMs: number | null; responseStatus: number | null; responseBody: string | null; error: string | null }[];
};

/** An endpoint's latest deliveries, newest first, each with its attempts (oldest first). */
export async function listWebhookDeliveries(executor: Executor, organizationId: string, endpointId: string, limit = 50): Promise<WebhookDeliveryRow[]> {
  const deliveries = await executor
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      type: webhookEvents.type,
      status: webhookDeliveries.status,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.endpointId, endpointId)))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
  if (deliveries.length === 0) return [];
  const attempts = await executor
    .select()
    .from(webhookAttempts)
    .where(and(eq(webhookAttempts.organizationId, organizationId), inArray(webhookAttempts.deliveryId, deliveries.map((d) => d.id))))
    .orderBy(webhookAttempts.startedAt);
  return deliveries.map((delivery) => ({ ...delivery, attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id) }));
}

export type ClaimedDelivery = {
  id: string;
  organizationId: string;
  endpointId: string;
  url: string;
  secret: string;
  /** The secret before the last roll while it still signs (24 hours), else null. */
  previousSecret: string | null;
  eventId: string;
  payload: unknown;
  failures: number;
  /** Whether the retry window has passed: a failure now is the last. */
  windowOver: boolean;
};

const notClaimed = or(isNull(webhookDeliveries.lockedUntil), lt(webhookDeliveries.lockedUntil, sql`now()`));

/**
 * Takes up to `limit` due deliveries of enabled endpoints for this worker, for `claimSeconds` (beyond one
 * request with its timeout). SKIP LOCKED lets several servers claim at once; a worker that dies mid-request
 * only delays its deliveries until the claim lapses, and the next one sends the same event id again.
 */
export async function claimDueWebhookDeliveries(executor: Executor, limit: number, claimSeconds: number, windowHours: number): Promise<ClaimedDelivery[]> {
  const due = executor
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, sql`now()`), notClaimed, eq(webhookEndpoints.enabled, true)))
    .orderBy(webhookDeliveries.nextAttemptAt)
    .limit(limit)
    .for("update", { of: webhookDeliveries, skipLocked: true });
  const claimed = await executor
    .update(webhookDeliveries)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${claimSeconds})` })
    .where(inArray(webhookDeliveries.id, due))
    .returning({ id: webhookDeliveries.id });
  if (claimed.length === 0) return [];
  return executor
    .select({
      id: webhookDeliveries.id,
      organizationId: webhookDeliveries.organizationId,
      endpointId: webhookEndpoints.id,
      url: webhookEndpoints.url,
      secret: webhookEndpoints.secret,
      previousSecret: sql<string | null>`case when ${previousSecretActive} then ${webhookEndpoints.previousSecret} end`,
      eventId: webhookEvents.id,
      payload: webhookEvents.payload,
      failures: webhookDeliveries.failures,
      windowOver: sql<boolean>`${webhookDeliveries.retryFrom} + make_interval(hours => ${windowHours}) <= now()`,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(inArray(webhookDeliveries.id, claimed.map((row) => row.id)));
}

/** Logs the start of a request before it is made, so one cut short by a crash still shows. */
export async function startWebhookAttempt(executor: Executor, delivery: { id: string; organizationId: string }): Promise<string> {
  const [row] = await executor.insert(webhookAttempts).values({ organizationId: delivery.organizationId, deliveryId: delivery.id }).returning({ id: webhookAttempts.id });
  return row!.id;
}

export async function finishWebhookAttempt(
  executor: Executor,
  attemptId: string,
  outcome: { durationMs: number; responseStatus: number | null; responseBody: string | null; error: string | null },
): Promise<void> {
  await executor
    .update(webhookAttempts)
    .set({ ...outcome, finishedAt: sql`now()` })
    .where(eq(webhookAttempts.id, attemptId));
}

export async function markWebhookDelivered(executor: Executor, deliveryId: string): Promise<void> {
  await executor.update(webhookDeliveries).set({ status: "succeeded", lockedUntil: null }).where(eq(webhookDeliveries.id, deliveryId));
}

export async function scheduleWebhookRetry(executor: Executor, deliveryId: string, delaySeconds: number, windowHours: number): Promise<void> {
  await executor
    .update(webhookDeliveries)
    .set({
      failures: sql`${webhookDeliveries.failures} + 1`,
      lockedUntil: null,
      // Never past the end of the retry window: the last attempt is made as it closes.
      nextAttemptAt: sql`least(now() + make_interval(secs => ${delaySeconds}), greatest(now(), ${webhookDeliveries.retryFrom} + make_interval(hours => ${windowHours})))`,
    })
    .where(eq(webhookDeliveries.id, deliveryId));
}

/**
 * Gives a delivery up and disables its endpoint (when still enabled), in the caller's transaction. True when
 * this call disabled it, so the caller tells the admins once.
 */
export async function giveUpWebhookDelivery(executor: Executor, delivery: { id: string; organizationId: string; endpointId: string }, reason: string): Promise<boolean> {
  await executor
    .update(webhookDeliveries)
    .set({ status: "failed", failures: sql`${webhookDeliveries.failures} + 1`, lockedUntil: null })
    .where(eq(webhookDeliveries.id, delivery.id));
  const disabled = await executor
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: reason })
    .where(and(eq(webhookEndpoints.organizationId, delivery.organizationId), eq(webhookEndpoints.id, delivery.endpointId), eq(webhookEndpoints.enabled, true)))
    .returning({ id: webhookEndpoints.id });
  return disabled.length > 0;
}

/** The addresses of the organisation's active members in these roles. */
export async function listMemberEmailsInRoles(executor: Executor, organizationId: string, roles: MemberRole[]): Promise<string[]> {
  const rows = await executor
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, roles), isNull(memberships.deactivatedAt), isNull(users.disabledAt)));
  return rows.map((row) => row.email);
}
