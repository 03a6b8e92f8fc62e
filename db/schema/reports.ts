import { index, pgTable, smallint, uuid } from "drizzle-orm/pg-core";
import { applications } from "./candidates";
import { organizationId } from "./columns";

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
