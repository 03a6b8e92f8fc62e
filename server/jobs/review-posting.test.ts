import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { MemberRole } from "@/lib/enums";
import { env } from "@/lib/env";
import { jobFieldsSchema, postingCheckSchema } from "@/lib/validation/job";
import { setupTestDatabase } from "@/test/database";
import { createJob } from "./create-job";
import type { JobEditor } from "./managed-job";
import { reviewPostingFields } from "./review-posting";
import { updateJob } from "./update-job";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));

const db = setupTestDatabase();

const member = (org: IsolatedOrganization, role: MemberRole = "recruiter"): JobEditor => ({
  organizationId: org.organization.id,
  organizationSlug: org.organization.slug,
  userId: org.users[role].id,
  role,
});

const longEnough = "We make warehouse robots that work beside people, and we need someone to keep their software running. ".repeat(8);

/** A posting with nothing to warn about: pay where the law wants it, a closing date, a plain title, a full description. */
const complete = {
  title: "Platform Engineer",
  location: "Denver, CO, United States",
  workplaceType: "hybrid",
  payMin: 140000,
  payMax: 170000,
  payCurrency: "USD",
  payPeriod: "year",
  closesAt: "2027-01-31",
  descriptionMd: `## The role\n\n${longEnough}`,
};
const fields = (input: Record<string, unknown> = {}) => jobFieldsSchema.parse({ ...complete, ...input });
/** What the checks find in a Colorado posting with no pay, an emoji title and a link to apply elsewhere. */
const risky = fields({
  title: "🚀 Platform Engineer",
  payMin: undefined,
  payMax: undefined,
  payCurrency: undefined,
  descriptionMd: `${complete.descriptionMd}\n\n[Apply on Greenhouse](https://boards.greenhouse.io/lumen/jobs/1)`,
});
const riskyIds = ["law:pay-range:Colorado", "content:title-symbols", "content:application-links"];

async function draftOf(org: IsolatedOrganization) {
  const created = await createJob(member(org), { ...risky, status: "draft" });
  if (created.outcome !== "created") throw new Error("a draft is created without questions");
  return created.job;
}

const jobRow = async (jobId: string) => (await db().select().from(s.jobs).where(eq(s.jobs.id, jobId)))[0]!;

describe("publishing asks the recruiter to confirm what the checks found", () => {
  it("returns the warnings and changes nothing until each is confirmed", async () => {
    const org = await createIsolatedOrganization(db());
    const draft = await draftOf(org);
    const edited = { ...risky, department: "Platform" };

    const asked = await updateJob(member(org), { jobId: draft.id, version: 1, fields: edited, transition: "publish" });
    expect(asked.outcome).toBe("confirm");
    expect(asked.outcome === "confirm" && asked.warnings.map((w) => w.id)).toEqual(riskyIds);
    expect(await jobRow(draft.id)).toMatchObject({ status: "draft", version: 1, department: null, publishedAt: null });

    // Two of the three confirmed (the third appeared since): the whole list is asked again.
    const again = await updateJob(member(org), { jobId: draft.id, version: 1, fields: edited, transition: "publish", confirmedWarnings: riskyIds.slice(0, 2) });
    expect(again.outcome === "confirm" && again.warnings.map((w) => w.id)).toEqual(riskyIds);
    expect((await jobRow(draft.id)).status).toBe("draft");

    const published = await updateJob(member(org), { jobId: draft.id, version: 1, fields: edited, transition: "publish", confirmedWarnings: riskyIds });
    expect(published.outcome).toBe("saved");
    expect(await jobRow(draft.id)).toMatchObject({ status: "open", version: 2, department: "Platform", publishedAt: expect.any(Date) });
  });

  it("publishes at once a posting with nothing to warn about, and never asks when only saving", async () => {
    const org = await createIsolatedOrganization(db());
    const draft = await draftOf(org);
    const saved = await updateJob(member(org), { jobId: draft.id, version: 1, fields: risky });
    expect(saved.outcome).toBe("saved");
    const published = await updateJob(member(org), { jobId: draft.id, version: 2, fields: fields(), transition: "publish" });
    expect(published).toMatchObject({ outcome: "saved", job: { status: "open", title: "Platform Engineer" } });
  });

  it("asks again when a closed job is reopened, since it goes back in front of candidates", async () => {
    const org = await createIsolatedOrganization(db());
    const draft = await draftOf(org);
    await updateJob(member(org), { jobId: draft.id, version: 1, fields: fields(), transition: "publish" });
    await updateJob(member(org), { jobId: draft.id, version: 2, fields: fields(), transition: "close" });
    const asked = await updateJob(member(org), { jobId: draft.id, version: 3, fields: risky, transition: "reopen" });
    expect(asked.outcome === "confirm" && asked.warnings.map((w) => w.id)).toEqual(riskyIds);
    expect(await jobRow(draft.id)).toMatchObject({ status: "closed", version: 3 });
    const reopened = await updateJob(member(org), { jobId: draft.id, version: 3, fields: risky, transition: "reopen", confirmedWarnings: riskyIds });
    expect(reopened).toMatchObject({ outcome: "saved", job: { status: "open", version: 4 } });
  });

  it("refuses before it asks: a stale version is refused, not confirmed", async () => {
    const org = await createIsolatedOrganization(db());
    const draft = await draftOf(org);
    await expect(updateJob(member(org), { jobId: draft.id, version: 7, fields: risky, transition: "publish" })).rejects.toMatchObject({ code: "STALE_VERSION" });
  });

  it("creates a job to publish only once its warnings are confirmed", async () => {
    const org = await createIsolatedOrganization(db());
    const jobsBefore = await db().select().from(s.jobs).where(eq(s.jobs.organizationId, org.organization.id));
    const asked = await createJob(member(org), { ...risky, status: "open" });
    expect(asked.outcome === "confirm" && asked.warnings.map((w) => w.id)).toEqual(riskyIds);
    expect(await db().select().from(s.jobs).where(eq(s.jobs.organizationId, org.organization.id))).toHaveLength(jobsBefore.length);

    const created = await createJob(member(org), { ...risky, status: "open", confirmedWarnings: riskyIds });
    expect(created).toMatchObject({ outcome: "created", job: { status: "open", title: "🚀 Platform Engineer" } });
  });
});

describe("the editor's checks", () => {
  it("reads the fields as they are being typed, and does not count a link to this Candor as applying elsewhere", () => {
    const recruiter: JobEditor = { organizationId: "00000000-0000-4000-8000-000000000000", organizationSlug: "lumen", userId: "u", role: "recruiter" };
    const typing = postingCheckSchema.parse({ ...complete, payMin: "14000x", payCurrency: "US", closesAt: "2027-01", descriptionMd: `${complete.descriptionMd}\n\n[Apply now](${env().APP_URL}/careers/lumen/platform-engineer/apply)` });
    const ids = reviewPostingFields(recruiter, typing).warnings.map((w) => w.id);
    expect(ids).toEqual(["search:validThrough"]);
  });

  it.each(["hiring_manager", "interviewer"] as const)("are refused to a %s", async (role) => {
    const org = await createIsolatedOrganization(db());
    expect(() => reviewPostingFields(member(org, role), postingCheckSchema.parse(complete))).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
