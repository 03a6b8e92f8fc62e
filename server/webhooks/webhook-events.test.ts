import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { jobFieldsSchema } from "@/lib/validation/job";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { submitApplication } from "@/server/applications/submit-application";
import { addCandidateToJob } from "@/server/candidates/add-candidate-to-job";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { withdrawApplication } from "@/server/status/withdraw-application";
import { viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { createJobConfirmingWarnings, updateJobConfirmingWarnings } from "@/test/jobs";
import { createWebhookEndpoint } from "./create-webhook-endpoint";

// Each use case that changes something an endpoint can subscribe to records the event, with a delivery
// per subscribed endpoint, in its own transaction. (Delivery itself: deliver-webhooks.test.ts.)
process.env.WEBHOOK_ALLOW_PRIVATE = "1";
// Next's cache functions need a request; the job use cases' page refreshes are not what this file tests.
vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));
const db = setupTestDatabase();

async function subscribed(events: WebhookEventType[], options: Parameters<typeof createIsolatedOrganization>[2] = {}) {
  const org = await createIsolatedOrganization(db(), undefined, options);
  const { id } = await createWebhookEndpoint(viewerOf(org, "admin"), { url: "http://127.0.0.1:46599/unused", events });
  return { org, endpointId: id };
}

/** The events queued for the endpoint, oldest first, as `[type, data]`. */
async function queued(endpointId: string) {
  const rows = await db()
    .select({ payload: s.webhookEvents.payload })
    .from(s.webhookDeliveries)
    .innerJoin(s.webhookEvents, eq(s.webhookEvents.id, s.webhookDeliveries.eventId))
    .where(eq(s.webhookDeliveries.endpointId, endpointId))
    .orderBy(s.webhookEvents.createdAt);
  return rows.map((row) => [row.payload.type, row.payload.data]);
}

/** The applicant as their status link opens them. */
function statusCandidate(org: IsolatedOrganization, index = 0) {
  const { candidateId, email, name } = org.applicants[index]!;
  return { candidateId, organizationId: org.organization.id, name, email, organizationName: org.organization.name, organizationSlug: org.organization.slug };
}

const jobEditor = (org: IsolatedOrganization) => ({ ...viewerOf(org, "recruiter"), organizationSlug: org.organization.slug });
const fields = (title: string) => jobFieldsSchema.parse({ descriptionMd: "", title });

describe("webhook events", () => {
  it("records application.created for a submitted application, in the same statement", async () => {
    const { org, endpointId } = await subscribed(["application.created"]);
    const result = await submitApplication(
      org.organization.slug,
      { slug: org.job.slug },
      {
        name: "Jordan Example",
        email: `jordan-${randomUUID()}@example.com`,
        resume: new File([readFileSync(path.join(__dirname, "../../test/files/resume.pdf"))], "resume.pdf"),
        consent: "on",
        leaveEmpty: "",
        idempotencyKey: randomUUID(),
      },
      { ip: "10.77.0.1" },
    );
    if (!result.ok) throw new Error(result.formError);
    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, result.data.applicationId));
    expect(await queued(endpointId)).toEqual([
      ["application.created", { application_id: application!.id, job_id: org.job.id, candidate_id: application!.candidateId }],
    ]);
  });

  it("records application.created for a candidate added to another job, and nothing for types the endpoint did not choose", async () => {
    const { org, endpointId } = await subscribed(["application.created"], { applicants: 1, extraJobs: 1 });
    const candidateId = org.applicants[0]!.candidateId;
    const { applicationId } = await addCandidateToJob({ ...viewerOf(org, "recruiter"), name: "Rita Recruiter" }, { candidateId, jobId: org.extraJobs[0]!.id });
    await withdrawApplication(statusCandidate(org), applicationId);
    expect(await queued(endpointId)).toEqual([["application.created", { application_id: applicationId, job_id: org.extraJobs[0]!.id, candidate_id: candidateId }]]);
  });

  it("records application.withdrawn and candidate.deleted, the latter with the candidate's id alone", async () => {
    const { org, endpointId } = await subscribed(["application.withdrawn", "candidate.deleted"], { applicants: 1 });
    const { candidateId, applicationId, email } = org.applicants[0]!;
    const candidate = statusCandidate(org);
    expect(await withdrawApplication(candidate, applicationId)).toBe(true);
    // Withdrawn once: a second try changes nothing and reports nothing.
    expect(await withdrawApplication(candidate, applicationId)).toBe(false);
    await anonymizeCandidate(candidate);
    const events = await queued(endpointId);
    expect(events).toEqual([
      ["application.withdrawn", { application_id: applicationId, candidate_id: candidateId }],
      ["candidate.deleted", { candidate_id: candidateId }],
    ]);
    expect(JSON.stringify(events)).not.toContain(email);
  });

  it("records job.published when a job is created open or reopened, and job.closed when it closes", async () => {
    const { org, endpointId } = await subscribed(["job.published", "job.closed"]);
    const editor = jobEditor(org);
    const job = await createJobConfirmingWarnings(editor, { ...fields("Data Analyst"), status: "open" });
    const closed = await updateJobConfirmingWarnings(editor, job.id, job.version, fields("Data Analyst"), "close");
    await updateJobConfirmingWarnings(editor, job.id, closed.job.version, fields("Data Analyst"), "reopen");
    // Saving without a transition is no event.
    expect(await queued(endpointId)).toEqual([
      ["job.published", { job_id: job.id, status: "open", reopened: false }],
      ["job.closed", { job_id: job.id, status: "closed", reopened: false }],
      ["job.published", { job_id: job.id, status: "open", reopened: true }],
    ]);
  });

  it("stores no event for an organisation without a subscribed, enabled endpoint", async () => {
    const org = await createIsolatedOrganization(db());
    await createJobConfirmingWarnings(jobEditor(org), { ...fields("Nobody listens"), status: "open" });
    expect(await db().select().from(s.webhookEvents).where(eq(s.webhookEvents.organizationId, org.organization.id))).toEqual([]);
  });
});
