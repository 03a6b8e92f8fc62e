import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { organizer, refused, scheduled as scheduledIn, viewer } from "@/test/interviews";
import { cancelInterview, rescheduleInterview } from "./change-interview";

const db = setupTestDatabase();
const scheduled = () => scheduledIn(db);
const icsOf = (message: typeof s.emailOutbox.$inferSelect) => Buffer.from(message.attachments[0]!.content, "base64").toString("utf8").replace(/\r?\n /g, "");
const mailFor = (applicationId: string) => db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
const move = { date: "2031-02-04", startTime: "09:00", timeZone: "UTC", durationMinutes: 45, location: "Room 2" };

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
