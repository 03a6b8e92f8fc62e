import { sql } from "drizzle-orm";
import { index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
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

/**
 * The fairness report's rollup: one row per application with what the report groups it by, so that the
 * report reads one narrow table instead of joining every application to its stage, reach and
 * self-identification (bench/reports.mjs: the read went from about 250 ms to about 60 ms on 100,000
 * applications). Its job, calendar year (UTC) of applying, the furthest rank it reached (as the reports
 * count it: its events, its current stage, a hire) and its four self-identification answers, 'not_provided'
 * where there is none. Kept by triggers (migration 0032_fairness_reach) on applications,
 * application_reach, self_identifications and job_stages, in the transaction of every change, so it is
 * never stale: new and changed applications once per statement (an import writes thousands, a bulk move
 * hundreds), answers copied as they change, by recomputing the applications' rows from the view
 * fairness_reach_source otherwise. The answers are a copy of self_identifications: they
 * go when those are deleted (erasure) or with the application, and only the report's counts read them.
 */
export const fairnessReach = pgTable(
  "fairness_reach",
  {
    applicationId: uuid("application_id")
      .primaryKey()
      .references(() => applications.id, { onDelete: "cascade" }),
    organizationId: organizationId(),
    jobId: uuid("job_id").notNull(),
    year: smallint("year").notNull(),
    furthestRank: smallint("furthest_rank").notNull(),
    gender: text("gender").notNull(),
    ethnicity: text("ethnicity").notNull(),
    veteranStatus: text("veteran_status").notNull(),
    disability: text("disability").notNull(),
  },
  (t) => [index("fairness_reach_year_idx").on(t.organizationId, t.year)],
);
