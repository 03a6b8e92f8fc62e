import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { composeEmailSchema } from "@/lib/validation/mail";
import { setupTestDatabase } from "@/test/database";
import { organizer, scheduled, viewer } from "@/test/interviews";
import { rejectApplications } from "@/server/pipeline/reject-applications";
import { sendCandidateEmail } from "./send-candidate-email";

process.env.INBOUND_EMAIL_DOMAIN = "replies.candor.test";
const db = setupTestDatabase();

describe("the reply address of mail to candidates", () => {
  it("is the application's one on the interview invitation, a composed email and the rejection; interviewers' mail has none", async () => {
    const { org, applicationId } = await scheduled(db);
    const applicant = org.applicants[0]!;
    await sendCandidateEmail(
      { ...organizer(org), role: "recruiter", timeZone: "Europe/Berlin" },
      composeEmailSchema.parse({ applicationIds: [applicationId], subject: "Hello", body: "Hi", decision: false, requestId: randomUUID() }),
    );
    await rejectApplications(viewer(org, "recruiter"), { jobId: org.job.id, applications: [{ applicationId, version: 1 }], reason: "Position filled", note: "", sendEmail: true });

    const [address] = await db().select().from(s.applicationReplyAddresses).where(eq(s.applicationReplyAddresses.applicationId, applicationId));
    const mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, applicationId));
    const toCandidate = mail.filter((m) => m.to === applicant.email);
    expect(toCandidate.map((m) => m.subject)).toHaveLength(3); // the invitation, the composed email, the rejection
    for (const message of toCandidate) expect(message.replyTo, message.subject).toBe(`reply+${address!.token}@replies.candor.test`);
    const toInterviewers = mail.filter((m) => m.to !== applicant.email);
    expect(toInterviewers.map((m) => m.to).sort()).toEqual([org.users.hiring_manager.email, org.users.interviewer.email].sort());
    for (const message of toInterviewers) expect(message.replyTo).toBeNull();
  });
});
