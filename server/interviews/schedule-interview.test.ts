import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { card, organizer, refused, scheduled as scheduledIn, viewer } from "@/test/interviews";
import { saveScorecard } from "@/server/scorecards/save-scorecard";
import { getInvitationForParticipant } from "./find-participant-interview";
import { listMyFeedback } from "./list-my-feedback";
import { scheduleInterview } from "./schedule-interview";

const db = setupTestDatabase();
const scheduled = (options?: Parameters<typeof scheduledIn>[1]) => scheduledIn(db, options);

describe("scheduling an interview", () => {
  it("writes the interview, its interviewers, an event, a notification and an invitation with an .ics per interviewer", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    const participants = await db().select().from(s.interviewParticipants).where(eq(s.interviewParticipants.interviewId, interviewId));
    expect(participants).toHaveLength(2);
    const [event] = await db().select().from(s.applicationEvents).where(and(eq(s.applicationEvents.applicationId, applicationId), eq(s.applicationEvents.type, "interview_scheduled")));
    expect(event?.data).toMatchObject({ interviewId });
    const mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
    // The candidate's own invitation is change-interview.test.ts's.
    expect(mail.map((m) => m.to).sort()).toEqual([org.applicants[0]!.email, org.users.hiring_manager.email, org.users.interviewer.email].sort());
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
    for (const message of mail.filter((m) => m.to !== org.applicants[0]!.email)) {
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

  it("refuses members who may not schedule, even on their own job's team, writing nothing", async () => {
    const { org, applicationId } = await scheduled();
    const manager = { ...viewer(org, "hiring_manager"), name: org.users.hiring_manager.name, email: org.users.hiring_manager.email };
    const input = { applicationId, plannedInterviewId: "", title: "Chat", interviewerIds: [org.users.interviewer.id], date: "2030-01-01", startTime: "10:00", timeZone: "UTC", durationMinutes: 30, location: "" };
    expect((await refused(scheduleInterview(manager, input))).code).toBe("FORBIDDEN");
    expect(await db().select().from(s.interviews).where(eq(s.interviews.applicationId, applicationId))).toHaveLength(1);
  });
});

describe("my feedback", () => {
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

  it("gives the calendar invitation again to its own interviewers only, with the candidate as each may see them", async () => {
    const { org, interviewId } = await scheduled({ anonymizedReview: true });
    const ics = (await getInvitationForParticipant(viewer(org, "interviewer"), interviewId))!.replace(/\r?\n /g, "");
    expect(ics).toContain(`UID:interview-${interviewId}@candor`);
    expect(ics).toMatch(/SUMMARY:Technical interview: Candidate [2-9A-Z]{4}/);
    expect(ics).not.toContain(org.applicants[0]!.name);
    expect(ics.split(/\r?\n/).find((line) => line.startsWith("ORGANIZER"))).toContain(`mailto:${org.users.recruiter.email}`);
    for (const role of ["admin", "recruiter"] as const) expect(await getInvitationForParticipant(viewer(org, role), interviewId)).toBeNull();
    const other = await createIsolatedOrganization(db());
    expect(await getInvitationForParticipant(viewer(other, "admin"), interviewId)).toBeNull();
  });
});
