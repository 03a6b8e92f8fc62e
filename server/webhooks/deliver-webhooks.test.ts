import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseHandle } from "@/db/client";
import { createIsolatedOrganization } from "@/db/fixtures";
import { listWebhookDeliveries } from "@/db/queries/webhooks";
import { emailOutbox, webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema";
import { rejectionReasonsOf } from "@/lib/board/rejection-email";
import { AppError } from "@/lib/errors";
import { startJobRunner, type JobRunner } from "@/server/background-jobs/runner";
import { moveApplications } from "@/server/pipeline/move-applications";
import { rejectApplications } from "@/server/pipeline/reject-applications";
import { viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { eventually, startWebhookReceiver, type WebhookReceiver } from "@/test/webhooks/receiver";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { webhookDeliveryTask } from "./deliver-webhooks";
import { redeliverWebhook, setWebhookEndpointEnabled } from "./manage-webhook-endpoint";

// Receivers on 127.0.0.1 need WEBHOOK_ALLOW_PRIVATE=1 (webhook-address.test.ts proves the refusal without
// it); a 1-second back-off base keeps the retries of this file within seconds. Set before anything reads them.
process.env.WEBHOOK_ALLOW_PRIVATE = "1";
process.env.WEBHOOK_RETRY_BASE_SECONDS = "1";
// The embedded database must be on disk for the runner killed mid-delivery to share it with this process.
const pgliteDir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), "candor-webhooks-"));
if (pgliteDir) process.env.PGLITE_DATA_DIR = pgliteDir;
afterAll(() => pgliteDir && rmSync(pgliteDir, { recursive: true, force: true }));

// The delivery pass works on every organisation's deliveries: a database of this file's own.
const db = setupTestDatabase({ ownDatabase: true });

const receivers: WebhookReceiver[] = [];
afterAll(() => Promise.all(receivers.map((receiver) => receiver.close())));

async function organizationWithEndpoint(events: string[] = ["application.stage_changed", "candidate.hired", "application.rejected"]) {
  const org = await createIsolatedOrganization(db(), undefined, { applicants: 2 });
  const admin = { ...viewerOf(org, "admin"), email: org.users.admin.email };
  // The secret is known only once the endpoint exists, and the endpoint needs the receiver's URL.
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  const { id, secret } = await createWebhookEndpoint(admin, { url: receiver.url, events: events as never });
  receiver.useSecret(secret);
  const stage = (kind: string) => org.stages.find((s) => s.kind === kind)!.id;
  const recruiter = viewerOf(org, "recruiter");
  return { org, admin, recruiter, stage, endpointId: id, secret, receiver };
}

const runner = () => startJobRunner({ tasks: { "webhooks.deliver": webhookDeliveryTask }, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 });

describe("webhook delivery", { timeout: 150_000 }, () => {
  let running: JobRunner | undefined;
  beforeAll(async () => {
    await databaseHandle().ready();
  });
  afterAll(async () => {
    await running?.stop();
  });

  it("sends each event of a committed change once, signed, and none for a change that rolled back", async () => {
    const { org, recruiter, stage, endpointId, secret, receiver } = await organizationWithEndpoint();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const [first, second] = org.applicants;

    // A move that fails (the second card is stale) stores nothing, so it reports nothing.
    await expect(
      moveApplications(recruiter, {
        jobId: org.job.id,
        toStageId: stage("screen"),
        applications: [
          { applicationId: first!.applicationId, version: 1 },
          { applicationId: second!.applicationId, version: 7 },
        ],
      }),
    ).rejects.toBeInstanceOf(AppError);
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("hired"), applications: [{ applicationId: first!.applicationId, version: 1 }] });
    await rejectApplications(recruiter, { jobId: org.job.id, applications: [{ applicationId: second!.applicationId, version: 1 }], reason: rejectionReasonsOf({})[0]!, note: "", sendEmail: false });

    running = await runner();
    try {
      await eventually(
        async () => (await listWebhookDeliveries(db(), org.organization.id, endpointId)).filter((d) => d.status === "succeeded").length,
        (count) => count === 3,
      );
    } finally {
      await running.stop();
      running = undefined;
    }
    expect(receiver.requests.every((request) => request.verified)).toBe(true);
    const received = [...receiver.processed.values()].map((request) => request.payload!);
    expect(received.map((payload) => payload.type).sort()).toEqual(["application.rejected", "application.stage_changed", "candidate.hired"]);
    expect(received.find((p) => p.type === "application.stage_changed")!.data).toEqual({
      application_id: first!.applicationId,
      job_id: org.job.id,
      from_stage_id: stage("applied"),
      to_stage_id: stage("hired"),
    });
    expect(received.find((p) => p.type === "candidate.hired")!.data).toEqual({ candidate_id: first!.candidateId, application_id: first!.applicationId, job_id: org.job.id });
    // Ids and the reason only: the receiver asks the API for anything more.
    expect(JSON.stringify(received)).not.toContain(first!.email);
    expect(receiver.requests).toHaveLength(3);

    const deliveries = await listWebhookDeliveries(db(), org.organization.id, endpointId);
    expect(deliveries.map((d) => d.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    expect(deliveries.every((d) => d.attempts.length === 1 && d.attempts[0]!.responseStatus === 204)).toBe(true);
  });

  it("retries a delivery the endpoint answered 500, waiting longer each time, until it answers 2xx", async () => {
    const { org, recruiter, stage, endpointId, receiver } = await organizationWithEndpoint(["application.stage_changed"]);
    receiver.answerWith((_request, index) => (index < 2 ? 500 : 200));
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("screen"), applications: [{ applicationId: org.applicants[0]!.applicationId, version: 1 }] });

    running = await runner();
    try {
      await eventually(async () => (await listWebhookDeliveries(db(), org.organization.id, endpointId))[0]!.status, (status) => status === "succeeded", 60);
    } finally {
      await running.stop();
      running = undefined;
    }
    const times = receiver.requests.map((request) => request.receivedAt);
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((request) => request.id)).size).toBe(1);
    // Back-off with a 1-second base: at least 1 s, then at least 2 s.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(1900);

    const [delivery] = await listWebhookDeliveries(db(), org.organization.id, endpointId);
    expect(delivery!.status).toBe("succeeded");
    expect(delivery!.attempts.map((attempt) => attempt.responseStatus)).toEqual([500, 500, 200]);
    // The first 1 KB of the answer is kept, no more.
    expect(delivery!.attempts[0]!.responseBody).toMatch(/^receiver says 500 x+$/);
    expect(delivery!.attempts[0]!.responseBody!.length).toBe(1024);
    expect(delivery!.attempts.every((attempt) => attempt.durationMs !== null && attempt.finishedAt !== null)).toBe(true);
  });

  it("gives a delivery up after 24 hours, disables the endpoint and emails the admins; an admin redelivers it", async () => {
    const { org, admin, recruiter, stage, endpointId, receiver } = await organizationWithEndpoint(["application.stage_changed"]);
    receiver.answerWith(() => 503);
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("screen"), applications: [{ applicationId: org.applicants[0]!.applicationId, version: 1 }] });
    // As if the event had been failing since yesterday.
    await db()
      .update(webhookDeliveries)
      .set({ retryFrom: sql`now() - interval '25 hours'` })
      .where(eq(webhookDeliveries.endpointId, endpointId));

    running = await runner();
    try {
      const endpoint = await eventually(
        async () => (await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)))[0]!,
        (row) => !row.enabled,
      );
      expect(endpoint.disabledReason).toBe("Disabled after an event failed to deliver for 24 hours (last attempt: it answered 503).");
      const mail = await db().select().from(emailOutbox).where(eq(emailOutbox.organizationId, org.organization.id));
      expect(mail.filter((m) => m.subject === "A webhook endpoint was disabled").map((m) => m.to)).toEqual([org.users.admin.email]);
      const [failed] = await listWebhookDeliveries(db(), org.organization.id, endpointId);
      expect(failed!.status).toBe("failed");

      receiver.answerWith(() => 200);
      await setWebhookEndpointEnabled(admin, { endpointId, enabled: true });
      await redeliverWebhook(admin, { deliveryId: failed!.id });
      const [delivered] = await eventually(
        () => listWebhookDeliveries(db(), org.organization.id, endpointId),
        ([row]) => row!.status === "succeeded",
      );
      expect(delivered!.status).toBe("succeeded");
      expect(receiver.processed.size).toBe(1);
      expect(delivered!.attempts.map((attempt) => attempt.responseStatus)).toEqual([503, 200]);
    } finally {
      await running.stop();
      running = undefined;
    }
  });

  it("delivers an event once more after its runner was killed mid-request, and the receiver processes it once", async () => {
    const { org, recruiter, stage, endpointId, receiver } = await organizationWithEndpoint(["application.stage_changed"]);
    receiver.answerWith((_request, index) => (index === 0 ? "hang" : 200));
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("screen"), applications: [{ applicationId: org.applicants[0]!.applicationId, version: 1 }] });
    const [event] = await db().select().from(webhookEvents).where(and(eq(webhookEvents.organizationId, org.organization.id)));

    // The embedded database is one process's: this one lets go of it while the other runs.
    if (pgliteDir) await closeDatabase();
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "test/webhooks/webhook-runner.mts"], {
      env: { ...process.env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    createInterface({ input: child.stdout! }).on("line", () => undefined);
    const firstRequest = await receiver.nextRequest();
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(firstRequest.id).toBe(event!.id);

    running = await runner();
    try {
      // The dead runner's claim and its pass expire (45 s) before another server takes the delivery up.
      await eventually(async () => receiver.requests.length, (count) => count === 2, 90);
      await eventually(async () => (await listWebhookDeliveries(db(), org.organization.id, endpointId))[0]!.status, (status) => status === "succeeded");
    } finally {
      await running.stop();
      running = undefined;
    }
    expect(receiver.requests.map((request) => request.id)).toEqual([event!.id, event!.id]);
    expect([...receiver.processed.keys()]).toEqual([event!.id]);
    const [delivery] = await listWebhookDeliveries(db(), org.organization.id, endpointId);
    // The attempt cut short shows in the log, unfinished, before the one that succeeded.
    expect(delivery!.attempts.map((attempt) => [attempt.finishedAt === null, attempt.responseStatus])).toEqual([
      [true, null],
      [false, 200],
    ]);
  });
});

async function closeDatabase() {
  await databaseHandle().close();
  delete (globalThis as { candorDatabase?: unknown }).candorDatabase;
}
