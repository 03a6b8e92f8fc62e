import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";

// A stand-in for Next's data cache with the same contract: entries keyed by key parts, stored as JSON
// (so dates come back as strings), dropped by tag. It lets these tests prove that reads and
// revalidateCareers() agree on tags, which a typo would otherwise break silently.
const store = vi.hoisted(() => new Map<string, { json: string; tags: string[] }>());
const revalidatedPaths = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({
  unstable_cache:
    <T>(callback: () => Promise<T>, keyParts: string[], options: { tags: string[] }) =>
    async () => {
      const key = JSON.stringify(keyParts);
      const hit = store.get(key);
      if (hit) return JSON.parse(hit.json) as T;
      const value = await callback();
      store.set(key, { json: JSON.stringify(value), tags: options.tags });
      return value;
    },
  revalidateTag: (tag: string) => {
    for (const [key, entry] of store) if (entry.tags.includes(tag)) store.delete(key);
  },
  revalidatePath: (path: string) => revalidatedPaths.push(path),
}));

const { findCareersPosting, getCareersSite, getSitemapEntries, revalidateCareers, SITEMAP_TAG } = await import("./cache");
const { careersTag } = await import("../../lib/careers/cache-tags");

const db = setupTestDatabase();

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

const rename = (jobId: string, title: string) => db().update(s.jobs).set({ title }).where(eq(s.jobs.id, jobId));

beforeEach(() => {
  store.clear();
  revalidatedPaths.length = 0;
});

describe("careers cache", () => {
  it("names one tag per organisation", () => {
    expect(careersTag("demo")).toBe("careers:demo");
    expect(careersTag("acme")).not.toBe(careersTag("demo"));
  });

  it("serves open jobs from the cache, with real dates, until revalidateCareers() is called", async () => {
    const org = await organizationWithJobs();
    const slug = org.organization.slug;
    const first = await getCareersSite(slug);
    expect(first?.jobs.map((job) => job.title)).toEqual([org.job.title]);

    await rename(org.job.id, "Renamed role");
    const cached = await getCareersSite(slug);
    expect(cached?.jobs[0]?.title).toBe(org.job.title);
    expect(cached?.jobs[0]?.updatedAt).toBeInstanceOf(Date);
    expect(cached?.organization).toEqual({ id: org.organization.id, slug, name: org.organization.name, website: null, logoUrl: null });

    revalidateCareers(slug);
    expect((await getCareersSite(slug))?.jobs[0]?.title).toBe("Renamed role");
    expect(revalidatedPaths).toEqual([`/careers/${slug}`]);
  });

  it("revalidates only the organisation that changed, and the sitemap", async () => {
    const [a, b] = [await organizationWithJobs(), await organizationWithJobs()];
    await getCareersSite(a.organization.slug);
    await getCareersSite(b.organization.slug);
    await getSitemapEntries();
    revalidateCareers(a.organization.slug);
    const remainingTags = [...store.values()].flatMap((entry) => entry.tags);
    expect(remainingTags).toEqual([careersTag(b.organization.slug)]);
    expect(remainingTags).not.toContain(SITEMAP_TAG);
  });

  it("finds open and closed postings; drafts and unknown slugs are not found", async () => {
    const org = await organizationWithJobs();
    const slug = org.organization.slug;
    const openSlug = (await getCareersSite(slug))!.jobs[0]!.slug;
    expect(await findCareersPosting(slug, openSlug)).toMatchObject({ closed: false, job: { title: org.job.title } });
    expect(await findCareersPosting(slug, "closed-role")).toMatchObject({ closed: true });
    expect(await findCareersPosting(slug, "expired-role")).toMatchObject({ closed: true });
    expect(await findCareersPosting(slug, "draft-role")).toBeNull();
    expect(await findCareersPosting(slug, "no-such-role")).toBeNull();
  });

  it("does not cache unknown organisations, which anyone can make up", async () => {
    expect(await getCareersSite("no-such-organisation")).toBeNull();
    expect(store.size).toBe(0);
  });

  it("lists open postings across organisations for the sitemap", async () => {
    const org = await organizationWithJobs();
    const { organizations, jobs } = await getSitemapEntries();
    expect(organizations.map((entry) => entry.slug)).toContain(org.organization.slug);
    expect(jobs.filter((job) => job.organizationSlug === org.organization.slug).map((job) => job.slug)).toHaveLength(1);
    expect(jobs[0]?.updatedAt).toBeInstanceOf(Date);
  });
});
