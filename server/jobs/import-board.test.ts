import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { AppError } from "@/lib/errors";
import { apisOn, fixture, GREENHOUSE_BOARD, LEVER_SITE, recordedBoards, startBoardServer, type BoardServer, type Reply } from "@/test/board-server";
import { setupTestDatabase } from "@/test/database";
import { importBoard, MAX_CONCURRENT_IMPORTS, MAX_JOBS_PER_IMPORT } from "./import-board";
import type { JobEditor } from "./managed-job";
import { BOARD_LIMITS } from "./read-board";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));

const db = setupTestDatabase();

// One local server plays both services; a test may put its own answers in front of the recorded ones.
let server: BoardServer;
let override: ((url: URL) => Reply | undefined) | undefined;
beforeAll(async () => {
  server = await startBoardServer((url) => override?.(url) ?? recordedBoards(url));
});
afterAll(() => server.close());

const member = (org: IsolatedOrganization, role: s.MemberRole = "recruiter"): JobEditor => ({
  organizationId: org.organization.id,
  organizationSlug: org.organization.slug,
  userId: org.users[role].id,
  role,
});

/** The organisation's jobs other than the fixture's own open job, oldest first. */
async function importedJobs(org: IsolatedOrganization) {
  const jobs = await db().select().from(s.jobs).where(eq(s.jobs.organizationId, org.organization.id)).orderBy(asc(s.jobs.createdAt), asc(s.jobs.publicId));
  return jobs.filter((job) => job.id !== org.job.id);
}

async function questionsOf(jobId: string) {
  return db()
    .select({ label: s.jobQuestions.label, type: s.jobQuestions.type, options: s.jobQuestions.options, required: s.jobQuestions.required, helpText: s.jobQuestions.helpText })
    .from(s.jobQuestions)
    .where(eq(s.jobQuestions.jobId, jobId))
    .orderBy(asc(s.jobQuestions.position));
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function withOverride<T>(route: (url: URL) => Reply | undefined, run: () => Promise<T>): Promise<T> {
  override = route;
  try {
    return await run();
  } finally {
    override = undefined;
  }
}

describe("importing a Greenhouse board", () => {
  it("creates a draft per job with its description, department, location, pay and questions, and remembers where each came from", async () => {
    const org = await createIsolatedOrganization(db());
    const summary = await importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(server));
    expect(summary).toMatchObject({ provider: "greenhouse", board: "fernweh", alreadyImported: 0, skipped: [], leftForLater: 0 });
    expect(summary.created.map((job) => job.title)).toEqual(["Senior Backend Engineer", "Product Designer (Hybrid)", "Customer Support Specialist"]);

    const jobs = await importedJobs(org);
    expect(jobs.map((job) => [job.title, job.slug, job.status, job.department, job.location, job.payMin, job.payMax, job.payCurrency, job.payPeriod])).toEqual([
      ["Senior Backend Engineer", "senior-backend-engineer", "draft", "Platform", "Berlin, Germany", 85_000, 110_000, "EUR", "year"],
      ["Product Designer (Hybrid)", "product-designer-hybrid", "draft", "Design", "London, United Kingdom", 60_000, 75_000, "GBP", "year"],
      ["Customer Support Specialist", "customer-support-specialist", "draft", "Customer Support", "Remote - US", 24, 31, "USD", "hour"],
    ]);
    const [engineer, designer] = jobs;
    expect(engineer!.descriptionMd).toMatch(/^## About Fernweh\n/);
    expect(engineer!.descriptionMd).not.toMatch(/Apply now|€85,000|&lt;|&amp;/);
    expect(engineer!.importReview).toMatchObject({
      source: { provider: "greenhouse", board: "fernweh", url: "https://job-boards.greenhouse.io/fernweh/jobs/4012345008" },
      notes: ["Greenhouse gives 2 pay ranges (Berlin, Remote (Germany)); Candor keeps the first."],
      removedCallsToAction: ["Apply now"],
    });
    expect(designer!.importReview?.found).toMatchObject({ pay: { evidence: expect.stringContaining("£60,000") } });

    expect((await questionsOf(engineer!.id)).map((q) => [q.label, q.type, q.required])).toEqual([
      ["LinkedIn Profile", "short_text", false],
      ["Why do you want to work at Fernweh?", "long_text", true],
      ["Are you legally authorized to work in Germany?", "yes_no", true],
      ["How did you hear about this job?", "single_select", false],
      ["Which of these languages do you write in production?", "multi_select", false],
      ["Writing sample", "file", false],
    ]);
    // Every draft starts with the default pipeline, as one made by hand does.
    const stages = await db().select().from(s.jobStages).where(eq(s.jobStages.jobId, designer!.id));
    expect(stages).toHaveLength(5);

    const sources = await db().select().from(s.jobSources).where(eq(s.jobSources.organizationId, org.organization.id));
    expect(sources.map((row) => [row.provider, row.board, row.externalId]).sort()).toEqual([
      ["greenhouse", "fernweh", "4012345008"],
      ["greenhouse", "fernweh", "4012346008"],
      ["greenhouse", "fernweh", "4012347008"],
    ]);
    // The list with content, then each job with its questions and pay ranges.
    expect(server.requests).toEqual(
      expect.arrayContaining([
        "/greenhouse/fernweh/jobs?content=true",
        "/greenhouse/fernweh/jobs/4012345008?questions=true&pay_transparency=true",
      ]),
    );
  });

  it("imports again without duplicating: jobs imported before are left as they are, and a job new on the board comes over", async () => {
    const org = await createIsolatedOrganization(db());
    const apis = apisOn(server);
    await importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis);
    const [first] = await importedJobs(org);
    await db().update(s.jobs).set({ title: "Senior Backend Engineer (edited)" }).where(eq(s.jobs.id, first!.id));

    const again = await importBoard(member(org, "admin"), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis);
    expect(again).toMatchObject({ created: [], alreadyImported: 3 });

    const board = fixture("greenhouse/jobs.json") as { jobs: Record<string, unknown>[] };
    const newcomer = { ...board.jobs[1], id: 4012399008, title: "Staff Product Designer" };
    const withNewcomer = await withOverride(
      (url) => {
        if (url.pathname === "/greenhouse/fernweh/jobs") return { json: { jobs: [...board.jobs, newcomer], meta: { total: 4 } } };
        if (url.pathname === "/greenhouse/fernweh/jobs/4012399008") return { json: { ...(fixture("greenhouse/job-4012346008.json") as object), id: 4012399008, title: "Staff Product Designer" } };
        return undefined;
      },
      () => importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis),
    );
    expect(withNewcomer).toMatchObject({ created: [{ title: "Staff Product Designer" }], alreadyImported: 3 });
    expect((await importedJobs(org)).map((job) => job.title)).toEqual(["Senior Backend Engineer (edited)", "Product Designer (Hybrid)", "Customer Support Specialist", "Staff Product Designer"]);
  });

  it("imports each job once when the same board is imported twice at the same moment", async () => {
    const org = await createIsolatedOrganization(db());
    const apis = apisOn(server);
    const [a, b] = await Promise.all([
      importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis),
      importBoard(member(org, "admin"), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis),
    ]);
    expect(a.created.length + b.created.length).toBe(3);
    expect(a.alreadyImported + b.alreadyImported).toBe(3);
    expect(await importedJobs(org)).toHaveLength(3);
  });

  it("lists a job that can't be a draft as skipped with the reason, and creates the others", async () => {
    const org = await createIsolatedOrganization(db());
    const long = `&lt;p&gt;${"Words and more words. ".repeat(3000)}&lt;/p&gt;`;
    const summary = await withOverride(
      (url) =>
        url.pathname === "/greenhouse/fernweh/jobs/4012346008" ? { json: { ...(fixture("greenhouse/job-4012346008.json") as object), content: long } } : undefined,
      () => importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(server)),
    );
    expect(summary.created.map((job) => job.title)).toEqual(["Senior Backend Engineer", "Customer Support Specialist"]);
    expect(summary.skipped).toEqual([
      { externalId: "4012346008", title: "Product Designer (Hybrid)", reason: "The description: The description must be at most 50,000 characters." },
    ]);
    // Not even part of it: no job, no questions, no record of having imported it.
    expect((await importedJobs(org)).map((job) => job.title)).not.toContain("Product Designer (Hybrid)");
    expect(await db().select().from(s.jobSources).where(and(eq(s.jobSources.organizationId, org.organization.id), eq(s.jobSources.externalId, "4012346008")))).toEqual([]);
  });
});

describe("importing a Lever site", () => {
  it("creates a draft per posting, lists and pay included, and no questions (Lever's API has none)", async () => {
    const org = await createIsolatedOrganization(db());
    const summary = await importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(server));
    expect(summary.created.map((job) => job.title)).toEqual(["Senior Data Engineer", "Account Executive, EMEA", "Marketing Intern (Summer 2027)"]);
    const jobs = await importedJobs(org);
    expect(jobs.map((job) => [job.department, job.location, job.workplaceType, job.employmentType, job.payMin, job.payMax, job.payCurrency, job.payPeriod])).toEqual([
      ["Engineering", "Toronto, ON / Vancouver, BC", "hybrid", "full_time", 140_000, 170_000, "CAD", "year"],
      ["Sales", "Dublin", "on_site", "full_time", null, null, null, null],
      ["Marketing", null, "remote", "internship", 22, 25, "USD", "hour"],
    ]);
    expect(jobs[0]!.descriptionMd).toContain("## What you bring\n\n- 5+ years in data engineering");
    expect(await questionsOf(jobs[0]!.id)).toEqual([]);
    expect(server.requests).toContain("/lever/northwind?mode=json");
  });

  it("caps one import at 500 new jobs and brings the rest with the next", async () => {
    const org = await createIsolatedOrganization(db());
    const many = Array.from({ length: MAX_JOBS_PER_IMPORT + 3 }, (_, n) => ({ id: `bulk-${n}`, text: `Driver ${n + 1}`, categories: { commitment: "Full-time", location: "Calgary, AB" }, description: "<div>Drive.</div>" }));
    const run = () =>
      withOverride(
        (url) => (url.pathname === "/lever/bulk" ? { json: many } : undefined),
        () => importBoard(member(org), { provider: "lever", board: "bulk" }, apisOn(server)),
      );
    const first = await run();
    expect(first).toMatchObject({ alreadyImported: 0, leftForLater: 3 });
    expect(first.created).toHaveLength(MAX_JOBS_PER_IMPORT);
    const second = await run();
    expect(second).toMatchObject({ alreadyImported: MAX_JOBS_PER_IMPORT, leftForLater: 0 });
    expect(second.created.map((job) => job.title)).toEqual(["Driver 501", "Driver 502", "Driver 503"]);
  }, 120_000);
});

describe("what an import refuses, storing nothing", () => {
  it("an unknown board or site, with what to check", async () => {
    const org = await createIsolatedOrganization(db());
    const greenhouse = await refusal(importBoard(member(org), { provider: "greenhouse", board: "no-such-board" }, apisOn(server)));
    expect(greenhouse.code).toBe("NOT_FOUND");
    expect(greenhouse.fieldErrors?.board).toEqual([
      "Greenhouse has no job board called “no-such-board”. The board token is the last part of the board's address, as in boards.greenhouse.io/no-such-board; check it and import again.",
    ]);
    const lever = await refusal(importBoard(member(org), { provider: "lever", board: "no-such-site" }, apisOn(server)));
    expect(lever.message).toBe("Lever has no job site called “no-such-site”. The site name is the part after jobs.lever.co/ in its address; check it and import again.");
    expect(await importedJobs(org)).toEqual([]);
  });

  it("an answer that is not a board: a web page, JSON of another shape, or a server error", async () => {
    const org = await createIsolatedOrganization(db());
    const apis = apisOn(server);
    const answers: [Reply, string][] = [
      [{ body: "<!doctype html><title>Maintenance</title>" }, "Greenhouse's answer is not a job board in the shape its API documents, so Candor cannot read it. Nothing was imported."],
      [{ json: { data: [] } }, "Greenhouse's answer is not a job board in the shape its API documents, so Candor cannot read it. Nothing was imported."],
      [{ status: 503, json: { error: "unavailable" } }, "Greenhouse answered with an error (HTTP 503). Nothing was imported. Try again later."],
    ];
    for (const [answer, message] of answers) {
      const error = await withOverride(
        (url) => (url.pathname.startsWith("/greenhouse/") ? answer : undefined),
        () => refusal(importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis)),
      );
      expect(error.message).toBe(message);
    }
    // A job's own answer failing fails the import: nothing of the board is stored.
    const error = await withOverride(
      (url) => (url.pathname === "/greenhouse/fernweh/jobs/4012347008" ? { status: 500, body: "oops" } : undefined),
      () => refusal(importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis)),
    );
    expect(error.message).toMatch(/HTTP 500\)\. Nothing was imported/);
    expect(await importedJobs(org)).toEqual([]);
  });

  it("a service that can't be reached, or takes too long", async () => {
    const org = await createIsolatedOrganization(db());
    const closed = await startBoardServer(() => undefined);
    await closed.close();
    const unreachable = await refusal(importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(closed)));
    expect(unreachable.message).toBe("Candor could not reach Lever just now. Nothing was imported. Try again in a moment.");

    const timeoutMs = BOARD_LIMITS.timeoutMs;
    BOARD_LIMITS.timeoutMs = 300;
    try {
      const slow = await withOverride(
        () => ({ hang: true }),
        () => refusal(importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(server))),
      );
      expect(slow.message).toBe("Lever took too long to answer. Nothing was imported. Try again in a moment.");
    } finally {
      BOARD_LIMITS.timeoutMs = timeoutMs;
    }
    expect(await importedJobs(org)).toEqual([]);
  });

  it("a redirect to another site; one within the service is followed", async () => {
    const org = await createIsolatedOrganization(db());
    const apis = apisOn(server);
    const moved = await withOverride(
      (url) => (url.pathname === "/lever/moved" ? { redirect: `/lever/${LEVER_SITE}?mode=json` } : undefined),
      () => importBoard(member(org), { provider: "lever", board: "moved" }, apis),
    );
    expect(moved.created).toHaveLength(3);
    const elsewhere = await withOverride(
      (url) => (url.pathname.startsWith("/greenhouse/") ? { redirect: "http://169.254.169.254/latest/meta-data" } : undefined),
      () => refusal(importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apis)),
    );
    expect(elsewhere.message).toBe(
      "Greenhouse sent Candor on to another site, which it does not follow. Nothing was imported. Ask your administrator to check Candor's GREENHOUSE_BOARDS_API_URL.",
    );
    expect((await importedJobs(org)).map((job) => job.title)).toEqual(["Senior Data Engineer", "Account Executive, EMEA", "Marketing Intern (Summer 2027)"]);
  });

  it("an answer over the size limit, read no further than the limit", async () => {
    const org = await createIsolatedOrganization(db());
    const error = await withOverride(
      () => ({ stream: BOARD_LIMITS.maxListBytes * 3 }),
      () => refusal(importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(server))),
    );
    expect(error.message).toBe("Lever's answer is larger than Candor reads at once (10 MB for a board, 2 MB for a job). Nothing was imported.");
    await vi.waitFor(() => expect(server.aborted()).toBeGreaterThan(0));
    expect(await importedJobs(org)).toEqual([]);
  });

  it.each(["hiring_manager", "interviewer"] as const)("a %s, before asking the service anything", async (role) => {
    const org = await createIsolatedOrganization(db());
    const asked = server.requests.length;
    const error = await refusal(importBoard(member(org, role), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(server)));
    expect(error.code).toBe("FORBIDDEN");
    expect(server.requests.length).toBe(asked);
    expect(await importedJobs(org)).toEqual([]);
  });
});

describe("boards real and hostile that an import gets through", () => {
  it("a job whose description is HTML nested 18,000 levels deep comes over with its text; the others with it", async () => {
    const org = await createIsolatedOrganization(db());
    // 100 KB of <div>s: the HTML parser took seconds over it, then Turndown overflowed the stack and
    // failed the whole import with "Something went wrong".
    const deep = `${"<div>".repeat(18_000)}Design the booking flow.${"</div>".repeat(1_000)}`;
    const summary = await withOverride(
      (url) => (url.pathname === "/greenhouse/fernweh/jobs/4012346008" ? { json: { ...(fixture("greenhouse/job-4012346008.json") as object), content: deep } } : undefined),
      () => importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(server)),
    );
    expect(summary.skipped).toEqual([]);
    expect(summary.created.map((job) => job.title)).toEqual(["Senior Backend Engineer", "Product Designer (Hybrid)", "Customer Support Specialist"]);
    const designer = (await importedJobs(org)).find((job) => job.title === "Product Designer (Hybrid)")!;
    expect(designer.descriptionMd.trim()).toBe("Design the booking flow.");
  });

  it("jobs titled in Japanese, Russian or Arabic become drafts, at an address of their own", async () => {
    const org = await createIsolatedOrganization(db());
    const titles: Record<string, string> = { "4012345008": "バックエンドエンジニア", "4012346008": "Дизайнер продукта", "4012347008": "أخصائي دعم العملاء" };
    const summary = await withOverride(
      (url) => {
        const id = /^\/greenhouse\/fernweh\/jobs\/(\d+)$/.exec(url.pathname)?.[1];
        return id ? { json: { ...(fixture(`greenhouse/job-${id}.json`) as object), title: titles[id] } } : undefined;
      },
      () => importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(server)),
    );
    // They were all skipped with "slug: Enter an address for the posting, like senior-engineer."
    expect(summary.skipped).toEqual([]);
    const jobs = await importedJobs(org);
    expect(jobs.map((job) => [job.title, job.slug])).toEqual([
      ["バックエンドエンジニア", "posting"],
      ["Дизайнер продукта", "posting-2"],
      ["أخصائي دعم العملاء", "posting-3"],
    ]);
  });

  it("a job whose address is taken a thousand times over gets the next free one", async () => {
    const org = await createIsolatedOrganization(db());
    // A chain of stores posts one "Store Associate" job per store: 999 of them are here already.
    await db()
      .insert(s.jobs)
      .values(Array.from({ length: 999 }, (_, i) => ({ organizationId: org.organization.id, title: "Store Associate", slug: i === 0 ? "store-associate" : `store-associate-${i + 1}` })));
    const posting = { id: "store-1000", text: "Store Associate", categories: { commitment: "Part-time", location: "Calgary, AB" }, description: "<div>Help our customers.</div>" };
    const summary = await withOverride(
      (url) => (url.pathname === "/lever/stores" ? { json: [posting] } : undefined),
      () => importBoard(member(org), { provider: "lever", board: "stores" }, apisOn(server)),
    );
    // It failed, and every import of the site after it: "That address is already used by another job…".
    expect(summary.created).toHaveLength(1);
    const [job] = await db().select().from(s.jobs).where(eq(s.jobs.id, summary.created[0]!.id));
    expect(job!.slug).toBe("store-associate-1000");
  });

  it("a list of millions of entries is refused at once, without reading each", async () => {
    const org = await createIsolatedOrganization(db());
    // 10 MB of `0,`: read entry by entry it took 13 s and ran a server with npm start's 512 MB heap out of memory.
    const junk = `[${"0,".repeat(5_000_000 - 1)}0]`;
    const started = performance.now();
    const error = await withOverride(
      (url) => (url.pathname === "/lever/junk" ? { body: junk, contentType: "application/json" } : undefined),
      () => refusal(importBoard(member(org), { provider: "lever", board: "junk" }, apisOn(server))),
    );
    expect(error.message).toBe("Lever's answer lists 5,000,000 jobs; Candor reads a board of at most 10,000. Nothing was imported.");
    expect(performance.now() - started).toBeLessThan(3000);
    expect(await importedJobs(org)).toEqual([]);
  });
});

describe("a board whose jobs are each as large as Candor reads", () => {
  it("is imported in parts that fit in memory, the rest left for the next import, none lost", async () => {
    const org = await createIsolatedOrganization(db());
    // 2 MB of questions per job, as many as the answer may hold: about 6 MB of memory each once read, so
    // 100 of them ran a server with npm start's 512 MB heap out of memory before anything was written.
    const options = (q: number) => Array.from({ length: 50 }, (_, i) => ({ label: `Option ${q}.${i} ${"o".repeat(40)}`, value: i }));
    const questions = Array.from({ length: 500 }, (_, q) => ({
      label: `Question ${q} ${"q".repeat(180)}`,
      required: false,
      fields: [{ name: `question_${q}`, type: "multi_value_multi_select", values: options(q) }],
    }));
    const base = fixture("greenhouse/job-4012346008.json") as Record<string, unknown>;
    const ids = Array.from({ length: 24 }, (_, n) => 4013000008 + n * 1000);
    const list = { jobs: ids.map((id, n) => ({ ...base, questions: undefined, id, title: `Designer ${n + 1}` })), meta: { total: ids.length } };
    const answers = new Map(ids.map((id, n) => [`/greenhouse/huge/jobs/${id}`, { json: { ...base, id, title: `Designer ${n + 1}`, questions } }]));
    expect(JSON.stringify(answers.values().next().value!.json).length).toBeLessThan(BOARD_LIMITS.maxJobBytes);
    const run = () =>
      withOverride(
        (url) => (url.pathname === "/greenhouse/huge/jobs" ? { json: list } : answers.get(url.pathname)),
        () => importBoard(member(org), { provider: "greenhouse", board: "huge" }, apisOn(server)),
      );
    const first = await run();
    expect(first.created.length).toBeGreaterThan(0);
    expect(first.created.length).toBeLessThan(ids.length);
    expect(first.created.length + first.leftForLater).toBe(ids.length);
    const second = await run();
    expect(second.alreadyImported).toBe(first.created.length);
    expect(first.created.length + second.created.length).toBe(ids.length);
    expect(second.leftForLater).toBe(0);
    expect((await importedJobs(org)).map((job) => job.title)).toEqual(ids.map((_, n) => `Designer ${n + 1}`));
  }, 120_000);
});

describe("imports at the same moment", () => {
  it(`past ${MAX_CONCURRENT_IMPORTS} running in this process, another is refused at once; once they end, an import runs again`, async () => {
    const org = await createIsolatedOrganization(db());
    const timeoutMs = BOARD_LIMITS.timeoutMs;
    BOARD_LIMITS.timeoutMs = 1500;
    try {
      // Boards that never answer hold their imports open; each import may hold tens of megabytes.
      const held = await withOverride(
        (url) => (url.pathname.startsWith("/lever/slow-") ? { hang: true } : undefined),
        async () => {
          const running = Array.from({ length: MAX_CONCURRENT_IMPORTS }, (_, n) => refusal(importBoard(member(org), { provider: "lever", board: `slow-${n}` }, apisOn(server))));
          const started = performance.now();
          const extra = await refusal(importBoard(member(org, "admin"), { provider: "lever", board: LEVER_SITE }, apisOn(server)));
          expect(extra.code).toBe("RATE_LIMITED");
          expect(extra.message).toBe("Candor is importing other boards just now. Nothing was imported: try again in a minute.");
          expect(performance.now() - started).toBeLessThan(500);
          return Promise.all(running);
        },
      );
      expect(held.map((error) => error.message)).toEqual(Array(MAX_CONCURRENT_IMPORTS).fill("Lever took too long to answer. Nothing was imported. Try again in a moment."));
    } finally {
      BOARD_LIMITS.timeoutMs = timeoutMs;
    }
    expect((await importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(server))).created).toHaveLength(3);
  });
});
