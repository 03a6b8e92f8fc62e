import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { setupTestDatabase } from "@/test/database";
import { COLUMN_PAGE_SIZE, getBoard, getBoardJob, listStageCards } from "./board";
import { moveApplications } from "./move-applications";

// The board's columns come from one query (each stage's first page and its total); "Show more" then
// continues each column from the cursor that query handed out.

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({ organizationId: org.organization.id, userId: org.users[role].id, role });

describe("the board's first page", () => {
  it("gives each column its total and newest cards, and Show more continues where the first page stopped", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: COLUMN_PAGE_SIZE + 5 });
    const recruiter = viewer(org, "recruiter");
    const screen = org.stages.find((stage) => stage.name === "Screen")!;
    const movedLast = org.applicants.slice(0, 2).map((a) => ({ applicationId: a.applicationId, version: 1 }));
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: screen.id, applications: movedLast });

    const job = (await getBoardJob(recruiter, org.job.id))!;
    const columns = await getBoard(recruiter, job, {});
    expect(columns.map((c) => [c.stage.name, c.total])).toEqual([
      ["Applied", COLUMN_PAGE_SIZE + 3],
      ["Screen", 2],
      ["Interview", 0],
      ["Offer", 0],
      ["Hired", 0],
    ]);
    const [applied, screened] = columns as [(typeof columns)[0], (typeof columns)[0]];
    expect(applied.cards).toHaveLength(COLUMN_PAGE_SIZE);
    expect(screened.cards.map((c) => c.applicationId).sort()).toEqual(movedLast.map((m) => m.applicationId).sort());
    expect(screened.nextCursor).toBeNull();

    const rest = await listStageCards(recruiter, job, applied.stage, {}, applied.nextCursor!);
    expect(rest.nextCursor).toBeNull();
    const seen = [...applied.cards, ...rest.cards].map((c) => c.applicationId);
    expect(new Set(seen).size).toBe(COLUMN_PAGE_SIZE + 3);
    expect(seen.sort()).toEqual(org.applicants.slice(2).map((a) => a.applicationId).sort());
  });

  it("shows the tally of submitted scorecards to those who read every scorecard, and only the count to the hiring team", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 2, pastInterview: true, team: ["hiring_manager", "interviewer"] });
    const a = org.applicants[0]!;
    const [interview] = await db().select({ id: s.interviews.id }).from(s.interviews).where(eq(s.interviews.applicationId, a.applicationId));
    await db().insert(s.scorecards).values({
      organizationId: org.organization.id,
      interviewId: interview!.id,
      applicationId: a.applicationId,
      authorUserId: org.users.interviewer.id,
      status: "submitted",
      overall: "yes",
      submittedAt: new Date(),
    });
    const cardOf = async (role: s.MemberRole) => {
      const member = viewer(org, role);
      const [applied] = await getBoard(member, (await getBoardJob(member, org.job.id))!, {});
      return applied!.cards.find((card) => card.applicationId === a.applicationId)!;
    };
    expect((await cardOf("recruiter")).scorecards).toEqual({ submitted: 1, tally: { strong_yes: 0, yes: 1, no: 0, strong_no: 0 } });
    expect((await cardOf("hiring_manager")).scorecards).toEqual({ submitted: 1 });
    const other = (await getBoard(viewer(org, "recruiter"), (await getBoardJob(viewer(org, "recruiter"), org.job.id))!, {}))[0]!.cards.find(
      (card) => card.applicationId === org.applicants[1]!.applicationId,
    );
    expect(other!.scorecards).toBeNull();
  });
});
