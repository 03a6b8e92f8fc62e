import { afterAll, describe, expect, it } from "vitest";
import { databaseHandle, openDatabase, type DatabaseHandle } from "@/db/client";
import { createIsolatedOrganization } from "@/db/fixtures";
import { cancelEmail, enqueueEmail } from "@/db/queries/outbox";
import { setupTestDatabase } from "@/test/database";
import { startTestSmtpServer } from "@/test/smtp";
import { tasks } from "./registry";
import { startJobRunner, type JobRunner } from "./runner";

// The configuration is read once, so the SMTP server must exist before anything reads it.
const smtp = await startTestSmtpServer();
process.env.SMTP_URL = smtp.url;
const db = setupTestDatabase({ ownDatabase: true });
afterAll(() => smtp.close());

const count = (subject: string) => smtp.received.filter((mail) => mail.subject === subject).length;

async function until(done: () => boolean, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe("the app's background tasks on the job runner", { timeout: 90_000 }, () => {
  it("delivers each queued email once with two servers running jobs, and never a rolled-back or withdrawn one", async () => {
    const org = await createIsolatedOrganization(db());
    const organizationId = org.organization.id;
    const subjects = Array.from({ length: 12 }, (_, i) => `Runner delivery ${i} ${organizationId}`);
    await db().transaction(async (tx) => {
      for (const subject of subjects) await enqueueEmail(tx, { organizationId, to: "ada@example.com", subject, text: "Hello" });
    });
    const rolledBack = `Rolled back ${organizationId}`;
    await db()
      .transaction(async (tx) => {
        await enqueueEmail(tx, { organizationId, to: "ada@example.com", subject: rolledBack, text: "Never" });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    // Like a rejection email: held back for an undo window; one of the two is undone meanwhile.
    const [kept, undone] = [`Delayed kept ${organizationId}`, `Delayed undone ${organizationId}`];
    await enqueueEmail(db(), { organizationId, to: "ada@example.com", subject: kept, text: "Later", delaySeconds: 3 });
    const undoneId = (await enqueueEmail(db(), { organizationId, to: "ada@example.com", subject: undone, text: "Never", delaySeconds: 3 }))!;

    // Two servers: on Postgres two connection pools; the embedded database has one process, so two runners share it.
    const second: DatabaseHandle = process.env.DATABASE_URL ? openDatabase({ databaseUrl: process.env.DATABASE_URL }) : databaseHandle();
    const runners: JobRunner[] = [];
    try {
      runners.push(await startJobRunner({ tasks, pollingIntervalSeconds: 0.5 }));
      runners.push(await startJobRunner({ handle: second, tasks, pollingIntervalSeconds: 0.5 }));
      expect(await cancelEmail(db(), organizationId, undoneId)).toBe(true);
      await until(() => subjects.every((subject) => count(subject) > 0) && count(kept) > 0);
      // A few more passes, in which nothing may be sent again.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    } finally {
      for (const runner of runners) await runner.stop();
      if (second !== databaseHandle()) await second.close();
    }
    expect(subjects.map(count)).toEqual(subjects.map(() => 1));
    expect(count(kept)).toBe(1);
    expect(count(undone)).toBe(0);
    expect(count(rolledBack)).toBe(0);
  });
});
