import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import type { MemberRole } from "@/lib/enums";
import { DEFAULT_REJECTION_REASONS } from "@/lib/pipeline";
import type { ReportTable } from "@/lib/reports/tables";
import { parseReportView } from "@/lib/validation/reports";
import { moveApplications } from "@/server/pipeline/move-applications";
import { rejectApplications } from "@/server/pipeline/reject-applications";
import { restoreApplications } from "@/server/pipeline/restore-applications";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { setupTestDatabase } from "@/test/database";
import { getReportTable } from "./get-reports";

// Time in stage reads application_stage_stays, which a trigger keeps from the application's events. Its
// rows must be exactly the stays the events themselves describe (each stage entry, ended by the next),
// whatever the board did: moves, a move back, a rejection and its undo, and an erasure.
const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: MemberRole) => ({ organizationId: org.organization.id, userId: org.users[role].id, role });
const column = (table: ReportTable | null, name: string) => table!.rows.map((row) => row[table!.header.indexOf(name)]);

type Stay = { event_id: string; application_id: string; stage_id: string; entered_at: string; left_at: string | null };

/** The stored stays, and the same stays as the events describe them, for one organisation. */
async function staysOf(org: IsolatedOrganization) {
  const organizationId = org.organization.id;
  const stored = await db().execute<Stay>(sql`select event_id, application_id, stage_id, entered_at::text, left_at::text
    from application_stage_stays where organization_id = ${organizationId} order by event_id`);
  const fromEvents = await db().execute<Stay>(sql`select id as event_id, application_id, to_stage_id as stage_id, created_at::text as entered_at,
      (lead(created_at) over (partition by application_id order by created_at, id))::text as left_at
    from application_events
    where organization_id = ${organizationId} and to_stage_id is not null and type <> 'hired'
    order by event_id`);
  return { stored: stored.rows, fromEvents: fromEvents.rows };
}

describe("the stored stays behind time in stage", () => {
  it("follow moves, a move undone, a rejection and its undo, and an erasure", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const recruiter = viewer(org, "recruiter");
    const stage = (kind: string) => org.stages.find((s) => s.kind === kind)!.id;
    const [first, second] = org.applicants.map((a) => ({ applicationId: a.applicationId, version: 1 }));
    const timeInStage = async (query: Record<string, string> = {}) =>
      column(await getReportTable(viewer(org, "admin"), parseReportView(query), "time-in-stage"), "Stays ended");

    const movedToInterview = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("interview"), applications: [first!, second!] });
    let stays = await staysOf(org);
    expect(stays.stored).toHaveLength(5);
    expect(stays.stored).toEqual(stays.fromEvents);
    // Two stays in Applied have ended; the third applicant's, and the two in Interview, go on.
    expect(stays.stored.filter((stay) => stay.left_at !== null)).toHaveLength(2);

    // The move undone: back to Screen ends the Interview stay and starts another.
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("screen"), applications: [movedToInterview[0]!] });
    stays = await staysOf(org);
    expect(stays.stored).toEqual(stays.fromEvents);
    const firsts = stays.stored.filter((stay) => stay.application_id === first!.applicationId);
    expect(firsts.map((stay) => stay.stage_id).sort()).toEqual([stage("applied"), stage("interview"), stage("screen")].sort());
    expect(firsts.filter((stay) => stay.left_at === null).map((stay) => stay.stage_id)).toEqual([stage("screen")]);

    // A rejection enters no stage; its undo brings the card back to the board, as the history records it.
    const [rejected] = await rejectApplications(recruiter, { jobId: org.job.id, applications: [movedToInterview[1]!], reason: DEFAULT_REJECTION_REASONS[0], note: "", sendEmail: false });
    expect(await staysOf(org)).toMatchObject({ stored: stays.stored });
    await restoreApplications(recruiter, { jobId: org.job.id, applications: [{ applicationId: rejected!.applicationId, version: rejected!.version }] });
    stays = await staysOf(org);
    expect(stays.stored).toEqual(stays.fromEvents);

    // Erasure keeps the applications and their history for the organisation's counts, and the stays with
    // them: ids and times only, nothing of the person, so the report reads the same before and after.
    const before = await timeInStage();
    // Applied left by the two moved; Interview left by the move back, and by the restore (a new stay).
    expect(before).toEqual([2, 2]);
    // Filtered, the stays are those of the matching applications only (unfiltered, the organisation's).
    expect(await timeInStage({ job: org.job.id })).toEqual([2, 2]);
    expect(await timeInStage({ source: "no such source" })).toEqual([]);
    const otherOrganisation = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    expect(column(await getReportTable(viewer(otherOrganisation, "admin"), parseReportView({}), "time-in-stage"), "Stays ended")).toEqual([]);
    await anonymizeCandidate({ candidateId: org.applicants[0]!.candidateId, organizationId: org.organization.id });
    stays = await staysOf(org);
    expect(stays.stored).toEqual(stays.fromEvents);
    expect(await timeInStage()).toEqual(before);
    const columns = await db().execute<{ column_name: string }>(sql`select column_name from information_schema.columns
      where table_name = 'application_stage_stays' order by ordinal_position`);
    expect(columns.rows.map((row) => row.column_name)).toEqual(["event_id", "organization_id", "application_id", "stage_id", "entered_at", "left_at"]);
  });
});
