import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as applyRoute } from "@/app/api/careers/[org]/jobs/[job]/applications/route";
import { POST as leverRoute } from "@/app/api/v0/postings/[org]/[id]/route";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER, recordPeerAddresses } from "@/server/http/client-ip";
import { setupTestDatabase } from "@/test/database";
import { submitApplication } from "./submit-application";

// Issue 15, finding 10: where an applicant came from is named by the site that sent them, never refuses
// an application, and is stored alike whichever way the application arrives.

const db = setupTestDatabase();
const resumePdf = readFileSync(path.join(__dirname, "../../test/files/resume.pdf"));

let org: IsolatedOrganization;
let publicId: number;

beforeAll(async () => {
  // Each request's address is the header set below, so the per-address limit counts this file's applications alone.
  recordPeerAddresses();
  org = await createIsolatedOrganization(db());
  const [job] = await db().select({ publicId: s.jobs.publicId }).from(s.jobs).where(eq(s.jobs.id, org.job.id));
  publicId = job!.publicId;
});

const ip = () => `10.11.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const applicant = () => ({ name: "Sam Source", email: `sam-${randomUUID()}@example.com`, consent: "on", leaveEmpty: "", idempotencyKey: randomUUID() });

async function attributionOf(applicationId: string) {
  const [row] = await db().select({ source: s.applications.source, sourceDetails: s.applications.sourceDetails }).from(s.applications).where(eq(s.applications.id, applicationId));
  return row!;
}

/** Applies through the use case with `tracking` as the form's hidden fields; the stored source and details. */
async function applyWith(tracking: Record<string, unknown>) {
  const result = await submitApplication(org.organization.slug, { slug: org.job.slug }, { ...applicant(), resume: new File([resumePdf], "cv.pdf"), ...tracking }, { ip: ip() });
  if (!result.ok) throw new Error(`refused: ${result.formError} ${JSON.stringify(result.fieldErrors)}`);
  return attributionOf(result.data.applicationId);
}

describe("where an applicant came from", () => {
  it("names another site that sent them by its site, without www, and keeps its address without the query", async () => {
    expect(await applyWith({ referrer: "https://www.google.com/search?q=robotics+jobs" })).toEqual({
      source: "google.com",
      sourceDetails: { referrer: "https://www.google.com/search" },
    });
    expect((await applyWith({ referrer: "https://uk.linkedin.com/" })).source).toBe("uk.linkedin.com");
  });

  it("calls an application with no other site behind it, or only this one, the careers page", async () => {
    expect(await applyWith({})).toEqual({ source: "Careers page", sourceDetails: {} });
    expect(await applyWith({ referrer: `${env().APP_URL}/careers/${org.organization.slug}/${org.job.slug}` })).toEqual({ source: "Careers page", sourceDetails: {} });
  });

  it("lets a campaign tag name the source before the referrer's site", async () => {
    expect(await applyWith({ utm_source: "newsletter", utm_medium: "email", referrer: "https://mail.example.net/" })).toEqual({
      source: "newsletter",
      sourceDetails: { utm: { source: "newsletter", medium: "email" }, referrer: "https://mail.example.net" },
    });
  });

  it("never refuses an application over its attribution: a non-web referrer is dropped, over-long tags are cut", async () => {
    const stored = await applyWith({ referrer: "javascript:alert(1)", utm_campaign: `  ${"c".repeat(600)}`, utm_term: "\u0000\u0007" });
    expect(stored).toEqual({ source: "Careers page", sourceDetails: { utm: { campaign: "c".repeat(200) } } });
    expect((await applyWith({ referrer: `https://example.com/${"p".repeat(3000)}` })).sourceDetails).toEqual({});
  });

  it("is stored alike from the apply form's upload and from the Lever-shaped API, which names itself only when nothing else does", async () => {
    const tracking = { utm_medium: "social", utm_campaign: "autumn", utm_content: "banner", referrer: "https://www.linkedin.com/feed/?trk=x" };
    const form = (fields: Record<string, string>) => {
      const body = new FormData();
      for (const [name, value] of Object.entries({ ...applicant(), ...fields })) body.set(name, value);
      body.set("resume", new File([resumePdf], "cv.pdf", { type: "application/pdf" }));
      return body;
    };
    const headers = () => ({ [PEER_ADDRESS_HEADER]: ip() });

    const upload = await applyRoute(
      new Request(`http://127.0.0.1/api/careers/${org.organization.slug}/jobs/${org.job.slug}/applications`, { method: "POST", body: form(tracking), headers: headers() }),
      { params: Promise.resolve({ org: org.organization.slug, job: org.job.slug }) },
    );
    expect(upload.status).toBe(201);
    const lever = (fields: Record<string, string>) =>
      leverRoute(new Request(`http://127.0.0.1/api/v0/postings/${org.organization.slug}/${publicId}`, { method: "POST", body: form(fields), headers: headers() }) as Parameters<typeof leverRoute>[0], {
        params: Promise.resolve({ org: org.organization.slug, id: String(publicId) }),
      });
    const viaApi = await lever(tracking);
    expect(viaApi.status).toBe(200);

    const expected = { utm: { medium: "social", campaign: "autumn", content: "banner" }, referrer: "https://www.linkedin.com/feed/" };
    const stored = await db()
      .select({ source: s.applications.source, sourceDetails: s.applications.sourceDetails })
      .from(s.applications)
      .where(eq(s.applications.jobId, org.job.id));
    const mine = stored.filter((row) => row.sourceDetails.utm?.campaign === "autumn");
    expect(mine).toEqual([
      { source: "linkedin.com", sourceDetails: expected },
      { source: "linkedin.com", sourceDetails: expected },
    ]);
    const plain = await lever({});
    expect(await attributionOf(((await plain.json()) as { applicationId: string }).applicationId)).toEqual({ source: "Lever API", sourceDetails: {} });
  });
});
