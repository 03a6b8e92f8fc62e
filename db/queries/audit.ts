import "server-only";
import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { auditDayRange, type AuditFilters, type AuditView } from "@/lib/validation/audit";
import type { Executor } from "../client";
import { auditEvents, organizations, users } from "../schema";

export type AuditEntry = typeof auditEvents.$inferInsert;

/** Appends entries to the audit log (one statement for any number). */
export async function insertAuditEvents(executor: Executor, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await executor.insert(auditEvents).values(entries);
}

/** The entry's time to the microsecond, as text: a page cursor must not lose what a JavaScript Date would. */
const exactTime = sql<string>`to_char(${auditEvents.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterConditions(organizationId: string, filters: AuditFilters, timeZone: string): SQL[] {
  const conditions: (SQL | undefined)[] = [eq(auditEvents.organizationId, organizationId)];
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.targetType) conditions.push(eq(auditEvents.targetType, filters.targetType));
  if (filters.actor) {
    const pattern = `%${escapeLike(filters.actor)}%`;
    conditions.push(or(ilike(auditEvents.actorLabel, pattern), ilike(users.email, pattern)));
  }
  const days = auditDayRange(filters, timeZone);
  if (days.from) conditions.push(gte(auditEvents.createdAt, days.from));
  if (days.until) conditions.push(lt(auditEvents.createdAt, days.until));
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

/**
 * One page of the organisation's audit log, newest first, filtered: `limit` entries before the cursor
 * (older) or after it (newer), by keyset on (created_at, id) so every page costs the same however deep.
 * Each entry carries its actor's current email and name when the actor is a user. The filter's days are
 * days in `timeZone`.
 */
export async function listAuditEvents(executor: Executor, organizationId: string, view: AuditView, limit: number, timeZone = "UTC") {
  const conditions = filterConditions(organizationId, view, timeZone);
  const newer = Boolean(view.after);
  const cursor = view.before ?? view.after;
  if (cursor) {
    const position = sql`(${auditEvents.createdAt}, ${auditEvents.id})`;
    const at = sql`(${cursor.at}::timestamptz, ${cursor.id}::bigint)`;
    conditions.push(newer ? sql`${position} > ${at}` : sql`${position} < ${at}`);
  }
  const order = newer ? [asc(auditEvents.createdAt), asc(auditEvents.id)] : [desc(auditEvents.createdAt), desc(auditEvents.id)];
  const rows = await executor
    .select({
      id: auditEvents.id,
      at: exactTime,
      createdAt: auditEvents.createdAt,
      actorLabel: auditEvents.actorLabel,
      actorEmail: users.email,
      actorName: users.name,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      targetLabel: auditEvents.targetLabel,
      ip: auditEvents.ip,
      userAgent: auditEvents.userAgent,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit);
  return newer ? rows.reverse() : rows;
}

export type AuditListEntry = Awaited<ReturnType<typeof listAuditEvents>>[number];

/** The target types the organisation's log holds, for the filter's choices. */
export async function listAuditTargetTypes(executor: Executor, organizationId: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ type: auditEvents.targetType })
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, organizationId), isNotNull(auditEvents.targetType)))
    .orderBy(asc(auditEvents.targetType));
  return rows.map((row) => row.type!);
}

/**
 * Deletes up to `batch` entries older than their organisation's retention (settings.auditRetentionDays,
 * else `defaultDays`; entries of no organisation use `defaultDays`). Returns how many went. The
 * append-only trigger refuses UPDATE only: leaving by age is the one way out.
 */
export async function deleteExpiredAuditEvents(executor: Executor, defaultDays: number, batch = 5000): Promise<number> {
  const days = sql`coalesce(
    case when ${organizations.settings}->>'auditRetentionDays' ~ '^[0-9]{1,5}$' then (${organizations.settings}->>'auditRetentionDays')::int end,
    ${defaultDays}::int)`;
  const expired = executor
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .leftJoin(organizations, eq(organizations.id, auditEvents.organizationId))
    .where(lt(auditEvents.createdAt, sql`now() - make_interval(days => ${days})`))
    .limit(batch);
  const deleted = await executor.delete(auditEvents).where(inArray(auditEvents.id, expired)).returning({ id: auditEvents.id });
  return deleted.length;
}
