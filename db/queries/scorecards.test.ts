import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { scorecardSchema, submitScorecardSchema } from "@/lib/validation/scorecard";
import { setupTestDatabase } from "@/test/database";
import { insertDefaultInterviewPlan } from "./interview-plan";
import { findInterviewForParticipant, listMyFeedback, scheduleInterview } from "./interviews";
import { getScorecardSummary, queueScorecardReminders, saveScorecard, updateScorecardVisibility } from "./scorecards";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({ organizationId: org.organization.id, userId: org.users[role].id, role });
const organizer = (org: IsolatedOrganization) => ({ ...viewer(org, "recruiter"), name: org.users.recruiter.name, email: org.users.recruiter.email });

/** An org whose hiring manager and interviewer are on the team, with the default plan and one scheduled interview for both. */
async function scheduled(options: { anonymizedReview?: boolean; startsInDays?: number } = {}) {
  const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["hiring_manager", "interviewer"], anonymizedReview: options.anonymizedReview });
  await insertDefaultInterviewPlan(db(), { organizationId: org.organization.id, jobId: org.job.id }, org.stages);
  const [technical] = await db().select().from(s.plannedInterviews).where(and(eq(s.plannedInterviews.jobId, org.job.id), eq(s.plannedInterviews.name, "Technical interview")));
  const start = new Date(Date.now() + (options.startsInDays ?? 2) * 86_400_000);
  const { interviewId } = await scheduleInterview(organizer(org), {
    applicationId: org.applicants[0]!.applicationId,
    plannedInterviewId: technical!.id,
    title: "",
    interviewerIds: [org.users.interviewer.id, org.users.hiring_manager.id],
    date: start.toISOString().slice(0, 10),
    startTime: "14:30",
    timeZone: "Europe/Berlin",
    durationMinutes: 60,
    location: "https://meet.example/abc",
  });
  return { org, interviewId, applicationId: org.applicants[0]!.applicationId };
}

const card = (interviewId: string, values: Record<string, unknown>) => scorecardSchema.parse({ interviewId, version: 0, ...values });

async function refused(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("scheduling an interview", () => {
  it("writes the interview, its interviewers, an event, a notification and an invitation with an .ics per interviewer", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    const participants = await db().select().from(s.interviewParticipants).where(eq(s.interviewParticipants.interviewId, interviewId));
    expect(participants).toHaveLength(2);
    const [event] = await db().select().from(s.applicationEvents).where(and(eq(s.applicationEvents.applicationId, applicationId), eq(s.applicationEvents.type, "interview_scheduled")));
    expect(event?.data).toMatchObject({ interviewId });
    const mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
    expect(mail.map((m) => m.to).sort()).toEqual([org.users.hiring_manager.email, org.users.interviewer.email].sort());
    for (const message of mail) {
      expect(message.candidateId).toBe(org.applicants[0]!.candidateId);
      const ics = Buffer.from(message.attachments[0]!.content, "base64").toString("utf8").replace(/\r?\n /g, "");
      expect(message.attachments[0]!.contentType).toMatch(/^text\/calendar/);
      expect(ics).toContain(`UID:interview-${interviewId}@candor`);
      expect(ics).toMatch(/DTSTART:\d{8}T1[23]3000Z/); // 14:30 in Berlin is 13:30 or 12:30 UTC
    }
    const notes = await db().select().from(s.notifications).where(eq(s.notifications.type, "interview_scheduled"));
    expect(notes.filter((n) => n.data.interviewId === interviewId)).toHaveLength(2);
  });

  it("uses the alias, never the name, in what anonymised reviewers receive", async () => {
    const { org, applicationId } = await scheduled({ anonymizedReview: true });
    const mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
    for (const message of mail) {
      const ics = Buffer.from(message.attachments[0]!.content, "base64").toString("utf8");
      expect(`${message.subject}${message.text}${ics}`).not.toContain(org.applicants[0]!.name);
      expect(message.subject).toMatch(/Candidate [2-9A-Z]{4}/);
    }
  });

  it("refuses interviewers who are not on the job's team", async () => {
    const { org } = await scheduled();
    const error = await refused(
      scheduleInterview(organizer(org), {
        applicationId: org.applicants[0]!.applicationId,
        plannedInterviewId: "",
        title: "Chat",
        interviewerIds: [org.users.admin.id],
        date: "2030-01-01",
        startTime: "10:00",
        timeZone: "UTC",
        durationMinutes: 30,
        location: "",
      }),
    );
    expect(error.fieldErrors?.interviewerIds).toBeDefined();
  });
});

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

    await updateScorecardVisibility(viewer(org, "admin"), "never");
    expect(await getScorecardSummary(manager, applicationId)).toEqual({ visible: false, reason: "never" });
    await updateScorecardVisibility(viewer(org, "admin"), "always");
    expect(await getScorecardSummary(viewer(org, "interviewer"), applicationId)).toMatchObject({ visible: true });
    // Not the team's application: nothing at all.
    const other = await createIsolatedOrganization(db());
    expect(await getScorecardSummary(viewer(other, "admin"), applicationId)).toBeNull();
  });
});

describe("my feedback and reminders", () => {
  it("lists overdue interviews first, then upcoming, then submitted", async () => {
    const { org, interviewId: upcoming } = await scheduled({ startsInDays: 3 });
    const past = await scheduleInterview(organizer(org), {
      applicationId: org.applicants[0]!.applicationId,
      plannedInterviewId: "",
      title: "Past chat",
      interviewerIds: [org.users.interviewer.id],
      date: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10),
      startTime: "10:00",
      timeZone: "UTC",
      durationMinutes: 30,
      location: "",
    });
    const mine = await listMyFeedback(viewer(org, "interviewer"));
    expect(mine.awaiting.map((i) => [i.interviewId, i.overdue])).toEqual([
      [past.interviewId, true],
      [upcoming, false],
    ]);
    await saveScorecard(viewer(org, "interviewer"), card(past.interviewId, { overall: "yes" }), { submit: true });
    const after = await listMyFeedback(viewer(org, "interviewer"));
    expect(after.submitted.map((i) => i.interviewId)).toEqual([past.interviewId]);
    expect(await listMyFeedback(viewer(org, "recruiter"))).toEqual({ awaiting: [], submitted: [] });
  });

  it("send one reminder a day after the interview ended, never twice, and none once submitted", async () => {
    const { org, interviewId } = await scheduled({ startsInDays: 1 });
    const [interview] = await db().select().from(s.interviews).where(eq(s.interviews.id, interviewId));
    const reminders = () => db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, org.applicants[0]!.applicationId));
    const countReminders = async () => (await reminders()).filter((m) => m.dedupeKey?.startsWith("scorecard-reminder:")).length;

    await saveScorecard(viewer(org, "interviewer"), card(interviewId, { overall: "yes" }), { submit: true });
    const beforeDue = new Date(interview!.endsAt.getTime() + 23 * 3_600_000);
    await queueScorecardReminders(db(), beforeDue);
    expect(await countReminders()).toBe(0);

    const due = new Date(interview!.endsAt.getTime() + 25 * 3_600_000);
    await queueScorecardReminders(db(), due);
    await queueScorecardReminders(db(), new Date(due.getTime() + 3_600_000));
    const sent = (await reminders()).filter((m) => m.dedupeKey?.startsWith("scorecard-reminder:"));
    expect(sent.map((m) => [m.to, m.dedupeKey])).toEqual([[org.users.hiring_manager.email, `scorecard-reminder:${interviewId}:${org.users.hiring_manager.id}`]]);
  });
});
