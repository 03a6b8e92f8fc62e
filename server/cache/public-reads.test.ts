import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { PublicCache } from "./public-cache";
import { publicReads } from "./public-reads";

const db = setupTestDatabase();

function freshReads() {
  const cache = new PublicCache({ lifetimeMs: 60_000, maxEntries: 100 });
  return { cache, reads: publicReads(cache) };
}

async function organizationWithJobs() {
  const org = await createIsolatedOrganization(db());
  const base = { organizationId: org.organization.id, title: "Role", publishedAt: new Date("2026-01-05T10:00:00Z") };
  await db()
    .insert(s.jobs)
    .values([
      { ...base, slug: "closed-role", status: "closed" },
      { ...base, slug: "draft-role", status: "draft" },
      { ...base, slug: "expired-role", status: "open", closesAt: new Date(Date.now() - 60_000) },
    ]);
  return org;
}

// Behind the app's back: no announcement, so only invalidate() (or the lifetime) shows it.
const rename = (jobId: string, title: string) => db().update(s.jobs).set({ title }).where(eq(s.jobs.id, jobId));

describe("public reads", () => {
  it("serve open jobs from the cache, with real dates, until the organisation is invalidated", async () => {
    const { cache, reads } = freshReads();
    const org = await organizationWithJobs();
    const slug = org.organization.slug;
    expect((await reads.getCareersSite(slug))?.jobs.map((job) => job.title)).toEqual([org.job.title]);

    await rename(org.job.id, "Renamed role");
    const cached = await reads.getCareersSite(slug);
    expect(cached?.jobs[0]?.title).toBe(org.job.title);
    expect(cached?.jobs[0]?.updatedAt).toBeInstanceOf(Date);
    expect(cached?.organization).toEqual({ id: org.organization.id, slug, name: org.organization.name, website: null, logoUrl: null, brandColor: null, careersIntroMd: null });
    expect((await reads.loadBoard(slug))?.jobs[0]?.title).toBe(org.job.title);

    cache.invalidate(slug);
    expect((await reads.getCareersSite(slug))?.jobs[0]?.title).toBe("Renamed role");
    expect((await reads.loadBoard(slug))?.jobs[0]?.title).toBe("Renamed role");
  });

  it("drop only the organisation that changed, and the sitemap", async () => {
    const { cache, reads } = freshReads();
    const [a, b] = [await organizationWithJobs(), await organizationWithJobs()];
    await reads.getCareersSite(a.organization.slug);
    await reads.getCareersSite(b.organization.slug);
    await reads.getSitemapEntries();
    await Promise.all([rename(a.job.id, "A renamed"), rename(b.job.id, "B renamed")]);
    cache.invalidate(a.organization.slug);
    expect((await reads.getCareersSite(a.organization.slug))?.jobs[0]?.title).toBe("A renamed");
    expect((await reads.getCareersSite(b.organization.slug))?.jobs[0]?.title).toBe(b.job.title);
    const sitemap = await reads.getSitemapEntries();
    expect(sitemap.jobs.find((job) => job.organizationSlug === a.organization.slug)?.updatedAt).toBeInstanceOf(Date);
  });

  it("find open and closed postings; drafts and unknown slugs are not found", async () => {
    const { reads } = freshReads();
    const org = await organizationWithJobs();
    const slug = org.organization.slug;
    expect(await reads.findCareersPosting(slug, org.job.slug)).toMatchObject({ closed: false, job: { title: org.job.title } });
    expect(await reads.findCareersPosting(slug, "closed-role")).toMatchObject({ closed: true });
    expect(await reads.findCareersPosting(slug, "expired-role")).toMatchObject({ closed: true });
    expect(await reads.findCareersPosting(slug, "draft-role")).toBeNull();
    expect(await reads.findCareersPosting(slug, "no-such-role")).toBeNull();
  });

  it("keep nothing for names anyone can make up", async () => {
    const { cache, reads } = freshReads();
    const org = await organizationWithJobs();
    expect(await reads.getCareersSite("no-such-organisation")).toBeNull();
    expect(await reads.loadBoard("no-such-organisation")).toBeNull();
    expect(await reads.loadApplyForm(org.organization.slug, "no-such-role")).toBeNull();
    expect(await reads.loadApplyForm(org.organization.slug, "closed-role")).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("give the application form its job and questions, and stop offering it once the job closes", async () => {
    const { cache, reads } = freshReads();
    const org = await organizationWithJobs();
    const slug = org.organization.slug;
    await db().insert(s.jobQuestions).values({ organizationId: org.organization.id, jobId: org.job.id, label: "Why us?", type: "long_text", position: 0 });
    const form = await reads.loadApplyForm(slug, org.job.slug);
    expect(form).toMatchObject({ organization: { slug, privacyNoticeUrl: null, privacyNoticeMd: null }, job: { title: org.job.title }, questions: [{ label: "Why us?" }] });

    await db().update(s.jobs).set({ closesAt: new Date(Date.now() - 1_000) }).where(eq(s.jobs.id, org.job.id));
    cache.invalidate(slug);
    expect(await reads.loadApplyForm(slug, org.job.slug)).toBeNull();
  });

  it("never store what a load read before an invalidation", async () => {
    const { cache, reads } = freshReads();
    const org = await organizationWithJobs();
    const slug = org.organization.slug;
    const underWay = reads.getCareersSite(slug);
    cache.invalidate(slug);
    await underWay;
    expect(cache.size).toBe(0);
    await rename(org.job.id, "After the change");
    expect((await reads.getCareersSite(slug))?.jobs[0]?.title).toBe("After the change");
  });
});
