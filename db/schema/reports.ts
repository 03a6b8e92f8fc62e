import { sql } from "drizzle-orm";
import { index, pgTable, smallint, timestamp, uuid } from "drizzle-orm/pg-core";
import { applicationEvents, applications } from "./candidates";
import { organizationId } from "./columns";
import { jobStages } from "./jobs";

/**
 * How far each application ever got: the rank (applied 1 … hired 5) of the furthest kind of stage it
 * entered. A rollup for the reports, kept by a trigger on application_events (migration
 * 0017_report_reach_trigger), so it changes in the transaction of every move and is never stale: counting
 * the funnel from the events themselves took seconds on 100,000 applications (bench/reports.mjs).
 */
export const applicationReach = pgTable(
  "application_reach",
  {
    applicationId: uuid("application_id")
      .primaryKey()
      .references(() => applications.id, { onDelete: "cascade" }),
    organizationId: organizationId(),
    furthestRank: smallint("furthest_rank").notNull(),
  },
  (t) => [index("application_reach_org_idx").on(t.organizationId)],
);

/**
 * Each stay of an application in a stage: one row per event that entered a stage (the hire's own
 * `hired` event is no new stay), from that event to the next stage entered (null while it lasts). The
 * time-in-stage report's rollup, kept like application_reach by a trigger on application_events
 * (migration 0019_report_stage_stays), in the transaction of every move: pairing each entry with the next
 * by a window over the events took 320–970 ms on 500,000 events (bench/reports.mjs). It holds ids and
 * times only, no personal data, and goes with its application or event.
 */
export const applicationStageStays = pgTable(
  "application_stage_stays",
  {
    eventId: uuid("event_id")
      .primaryKey()
      .references(() => applicationEvents.id, { onDelete: "cascade" }),
    organizationId: organizationId(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => jobStages.id, { onDelete: "restrict" }),
    enteredAt: timestamp("entered_at", { withTimezone: true }).notNull(),
    leftAt: timestamp("left_at", { withTimezone: true }),
  },
  (t) => [
    // The trigger's look-up of an application's previous and next stay.
    index("application_stage_stays_application_idx").on(t.applicationId, t.enteredAt, t.eventId),
    // The report reads ended stays by organisation, without visiting the table.
    index("application_stage_stays_ended_idx").on(t.organizationId, t.applicationId, t.stageId, t.enteredAt, t.leftAt).where(sql`${t.leftAt} is not null`),
  ],
);
