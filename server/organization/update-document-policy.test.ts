import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { MemberRole } from "@/lib/enums";
import { documentPolicySchema } from "@/lib/validation/organization";
import { submitApplication } from "@/server/applications/submit-application";
import { compoundFile, docxWith, VBA_MODULE } from "@/test/active-content";
import { setupTestDatabase } from "@/test/database";
import { updateDocumentPolicy } from "./update-document-policy";

const db = setupTestDatabase();

const MACROS = "This document contains macros. Save it as PDF, or as a Word document without macros, and upload it again.";

const member = (org: IsolatedOrganization, role: MemberRole = "admin"): Viewer & { email: string } => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
  email: org.users[role].email,
});

/** The form as a browser posts it (a ticked checkbox is "on", an unticked one absent), parsed by the action's schema. */
const policy = (allow: boolean) => documentPolicySchema.parse(allow ? { allowActiveContent: "on" } : {});

/** A candidate applies with a resume holding a Word VBA project (AutoOpen). */
function applyWithMacros(org: IsolatedOrganization) {
  const resume = docxWith({ "word/vbaProject.bin": compoundFile({ "VBA/dir": "x", "VBA/ThisDocument": VBA_MODULE }) });
  return submitApplication(
    org.organization.slug,
    { slug: org.job.slug },
    {
      name: "Jordan Example",
      email: `jordan-${randomUUID()}@example.com`,
      resume: new File([new Uint8Array(resume)], "resume.docx"),
      consent: "on",
      leaveEmpty: "",
      idempotencyKey: randomUUID(),
    },
    { ip: `10.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  );
}

const applications = (org: IsolatedOrganization) => db().select({ id: s.applications.id }).from(s.applications).where(eq(s.applications.organizationId, org.organization.id));

const auditEntries = (org: IsolatedOrganization) =>
  db()
    .select()
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.organizationId, org.organization.id), eq(s.auditEvents.action, "organization.settings_changed")));

describe("documents with macros or embedded objects, by organisation", () => {
  it("are refused by default, accepted once an admin allows them, and refused again when the admin turns it off", async () => {
    const org = await createIsolatedOrganization(db());

    const refused = await applyWithMacros(org);
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { resume: [MACROS] } });
    expect(await applications(org)).toHaveLength(0);

    expect(await updateDocumentPolicy(member(org), policy(true))).toEqual({ changed: true });
    const accepted = await applyWithMacros(org);
    expect(accepted.ok).toBe(true);
    const [file] = await db()
      .select({ kind: s.files.kind, originalName: s.files.originalName })
      .from(s.files)
      .where(eq(s.files.organizationId, org.organization.id));
    expect(file).toEqual({ kind: "resume", originalName: "resume.docx" });

    expect(await updateDocumentPolicy(member(org), policy(false))).toEqual({ changed: true });
    expect(await applyWithMacros(org)).toMatchObject({ ok: false, fieldErrors: { resume: [MACROS] } });
    expect(await applications(org)).toHaveLength(1);
  });

  it("keeps the choice to each organisation", async () => {
    const [allowing, other] = [await createIsolatedOrganization(db()), await createIsolatedOrganization(db())];
    await updateDocumentPolicy(member(allowing), policy(true));
    expect((await applyWithMacros(allowing)).ok).toBe(true);
    expect(await applyWithMacros(other)).toMatchObject({ ok: false, fieldErrors: { resume: [MACROS] } });
  });

  it("audits each change with who made it, and records nothing when the rule stays as it was", async () => {
    const org = await createIsolatedOrganization(db());
    expect(await updateDocumentPolicy(member(org), policy(false))).toEqual({ changed: false });
    expect(await auditEntries(org)).toEqual([]);

    await updateDocumentPolicy(member(org), policy(true));
    expect(await updateDocumentPolicy(member(org), policy(true))).toEqual({ changed: false });
    const entries = await auditEntries(org);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: org.users.admin.id,
      actorLabel: org.users.admin.email,
      targetType: "organization",
      targetId: org.organization.id,
      details: { allowActiveContent: true },
    });
  });

  it("is for admins only: other roles change nothing", async () => {
    const org = await createIsolatedOrganization(db());
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      await expect(updateDocumentPolicy(member(org, role), policy(true)), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await auditEntries(org)).toEqual([]);
    expect(await applyWithMacros(org)).toMatchObject({ ok: false, fieldErrors: { resume: [MACROS] } });
  });

  it("keeps the organisation's other settings", async () => {
    const org = await createIsolatedOrganization(db());
    await db().update(s.organizations).set({ settings: { rejectionReasons: ["Too far"], requireTwoFactor: false } }).where(eq(s.organizations.id, org.organization.id));
    await updateDocumentPolicy(member(org), policy(true));
    const [row] = await db().select({ settings: s.organizations.settings }).from(s.organizations).where(eq(s.organizations.id, org.organization.id));
    expect(row!.settings).toEqual({ rejectionReasons: ["Too far"], requireTwoFactor: false, allowActiveContent: true });
  });
});
