import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { emailOutbox } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { cancelEmail, claimDueEmails, enqueueEmail, findEmail, listRecentEmails, markSent } from "./outbox";

const db = setupTestDatabase({ ownDatabase: true });

const message = (to = "ada@example.com") => ({ to, subject: "Your application", text: "Hello" });

describe("email outbox", () => {
  it("refuses a message it could never deliver, naming the field", async () => {
    await expect(enqueueEmail(db(), { ...message("not an address"), subject: " " })).rejects.toThrow(
      "Cannot queue email: to must be one email address; subject must not be empty",
    );
  });

  it("holds a delayed message back until its delay is over, and can withdraw it meanwhile", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    const id = (await enqueueEmail(db(), { ...message(), organizationId: org.organization.id, delaySeconds: 60 }))!;

    expect((await claimDueEmails(50)).map((e) => e.id)).not.toContain(id);
    expect(await cancelEmail(db(), other.organization.id, id)).toBe(false);
    expect(await cancelEmail(db(), org.organization.id, id)).toBe(true);
    expect(await cancelEmail(db(), org.organization.id, id)).toBe(false);
    const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "cancelled", attempts: 0 });
  });

  it("cannot withdraw a message a worker is sending or has sent", async () => {
    const org = await createIsolatedOrganization(db());
    const id = (await enqueueEmail(db(), { ...message(), organizationId: org.organization.id }))!;
    expect((await claimDueEmails(50)).map((e) => e.id)).toContain(id);
    expect(await cancelEmail(db(), org.organization.id, id)).toBe(false);
    await markSent(id);
    expect(await cancelEmail(db(), org.organization.id, id)).toBe(false);
  });

  it("claims a due message once, for one worker", async () => {
    const id = (await enqueueEmail(db(), message()))!;
    const first = await claimDueEmails(50);
    expect(first.find((e) => e.id === id)).toMatchObject({ attempts: 1, status: "pending" });
    expect((await claimDueEmails(50)).map((e) => e.id)).not.toContain(id);
  });

  // A second connection is what SKIP LOCKED is for; the embedded database has only one, so this test
  // exists only in the Postgres run (CI runs both).
  const onPostgres = process.env.DATABASE_URL ? it : undefined;
  onPostgres?.("skips, without waiting, a message another worker holds", async () => {
    const held = (await enqueueEmail(db(), message("held@example.com")))!;
    const free = (await enqueueEmail(db(), message("free@example.com")))!;
    await db().transaction(async (tx) => {
      await tx.select().from(emailOutbox).where(eq(emailOutbox.id, held)).for("update");
      const claimed = (await claimDueEmails(50)).map((e) => e.id);
      expect(claimed).toContain(free);
      expect(claimed).not.toContain(held);
    });
    expect((await claimDueEmails(50)).map((e) => e.id)).toContain(held);
  });

  it("lists an organisation's messages newest first and shows no other organisation's", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    const older = (await enqueueEmail(db(), { ...message(), organizationId: org.organization.id, subject: "First" }))!;
    const newer = (await enqueueEmail(db(), {
      ...message(),
      organizationId: org.organization.id,
      subject: "Second",
      html: "<p>Hello</p>",
      attachments: [{ filename: "invite.ics", contentType: "text/calendar", content: Buffer.from("BEGIN:VCALENDAR") }],
    }))!;
    await enqueueEmail(db(), { ...message(), organizationId: other.organization.id });

    expect((await listRecentEmails(org.organization.id)).map((e) => e.subject)).toEqual(["Second", "First"]);
    expect(await listRecentEmails(org.organization.id, 1)).toHaveLength(1);
    expect(await findEmail(other.organization.id, newer)).toBeNull();
    expect(await findEmail(org.organization.id, newer)).toMatchObject({
      subject: "Second",
      text: "Hello",
      hasHtml: true,
      attachments: [{ filename: "invite.ics", contentType: "text/calendar" }],
    });
    expect(await findEmail(org.organization.id, older)).toMatchObject({ hasHtml: false, attachments: [] });
  });
});
