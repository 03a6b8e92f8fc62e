import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { submitScorecardSchema, scorecardSchema } from "@/lib/validation/scorecard";
import { setupTestDatabase } from "@/test/database";
import { card, refused, scheduled as scheduledIn, viewer } from "@/test/interviews";
import { findInterviewForParticipant } from "@/server/interviews/find-participant-interview";
import { getScorecardSummary } from "./get-scorecard-summary";
import { saveScorecard } from "./save-scorecard";
import { updateScorecardVisibility } from "./update-scorecard-visibility";

const db = setupTestDatabase();
const scheduled = (options?: Parameters<typeof scheduledIn>[1]) => scheduledIn(db, options);

describe("scorecards", () => {
  it("refuse a rating outside the scale, an attribute not on the template and a submit without an overall recommendation", async () => {
    const { org, interviewId } = await scheduled();
    const outside = scorecardSchema.safeParse({ interviewId, version: 0, ratings: { "Core skills": "maybe" } });
    expect(outside.success).toBe(false);
    expect(outside.error?.issues[0]?.path).toEqual(["ratings", "Core skills"]);

    const unknown = await refused(saveScorecard(viewer(org, "interviewer"), card(interviewId, { ratings: { Charisma: "yes" } }), { submit: false }));
    expect(unknown.fieldErrors).toEqual({ "ratings.Charisma": ["This attribute is not on this interview's scorecard"] });

    const missingOverall = submitScorecardSchema.safeParse({ interviewId, version: 0, ratings: { "Core skills": "yes" } });
    expect(missingOverall.error?.issues.map((i) => i.path.join("."))).toEqual(["overall"]);
    const serverSide = await refused(saveScorecard(viewer(org, "interviewer"), card(interviewId, {}), { submit: true }));
    expect(serverSide.fieldErrors).toEqual({ overall: ["Choose an overall recommendation"] });
  });

  it("save drafts with a version check, and keep the previous submission when edited", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    const me = viewer(org, "interviewer");
    const draft = await saveScorecard(me, card(interviewId, { ratings: { "Core skills": "yes" } }), { submit: false });
    expect(draft).toMatchObject({ version: 1, status: "draft" });
    expect((await refused(saveScorecard(me, card(interviewId, {}), { submit: false }))).code).toBe("STALE_VERSION");
    const submitted = await saveScorecard(me, scorecardSchema.parse({ interviewId, version: 1, overall: "strong_yes", keyTakeaways: "Great" }), { submit: true });
    expect(submitted).toMatchObject({ version: 2, status: "submitted" });
    expect((await refused(saveScorecard(me, scorecardSchema.parse({ interviewId, version: 2 }), { submit: false }))).code).toBe("CONFLICT");
    await saveScorecard(me, scorecardSchema.parse({ interviewId, version: 2, overall: "yes", keyTakeaways: "Good" }), { submit: true });
    const [row] = await db().select().from(s.scorecards).where(eq(s.scorecards.interviewId, interviewId));
    expect(row).toMatchObject({ overall: "yes", version: 3 });
    expect(row!.history).toEqual([expect.objectContaining({ version: 2, overall: "strong_yes", keyTakeaways: "Great" })]);
    const events = await db().select().from(s.applicationEvents).where(and(eq(s.applicationEvents.applicationId, applicationId), eq(s.applicationEvents.type, "scorecard_submitted")));
    expect(events).toHaveLength(2);
  });

  it("are written only by the interview's own interviewers", async () => {
    const { org, interviewId } = await scheduled();
    for (const role of ["admin", "recruiter"] as const) {
      expect((await refused(saveScorecard(viewer(org, role), card(interviewId, {}), { submit: false }))).code).toBe("NOT_FOUND");
    }
    const other = await createIsolatedOrganization(db());
    expect((await refused(saveScorecard(viewer(other, "admin"), card(interviewId, {}), { submit: false }))).code).toBe("NOT_FOUND");
    // Taken off the team: no longer reaches the interview.
    await db().delete(s.jobMembers).where(and(eq(s.jobMembers.jobId, org.job.id), eq(s.jobMembers.userId, org.users.interviewer.id)));
    expect(await findInterviewForParticipant(viewer(org, "interviewer"), interviewId)).toBeNull();
  });

  it("stay hidden from an interviewer until they submit their own, and show a disagreement", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    const interviewer = viewer(org, "interviewer");
    const manager = viewer(org, "hiring_manager");
    await saveScorecard(interviewer, card(interviewId, { overall: "strong_yes", ratings: { "Core skills": "strong_yes" } }), { submit: true });
    expect(await getScorecardSummary(manager, applicationId)).toEqual({ visible: false, reason: "submit_first" });
    const recruiterView = await getScorecardSummary(viewer(org, "recruiter"), applicationId);
    expect(recruiterView).toMatchObject({ visible: true, disagree: false, missing: [{ name: org.users.hiring_manager.name }] });

    await saveScorecard(manager, card(interviewId, { overall: "no", privateNotes: "secret" }), { submit: true });
    const summary = await getScorecardSummary(manager, applicationId);
    expect(summary).toMatchObject({ visible: true, disagree: true, missing: [], distribution: { strong_yes: 1, no: 1, yes: 0, strong_no: 0 } });
    expect(JSON.stringify(summary)).not.toContain("secret");

    expect((await refused(updateScorecardVisibility(viewer(org, "recruiter"), "never"))).code).toBe("FORBIDDEN");
    expect(await getScorecardSummary(manager, applicationId)).toMatchObject({ visible: true });
    await updateScorecardVisibility(viewer(org, "admin"), "never");
    expect(await getScorecardSummary(manager, applicationId)).toEqual({ visible: false, reason: "never" });
    await updateScorecardVisibility(viewer(org, "admin"), "always");
    expect(await getScorecardSummary(viewer(org, "interviewer"), applicationId)).toMatchObject({ visible: true });
    // Not the team's application: nothing at all.
    const other = await createIsolatedOrganization(db());
    expect(await getScorecardSummary(viewer(other, "admin"), applicationId)).toBeNull();
  });
});

