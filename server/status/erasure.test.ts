import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { findCandidateByTokenHash } from "@/db/queries/candidate-status";
import { listApplicationHistory, listCandidateEmails } from "@/db/queries/profile";
import * as s from "@/db/schema";
import { hashStatusToken } from "@/lib/applications/tokens";
import { questionField } from "@/lib/validation/application";
import { noteSchema } from "@/lib/validation/notes";
import { extractPendingTexts } from "@/server/applications/extract-resume-text";
import { submitApplication } from "@/server/applications/submit-application";
import { getCandidateProfile } from "@/server/candidates/get-candidate-profile";
import { mergeCandidates } from "@/server/candidates/merge-candidates";
import { scheduleInterview } from "@/server/interviews/schedule-interview";
import { createMailTransport } from "@/server/mail/transport";
import { deliverAllDueEmails } from "@/server/mail/worker";
import { createNote } from "@/server/notes/create-note";
import { rejectApplications } from "@/server/pipeline/reject-applications";
import { submitScorecard } from "@/server/scorecards/save-scorecard";
import { addApplication, addCandidate, addJob } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { card, organizer, viewer } from "@/test/interviews";
import { pdfWithContent } from "@/test/pdf";
import { findPersonalData } from "@/test/personal-data";
import { startTestSmtpServer, type TestSmtpServer } from "@/test/smtp";
import { anonymizeCandidate } from "./anonymize-candidate";

// "Delete my data" must leave no copy of the candidate behind: this runs everything that copies their
// name, address or phone number somewhere (intake with a resume, a second record merged in, an interview,
// a scorecard, a note with a mention, mail sent and mail queued, a rejection), then searches every
// column of every table for them. Its own database: the scan reads every row, and the mail worker
// delivers everyone's mail.
const db = setupTestDatabase({ ownDatabase: true });

const person = {
  name: "Marisol Quintero-Vale",
  email: "Marisol.QV@example.net",
  phone: "+44 7700 900123",
  linkedin: "https://linkedin.com/in/marisol-quintero-vale",
};
// The same person's older record, applied with another address: merged into the new one.
const older = { name: "Marisol Quintero", email: "m.quintero@work.example", phone: "07700 900456" };
const terms = [person.name, "Marisol", "Quintero", person.email, person.phone, person.linkedin, older.name, older.email, older.phone, "7700900123", "7700900456"];

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

const resumePdf = pdfWithContent(
  Buffer.from(`BT /F1 14 Tf 72 720 Td 16 TL (${person.name}) Tj T* (${person.email}) Tj T* (${person.phone}) Tj T* (Staff engineer, payments.) Tj ET`),
);

async function apply(org: IsolatedOrganization, questionId: string) {
  const result = await submitApplication(
    org.organization.slug,
    { slug: org.job.slug },
    {
      name: person.name,
      email: person.email,
      phone: person.phone,
      location: "Valencia",
      linkedin: person.linkedin,
      coverLetterText: `I am ${person.name}; reach me at ${person.email}.`,
      resume: new File([new Uint8Array(resumePdf)], "Marisol-Quintero-Vale-CV.pdf"),
      answers: { [questionField(questionId)]: `Referred by a friend of ${person.name}` },
      consent: "on",
      leaveEmpty: "",
      idempotencyKey: randomUUID(),
      gender: "decline",
      utm_source: "newsletter",
    },
    { ip: "10.9.8.7" },
  );
  if (!result.ok) throw new Error(result.formError);
  return result.data;
}

async function version(applicationId: string) {
  const [row] = await db().select({ version: s.applications.version }).from(s.applications).where(eq(s.applications.id, applicationId));
  return row!.version;
}

describe("deleting my data", () => {
  it("leaves the candidate's name, address and phone number in no column of any table", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { team: ["hiring_manager", "interviewer"] });
    const [question] = await db()
      .insert(s.jobQuestions)
      .values({ organizationId: org.organization.id, jobId: org.job.id, label: "How did you hear of us?", type: "short_text", position: 0 })
      .returning({ id: s.jobQuestions.id });
    const recruiter = { ...viewer(org, "recruiter"), name: org.users.recruiter.name };

    // Applies through the real intake, with a resume; its text is read for search.
    const { applicationId, statusToken } = await apply(org, question!.id);
    await extractPendingTexts({ shouldPause: () => false });
    const candidate = await findCandidateByTokenHash(hashStatusToken(statusToken));
    if (!candidate) throw new Error("status link does not resolve");

    // An older record of the same person, on another job, merged into this one.
    const otherJob = await addJob(db(), org, { title: "Platform engineer" });
    const olderId = await addCandidate(db(), org, { ...older, resume: `${older.name}\n${older.email}\n${older.phone}` });
    const olderApplicationId = await addApplication(db(), org, olderId, otherJob);
    await mergeCandidates(viewer(org, "recruiter"), { survivorId: candidate.candidateId, mergedId: olderId, keepDetailsOf: "survivor" });

    // An interview whose title and location name them, and a scorecard (submitted twice, so it has history).
    const { interviewId } = await scheduleInterview(organizer(org), {
      applicationId,
      plannedInterviewId: "",
      title: `Onsite with ${person.name}`,
      interviewerIds: [org.users.interviewer.id, org.users.hiring_manager.id],
      date: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10),
      startTime: "10:00",
      timeZone: "Europe/Madrid",
      durationMinutes: 60,
      location: `Phone call: ${person.phone}`,
    });
    const first = await submitScorecard(viewer(org, "interviewer"), card(interviewId, { overall: "yes", keyTakeaways: `${person.name} knows payments` }));
    expect(first).toBeTruthy();
    await submitScorecard(viewer(org, "interviewer"), card(interviewId, { version: 1, overall: "strong_yes", keyTakeaways: "Strong", privateNotes: `Ask ${older.email} about references` }));

    // A note that quotes them, mentioning a colleague: a notification and an email.
    await createNote(
      recruiter,
      noteSchema.parse({
        candidateId: candidate.candidateId,
        applicationId,
        body: `@${org.users.hiring_manager.name} ${person.name} (${person.email}, ${person.phone}) asked to move the call. Marisol prefers mornings.`,
        mentions: [org.users.hiring_manager.id],
      }),
    );

    // Mail goes out: the confirmation to them, the invitations and the mention to colleagues.
    const delivered = await deliverAllDueEmails({ transport: createMailTransport(smtp.url) });
    expect(delivered.sent).toBeGreaterThanOrEqual(4);
    expect(smtp.received.some((mail) => mail.subject?.includes(person.name))).toBe(true);

    // Rejected with a note naming them; the rejection email waits in its undo window.
    await rejectApplications(viewer(org, "recruiter"), {
      jobId: org.job.id,
      applications: [{ applicationId, version: await version(applicationId) }],
      reason: "Position filled",
      note: `Told ${person.name} by phone`,
      sendEmail: true,
    });
    const [rejection] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.dedupeKey, `rejection:${applicationId}:${await version(applicationId)}`));
    expect(rejection).toMatchObject({ status: "pending", to: person.email.toLowerCase() });

    // The scan finds them everywhere before (it would prove nothing if it found nothing).
    const before = new Set((await findPersonalData(db(), terms, [resumePdf])).map((finding) => finding.column));
    for (const column of [
      "public.candidates.name",
      "public.candidate_merges.data",
      "public.files.extracted_text",
      "public.file_contents.data",
      "public.notes.body",
      "public.interviews.title",
      "public.interviews.location",
      "public.scorecards.private_notes",
      "public.scorecards.history",
      "public.application_events.data",
      "public.applications.rejection_note",
      "public.notifications.data",
      "public.email_outbox.to",
      "public.email_outbox.subject",
      "public.email_outbox.text",
    ]) {
      expect(before, column).toContain(column);
    }

    await anonymizeCandidate(candidate);

    expect(await findPersonalData(db(), terms, [resumePdf])).toEqual([]);

    // The organisation's records stay whole: applications, interview, scorecard, note and sent mail remain, redacted.
    const applications = await db().select().from(s.applications).where(inArray(s.applications.id, [applicationId, olderApplicationId]));
    expect(applications.map((a) => a.status).sort()).toEqual(["rejected", "withdrawn"]);
    const [interview] = await db().select().from(s.interviews).where(eq(s.interviews.id, interviewId));
    expect(interview?.title).toBe("Onsite with [erased]");
    const [note] = await db().select().from(s.notes).where(eq(s.notes.candidateId, candidate.candidateId));
    expect(note?.body).toContain("[erased] ([erased], [erased]) asked to move the call.");
    const mail = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.organizationId, org.organization.id));
    expect(mail.every((message) => message.status === "sent")).toBe(true);
    expect(mail.length).toBeGreaterThanOrEqual(4);
    // The invitations' calendar files are kept, redacted (base64, so the scan above can't read them; lines unfolded).
    const calendars = mail.flatMap((message) => message.attachments.map((a) => Buffer.from(a.content, "base64").toString("utf8").replace(/\r?\n[ \t]/g, "")));
    expect(calendars.length).toBeGreaterThanOrEqual(2);
    for (const calendar of calendars) {
      expect(calendar).toContain("BEGIN:VCALENDAR");
      for (const term of terms) expect(calendar.toLowerCase()).not.toContain(term.toLowerCase());
    }
    const [profileCandidate] = await db().select().from(s.candidates).where(eq(s.candidates.id, candidate.candidateId));
    expect(profileCandidate?.name).toBe("Deleted candidate");

    // What a recruiter opens afterwards: the profile, its activity and its mail.
    const profile = await getCandidateProfile(viewer(org, "recruiter"), candidate.candidateId);
    const shown = JSON.stringify([
      profile,
      await listApplicationHistory(org.organization.id, [applicationId, olderApplicationId]),
      await listCandidateEmails(org.organization.id, candidate.candidateId),
    ]);
    for (const term of terms) expect(shown.toLowerCase()).not.toContain(term.toLowerCase());
    expect(shown).toContain("data_deleted");
  });
});
