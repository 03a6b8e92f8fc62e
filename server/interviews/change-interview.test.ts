import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { listApplicationHistory } from "@/db/queries/profile";
import { setupTestDatabase } from "@/test/database";
import { organizer, refused, scheduled as scheduledIn, viewer } from "@/test/interviews";
import { cancelInterview, rescheduleInterview } from "./change-interview";

const db = setupTestDatabase();
const scheduled = () => scheduledIn(db);
const icsOf = (message: typeof s.emailOutbox.$inferSelect) => Buffer.from(message.attachments[0]!.content, "base64").toString("utf8").replace(/\r?\n /g, "");
const mailFor = (applicationId: string) => db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
const move = { date: "2031-02-04", startTime: "09:00", timeZone: "UTC", durationMinutes: 45, location: "Room 2" };
const auditOf = (interviewId: string) => db().select().from(s.auditEvents).where(eq(s.auditEvents.targetId, interviewId));
const changesOf = async (organizationId: string, applicationId: string) =>
  (await listApplicationHistory(organizationId, [applicationId])).filter((e) => e.type === "interview_rescheduled" || e.type === "interview_cancelled");

describe("the candidate's invitation", () => {
  it("goes to the candidate too, with the interviewers' names but none of their addresses", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    const candidate = org.applicants[0]!;
    const [message] = (await mailFor(applicationId)).filter((m) => m.to === candidate.email);
    expect(message).toBeDefined();
    const ics = icsOf(message!);
    expect(ics).toContain(`UID:interview-${interviewId}@candor`);
    expect(ics).toContain("METHOD:REQUEST");
    expect(`${message!.text}${ics}`).toContain(org.users.interviewer.name);
    for (const member of [org.users.interviewer, org.users.hiring_manager, org.users.recruiter]) {
      expect(`${message!.subject}${message!.text}${ics}`).not.toContain(member.email);
    }
  });
});

describe("rescheduling and cancelling an interview", () => {
  it("moves the interview and sends everyone an update with the same UID and the next SEQUENCE", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    const result = await rescheduleInterview(organizer(org), { interviewId, sequence: 0, ...move });
    expect(result.sequence).toBe(1);
    const [interview] = await db().select().from(s.interviews).where(eq(s.interviews.id, interviewId));
    expect(interview!.startsAt.toISOString()).toBe("2031-02-04T09:00:00.000Z");
    const updates = (await mailFor(applicationId)).filter((m) => m.subject.startsWith("Interview moved"));
    expect(updates.map((m) => m.to).sort()).toEqual([org.applicants[0]!.email, org.users.hiring_manager.email, org.users.interviewer.email].sort());
    for (const update of updates) {
      const ics = icsOf(update);
      expect(ics).toContain(`UID:interview-${interviewId}@candor`);
      expect(ics).toContain("SEQUENCE:1");
      expect(ics).toContain("DTSTART:20310204T090000Z");
    }
  });

  it("refuses a change made from an out-of-date page, changing nothing", async () => {
    const { org, interviewId } = await scheduled();
    await rescheduleInterview(organizer(org), { interviewId, sequence: 0, ...move });
    const error = await refused(rescheduleInterview(organizer(org), { interviewId, sequence: 0, ...move, startTime: "11:00" }));
    expect(error.code).toBe("STALE_VERSION");
    const [interview] = await db().select().from(s.interviews).where(eq(s.interviews.id, interviewId));
    expect(interview!.sequence).toBe(1);
  });

  it("cancels with METHOD:CANCEL to everyone, and a cancelled interview cannot be moved", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    await cancelInterview(organizer(org), { interviewId, sequence: 0 });
    const cancellations = (await mailFor(applicationId)).filter((m) => m.subject.startsWith("Interview cancelled"));
    expect(cancellations).toHaveLength(3);
    for (const message of cancellations) {
      expect(icsOf(message)).toContain("METHOD:CANCEL");
      expect(icsOf(message)).toContain("STATUS:CANCELLED");
      expect(message.attachments[0]!.contentType).toContain("method=CANCEL");
    }
    expect((await refused(rescheduleInterview(organizer(org), { interviewId, sequence: 1, ...move }))).code).toBe("CONFLICT");
  });

  it("leaves a trace of each change: who, the old and new time and the reason in the history; ids and times in the audit log", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    const [before] = await db().select().from(s.interviews).where(eq(s.interviews.id, interviewId));
    await rescheduleInterview(organizer(org), { interviewId, sequence: 0, ...move, reason: "  Ada Lovelace asked for a morning slot " });
    await cancelInterview(organizer(org), { interviewId, sequence: 1, reason: "" });

    const [moved, cancelled] = await changesOf(org.organization.id, applicationId);
    expect(moved).toMatchObject({
      type: "interview_rescheduled",
      actorName: org.users.recruiter.name,
      data: {
        interviewId,
        title: "Technical interview",
        fromStartsAt: before!.startsAt.toISOString(),
        toStartsAt: "2031-02-04T09:00:00.000Z",
        toEndsAt: "2031-02-04T09:45:00.000Z",
        reason: "Ada Lovelace asked for a morning slot",
      },
    });
    expect(cancelled).toMatchObject({ type: "interview_cancelled", actorName: org.users.recruiter.name, data: { interviewId, fromStartsAt: "2031-02-04T09:00:00.000Z", reason: null } });
    expect(cancelled!.data).not.toHaveProperty("toStartsAt");

    const audit = await auditOf(interviewId);
    expect(audit.map((e) => e.action).sort()).toEqual(["interview.cancelled", "interview.rescheduled"]);
    const rescheduled = audit.find((e) => e.action === "interview.rescheduled")!;
    expect(rescheduled).toMatchObject({ organizationId: org.organization.id, actorUserId: org.users.recruiter.id, targetType: "interview" });
    expect(rescheduled.details).toMatchObject({ applicationId, fromStartsAt: before!.startsAt.toISOString(), toStartsAt: "2031-02-04T09:00:00.000Z", reasonGiven: true });
    // The log is never erased: the reason's free text (here the candidate's name) stays out of it.
    expect(JSON.stringify(audit)).not.toContain("Lovelace");
    expect(audit.find((e) => e.action === "interview.cancelled")!.details).toMatchObject({ fromStartsAt: "2031-02-04T09:00:00.000Z", reasonGiven: false });
  });

  it("leaves no trace of a change that was refused", async () => {
    const { org, interviewId, applicationId } = await scheduled();
    await rescheduleInterview(organizer(org), { interviewId, sequence: 0, ...move });
    await refused(cancelInterview(organizer(org), { interviewId, sequence: 0, reason: "stale page" }));
    expect((await changesOf(org.organization.id, applicationId)).map((e) => e.type)).toEqual(["interview_rescheduled"]);
    expect((await auditOf(interviewId)).map((e) => e.action)).toEqual(["interview.rescheduled"]);
  });

  it("is refused to interviewers and to other organisations", async () => {
    const { org, interviewId } = await scheduled();
    const interviewer = { ...viewer(org, "interviewer"), name: "I", email: "i@example.com" };
    expect((await refused(cancelInterview(interviewer, { interviewId, sequence: 0 }))).code).toBe("FORBIDDEN");
    const other = await scheduled();
    expect((await refused(cancelInterview(organizer(other.org), { interviewId, sequence: 0 }))).code).toBe("NOT_FOUND");
    const [interview] = await db().select().from(s.interviews).where(and(eq(s.interviews.id, interviewId)));
    expect(interview!.cancelledAt).toBeNull();
  });
});
