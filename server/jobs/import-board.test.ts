import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { boardEditor, importedJobs, refusal, setupBoardServer } from "@/test/board-import";
import { apisOn, fixture, GREENHOUSE_BOARD, LEVER_SITE, startBoardServer, type Reply } from "@/test/board-server";
import { setupTestDatabase } from "@/test/database";
import { importBoard, MAX_JOBS_PER_IMPORT } from "./import-board";
import { BOARD_LIMITS } from "./read-board";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));

const db = setupTestDatabase();

const boards = setupBoardServer();
const { withOverride } = boards;
const member = boardEditor;

async function questionsOf(jobId: string) {
  return db()
    .select({ label: s.jobQuestions.label, type: s.jobQuestions.type, options: s.jobQuestions.options, required: s.jobQuestions.required, helpText: s.jobQuestions.helpText })
    .from(s.jobQuestions)
    .where(eq(s.jobQuestions.jobId, jobId))
    .orderBy(asc(s.jobQuestions.position));
}

describe("importing a Greenhouse board", () => {
  it("creates a draft per job with its description, department, location, pay and questions, and remembers where each came from", async () => {
    const org = await createIsolatedOrganization(db());
    const summary = await importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(boards.server));
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
    expect(boards.server.requests).toEqual(
      expect.arrayContaining([
        "/greenhouse/fernweh/jobs?content=true",
        "/greenhouse/fernweh/jobs/4012345008?questions=true&pay_transparency=true",
      ]),
    );
  });

  it("imports again without duplicating: jobs imported before are left as they are, and a job new on the board comes over", async () => {
    const org = await createIsolatedOrganization(db());
    const apis = apisOn(boards.server);
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
    const apis = apisOn(boards.server);
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
      () => importBoard(member(org), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(boards.server)),
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
    const summary = await importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(boards.server));
    expect(summary.created.map((job) => job.title)).toEqual(["Senior Data Engineer", "Account Executive, EMEA", "Marketing Intern (Summer 2027)"]);
    const jobs = await importedJobs(org);
    expect(jobs.map((job) => [job.department, job.location, job.workplaceType, job.employmentType, job.payMin, job.payMax, job.payCurrency, job.payPeriod])).toEqual([
      ["Engineering", "Toronto, ON / Vancouver, BC", "hybrid", "full_time", 140_000, 170_000, "CAD", "year"],
      ["Sales", "Dublin", "on_site", "full_time", null, null, null, null],
      ["Marketing", null, "remote", "internship", 22, 25, "USD", "hour"],
    ]);
    expect(jobs[0]!.descriptionMd).toContain("## What you bring\n\n- 5+ years in data engineering");
    expect(await questionsOf(jobs[0]!.id)).toEqual([]);
    expect(boards.server.requests).toContain("/lever/northwind?mode=json");
  });

  it("caps one import at 500 new jobs and brings the rest with the next", async () => {
    const org = await createIsolatedOrganization(db());
    const many = Array.from({ length: MAX_JOBS_PER_IMPORT + 3 }, (_, n) => ({ id: `bulk-${n}`, text: `Driver ${n + 1}`, categories: { commitment: "Full-time", location: "Calgary, AB" }, description: "<div>Drive.</div>" }));
    const run = () =>
      withOverride(
        (url) => (url.pathname === "/lever/bulk" ? { json: many } : undefined),
        () => importBoard(member(org), { provider: "lever", board: "bulk" }, apisOn(boards.server)),
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
    const greenhouse = await refusal(importBoard(member(org), { provider: "greenhouse", board: "no-such-board" }, apisOn(boards.server)));
    expect(greenhouse.code).toBe("NOT_FOUND");
    expect(greenhouse.fieldErrors?.board).toEqual([
      "Greenhouse has no job board called “no-such-board”. The board token is the last part of the board's address, as in boards.greenhouse.io/no-such-board; check it and import again.",
    ]);
    const lever = await refusal(importBoard(member(org), { provider: "lever", board: "no-such-site" }, apisOn(boards.server)));
    expect(lever.message).toBe("Lever has no job site called “no-such-site”. The site name is the part after jobs.lever.co/ in its address; check it and import again.");
    expect(await importedJobs(org)).toEqual([]);
  });

  it("an answer that is not a board: a web page, JSON of another shape, or a server error", async () => {
    const org = await createIsolatedOrganization(db());
    const apis = apisOn(boards.server);
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
        () => refusal(importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(boards.server))),
      );
      expect(slow.message).toBe("Lever took too long to answer. Nothing was imported. Try again in a moment.");
    } finally {
      BOARD_LIMITS.timeoutMs = timeoutMs;
    }
    expect(await importedJobs(org)).toEqual([]);
  });

  it("a redirect to another site; one within the service is followed", async () => {
    const org = await createIsolatedOrganization(db());
    const apis = apisOn(boards.server);
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
      () => refusal(importBoard(member(org), { provider: "lever", board: LEVER_SITE }, apisOn(boards.server))),
    );
    expect(error.message).toBe("Lever's answer is larger than Candor reads at once (10 MB for a board, 2 MB for a job). Nothing was imported.");
    await vi.waitFor(() => expect(boards.server.aborted()).toBeGreaterThan(0));
    expect(await importedJobs(org)).toEqual([]);
  });

  it.each(["hiring_manager", "interviewer"] as const)("a %s, before asking the service anything", async (role) => {
    const org = await createIsolatedOrganization(db());
    const asked = boards.server.requests.length;
    const error = await refusal(importBoard(member(org, role), { provider: "greenhouse", board: GREENHOUSE_BOARD }, apisOn(boards.server)));
    expect(error.code).toBe("FORBIDDEN");
    expect(boards.server.requests.length).toBe(asked);
    expect(await importedJobs(org)).toEqual([]);
  });
});
