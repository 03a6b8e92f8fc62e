import { Client } from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseHandle } from "@/db/client";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { jobFieldsSchema, type JobFields } from "@/lib/validation/job";
import { addQuestion } from "@/server/jobs/edit-questions";
import type { JobEditor } from "@/server/jobs/managed-job";
import { updateJob as updateJobUseCase } from "@/server/jobs/update-job";
import { setupTestDatabase } from "@/test/database";
import { LISTENER_APPLICATION_NAME, listenForPublicChanges, type ListenSource, type PublicChangesListener } from "./listener";
import { PublicCache } from "./public-cache";
import { publicReads } from "./public-reads";

// The use cases also refresh this process's pages through Next, which allows that only inside a request.
vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));

// Two app servers in one test: two caches, each with its own listener (on PostgreSQL, its own
// connection), over one database. A change made through one is heard by the other.

const db = setupTestDatabase();
const DEADLINE_MS = 2_000;

const listeners: PublicChangesListener[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((listener) => listener.close()));
});

function source(): ListenSource {
  const { driver } = databaseHandle();
  return driver.name === "pglite" ? { pglite: driver.client } : { databaseUrl: process.env.DATABASE_URL! };
}

/** One app server's cache, listening; records when each organisation was invalidated and each reset. */
async function server() {
  const cache = new PublicCache({ lifetimeMs: 600_000, maxEntries: 1_000 });
  const heard = new Map<string, number>();
  let resets = 0;
  const listener = listenForPublicChanges(
    source(),
    {
      onChange: (slug) => {
        heard.set(slug, performance.now());
        cache.invalidate(slug);
      },
      onReset: () => {
        resets += 1;
        cache.clear();
      },
    },
    { minBackoffMs: 50, maxBackoffMs: 400 },
  );
  listeners.push(listener);
  await listener.ready;
  return { cache, reads: publicReads(cache), heard, resets: () => resets };
}

const admin = (org: IsolatedOrganization): JobEditor => ({
  organizationId: org.organization.id,
  organizationSlug: org.organization.slug,
  userId: org.users.admin.id,
  role: "admin",
});
const updateJob = (actor: JobEditor, jobId: string, version: number, fields: JobFields) => updateJobUseCase(actor, { jobId, version, fields });
const fields = (title: string, slug: string) => jobFieldsSchema.parse({ title, slug, descriptionMd: "" });

async function heardWithin(heard: Map<string, number>, slug: string, since: number): Promise<number> {
  await expect.poll(() => heard.get(slug), { timeout: DEADLINE_MS, interval: 5 }).toBeDefined();
  return heard.get(slug)! - since;
}

describe("public cache across app servers", () => {
  it("shows a job change made through one server on the other within 2 s", async () => {
    const [a, b] = [await server(), await server()];
    const org = await createIsolatedOrganization(db());
    const slug = org.organization.slug;
    expect((await b.reads.getCareersSite(slug))?.jobs[0]?.title).toBe(org.job.title);
    expect((await b.reads.loadBoard(slug))?.jobs[0]?.title).toBe(org.job.title);

    const committed = performance.now();
    await updateJob(admin(org), org.job.id, 1, fields("Renamed on A", org.job.slug));
    const latency = await heardWithin(b.heard, slug, committed);
    console.log(`public cache: server B heard the change ${latency.toFixed(1)} ms after A began saving it`);

    expect(latency).toBeLessThan(DEADLINE_MS);
    expect((await b.reads.getCareersSite(slug))?.jobs[0]?.title).toBe("Renamed on A");
    expect((await b.reads.loadBoard(slug))?.jobs[0]?.title).toBe("Renamed on A");
    expect(a.heard.has(slug)).toBe(true);
  });

  it("announces question changes, which the application form shows", async () => {
    const [, b] = [await server(), await server()];
    const org = await createIsolatedOrganization(db());
    const slug = org.organization.slug;
    expect((await b.reads.loadApplyForm(slug, org.job.slug))?.questions).toEqual([]);
    const committed = performance.now();
    await addQuestion(admin(org), org.job.id, { label: "Portfolio link", type: "short_text", required: false, options: [], helpText: undefined });
    await heardWithin(b.heard, slug, committed);
    expect((await b.reads.loadApplyForm(slug, org.job.slug))?.questions.map((q) => q.label)).toEqual(["Portfolio link"]);
  });

  it("announces nothing for a change that was refused and rolled back", async () => {
    const b = await server();
    const org = await createIsolatedOrganization(db());
    const refused = updateJob(admin(org), org.job.id, 99, fields("Stale edit", org.job.slug));
    await expect(refused).rejects.toMatchObject({ code: "STALE_VERSION" });
    // A later change to another organisation arrives, so anything from the refused one would have too.
    const other = await createIsolatedOrganization(db());
    await updateJob(admin(other), other.job.id, 1, fields("Accepted edit", other.job.slug));
    await heardWithin(b.heard, other.organization.slug, performance.now());
    expect(b.heard.has(org.organization.slug)).toBe(false);
  });

  const onPostgres = process.env.DATABASE_URL ? it : undefined;

  onPostgres?.("reconnects when its connection is dropped, forgets everything it may have missed, and hears changes again", async () => {
    const b = await server();
    const org = await createIsolatedOrganization(db());
    const slug = org.organization.slug;
    await b.reads.getCareersSite(slug);
    expect(b.cache.size).toBe(1);
    expect(b.resets()).toBe(1);

    const admin_ = new Client({ connectionString: process.env.DATABASE_URL });
    await admin_.connect();
    try {
      const { rowCount } = await admin_.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()",
        [LISTENER_APPLICATION_NAME],
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await admin_.end();
    }
    // Back and listening: the reset drops what was cached while announcements could not arrive.
    await expect.poll(() => b.resets(), { timeout: 5_000, interval: 20 }).toBe(2);
    expect(b.cache.size).toBe(0);

    await b.reads.getCareersSite(slug);
    const committed = performance.now();
    await updateJob(admin(org), org.job.id, 1, fields("After the reconnect", org.job.slug));
    expect(await heardWithin(b.heard, slug, committed)).toBeLessThan(DEADLINE_MS);
    expect((await b.reads.getCareersSite(slug))?.jobs[0]?.title).toBe("After the reconnect");
  });
});
