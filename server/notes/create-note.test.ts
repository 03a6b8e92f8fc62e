import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "@/db/queries/notifications";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias } from "@/lib/review/identity";
import { noteSchema } from "@/lib/validation/notes";
import { setupTestDatabase } from "@/test/database";
import { createNote } from "./create-note";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer & { name: string } => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
  name: org.users[role].name,
});

const note = (input: Record<string, unknown>) => noteSchema.parse(input);

async function stored(org: IsolatedOrganization) {
  const [notes, notifications, emails] = await Promise.all([
    db().select().from(s.notes).where(eq(s.notes.organizationId, org.organization.id)),
    db().select().from(s.notifications).where(eq(s.notifications.organizationId, org.organization.id)),
    db().select().from(s.emailOutbox).where(eq(s.emailOutbox.organizationId, org.organization.id)),
  ]);
  return { notes, notifications, emails };
}

describe("createNote", () => {
  it("notifies and emails each mentioned member who can read the note, once", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["hiring_manager"] });
    const [applicant] = org.applicants;
    const manager = org.users.hiring_manager;
    const result = await createNote(
      viewer(org, "recruiter"),
      note({
        candidateId: applicant!.candidateId,
        body: `@${manager.name} have a look <script>alert(1)</script>`,
        // Picked in the list and typed in the text: still one notification. The interviewer is off the team.
        mentions: [manager.id, org.users.interviewer.id],
      }),
    );
    expect(result.notified).toEqual([manager.name]);

    const { notes, notifications, emails } = await stored(org);
    expect(notes).toMatchObject([{ id: result.noteId, authorUserId: org.users.recruiter.id, body: expect.stringContaining("<script>") }]);
    expect(notifications).toMatchObject([
      { userId: manager.id, type: "mention", candidateId: applicant!.candidateId, data: { noteId: result.noteId, excerpt: expect.stringContaining("have a look") } },
    ]);
    expect(notifications[0]!.data).not.toHaveProperty("applicationId");
    expect(emails).toMatchObject([{ to: manager.email, dedupeKey: `mention:${result.noteId}:${manager.id}` }]);
    expect(emails[0]!.text).toContain(`/candidates/${applicant!.candidateId}`);
    expect(emails[0]!.subject).toContain(applicant!.name);

    const [item] = await listNotifications(viewer(org, "hiring_manager"));
    expect(item).toMatchObject({ subject: applicant!.name, href: `/candidates/${applicant!.candidateId}`, readAt: null });
    expect(await markNotificationRead(viewer(org, "admin"), item!.id)).toBe(false);
    expect(await markAllNotificationsRead(viewer(org, "hiring_manager"))).toBe(1);
    expect((await listNotifications(viewer(org, "hiring_manager")))[0]!.readAt).not.toBeNull();
  });

  it("gives an anonymised reviewer the alias and a redacted excerpt, never the name", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, anonymizedReview: true, team: ["hiring_manager"] });
    const [applicant] = org.applicants;
    const alias = candidateAlias(applicant!.applicationId);
    await createNote(
      viewer(org, "recruiter"),
      note({ candidateId: applicant!.candidateId, applicationId: applicant!.applicationId, body: `${applicant!.name} (${applicant!.email}) looks strong`, mentions: [org.users.hiring_manager.id] }),
    );
    const { notifications, emails } = await stored(org);
    const everything = JSON.stringify({ notifications, emails });
    expect(everything).not.toContain(applicant!.name);
    expect(everything).not.toContain(applicant!.email);
    expect(notifications[0]!.data).toMatchObject({ applicationId: applicant!.applicationId });
    expect(emails[0]!.subject).toContain(alias);
    expect(emails[0]!.text).toContain(`/applications/${applicant!.applicationId}`);
    const [item] = await listNotifications(viewer(org, "hiring_manager"));
    expect(item).toMatchObject({ subject: alias, href: `/applications/${applicant!.applicationId}` });

    // A note on the profile cannot reach them at all: they cannot open the profile.
    const general = await createNote(viewer(org, "recruiter"), note({ candidateId: applicant!.candidateId, body: "general", mentions: [org.users.hiring_manager.id] }));
    expect(general.notified).toEqual([]);
  });

  it("lets a hiring manager note an anonymised application they review", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, anonymizedReview: true, team: ["hiring_manager"] });
    const [applicant] = org.applicants;
    const result = await createNote(
      viewer(org, "hiring_manager"),
      note({ candidateId: applicant!.candidateId, applicationId: applicant!.applicationId, body: "Strong systems answers", mentions: [org.users.recruiter.id] }),
    );
    expect(result.notified).toEqual([org.users.recruiter.name]);
    await expect(createNote(viewer(org, "hiring_manager"), note({ candidateId: applicant!.candidateId, body: "on the profile" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses other organisations and off-team members, storing nothing", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const other = await createIsolatedOrganization(db());
    const [applicant] = org.applicants;
    const attempts = [
      () => createNote(viewer(other, "admin"), note({ candidateId: applicant!.candidateId, body: "x", mentions: [other.users.recruiter.id] })),
      () => createNote(viewer(org, "interviewer"), note({ candidateId: applicant!.candidateId, body: "x" })),
      () => createNote(viewer(org, "hiring_manager"), note({ candidateId: applicant!.candidateId, applicationId: applicant!.applicationId, body: "x" })),
      // An application id of another candidate does not let a note through.
      () => createNote(viewer(other, "admin"), note({ candidateId: other.organization.id, applicationId: applicant!.applicationId, body: "x" })),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { notes, notifications, emails } = await stored(org);
    expect([notes, notifications, emails]).toEqual([[], [], []]);
  });

  it("validates the note: required, bounded, mentions as ids", () => {
    const candidateId = crypto.randomUUID();
    expect(noteSchema.safeParse({ candidateId, body: "   " }).success).toBe(false);
    expect(noteSchema.safeParse({ candidateId, body: "x".repeat(5001) }).success).toBe(false);
    expect(noteSchema.safeParse({ candidateId, body: "ok", mentions: "not-an-id" }).success).toBe(false);
    expect(noteSchema.parse({ candidateId, body: " ok ", mentions: candidateId })).toMatchObject({ body: "ok", mentions: [candidateId] });
  });
});
