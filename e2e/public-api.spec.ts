import type { APIRequestContext, APIResponse } from "@playwright/test";
import { demoJobs } from "@/db/seed-data";
import type { GreenhouseJob, GreenhouseQuestion, PayInputRange } from "@/lib/public-api/greenhouse";
import type { LeverPosting } from "@/lib/public-api/lever";
import { expect, test } from "./fixtures";

// The public job APIs as a widget on another site sees them: Greenhouse- and Lever-shaped JSON, open to
// any origin, showing the demo organisation's open jobs and nothing else.

type GreenhouseList = { jobs: GreenhouseJob[]; meta: { total: number } };
type GreenhouseDetail = GreenhouseJob & { questions?: GreenhouseQuestion[]; pay_input_ranges?: PayInputRange[] };

const openDemoJobs = demoJobs.filter((job) => job.status === "open");
const slugOf = (url: string) => url.split("/").at(-1)!;

async function json<T>(response: APIResponse, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["content-type"]).toContain("application/json");
  return (await response.json()) as T;
}

/**
 * Every demo job's public number, read from the list. The seed inserts the demo jobs in one
 * transaction in `demoJobs` order, so the numbers are consecutive: the listed (open) jobs pin down
 * those of the unlisted draft and closed ones.
 */
async function demoJobIds(request: APIRequestContext): Promise<Map<string, number>> {
  const { jobs } = await json<GreenhouseList>(await request.get("/api/v1/boards/demo/jobs"));
  const offsets = new Set(jobs.map((job) => job.id - demoJobs.findIndex((demo) => demo.slug === slugOf(job.absolute_url))));
  expect(offsets.size, "listed jobs follow the seed order").toBe(1);
  const [first] = [...offsets];
  return new Map(demoJobs.map((job, index) => [job.slug, first! + index]));
}

const idOf = (ids: Map<string, number>, status: "draft" | "closed" | "open") => ids.get(demoJobs.find((job) => job.status === status)!.slug)!;

test.describe("Greenhouse-shaped job board API", () => {
  test("lists the open jobs, without and with their content", async ({ request }) => {
    const response = await request.get("/api/v1/boards/demo/jobs");
    expect(response.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=300");
    const list = await json<GreenhouseList>(response);
    expect(list.jobs.map((job) => job.title).sort()).toEqual(openDemoJobs.map((job) => job.title).sort());
    expect(list.meta.total).toBe(openDemoJobs.length);

    const backend = list.jobs.find((job) => job.title === "Senior Backend Engineer")!;
    expect(backend).toMatchObject({
      id: expect.any(Number),
      internal_job_id: backend.id,
      requisition_id: null,
      location: { name: "Remote (Europe)" },
      language: "en",
      metadata: expect.arrayContaining([expect.objectContaining({ name: "Workplace Type", value: "Remote" })]),
    });
    expect(backend.absolute_url).toMatch(/\/careers\/demo\/senior-backend-engineer$/);
    expect(backend.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(backend).not.toHaveProperty("content");

    const withContent = await json<GreenhouseList>(await request.get("/api/v1/boards/demo/jobs?content=true"));
    const designer = withContent.jobs.find((job) => job.title === "Product Designer")!;
    expect(designer.content).toContain("&lt;h2&gt;What you&#39;ll do&lt;/h2&gt;");
    expect(designer.content).not.toContain("<");
    expect(designer.departments).toEqual([{ id: expect.any(Number), name: "Design", child_ids: [], parent_id: null }]);
    expect(designer.offices).toEqual([expect.objectContaining({ name: "Berlin, Germany", location: "Berlin, Germany" })]);
  });

  test("shows one job with its application questions and pay range", async ({ request }) => {
    const id = (await demoJobIds(request)).get("senior-backend-engineer")!;
    const plain = await json<GreenhouseDetail>(await request.get(`/api/v1/boards/demo/jobs/${id}`));
    expect(plain).toMatchObject({ id, title: "Senior Backend Engineer", content: expect.stringContaining("fleet control plane") });
    expect(plain).not.toHaveProperty("questions");
    expect(plain).not.toHaveProperty("pay_input_ranges");

    const job = await json<GreenhouseDetail>(await request.get(`/api/v1/boards/demo/jobs/${id}?questions=true&pay_transparency=true`));
    expect(job.pay_input_ranges).toEqual([
      { min_cents: 8_500_000, max_cents: 11_000_000, currency_type: "EUR", title: "Annual salary", blurb: "€85,000 – €110,000 per year" },
    ]);
    const questions = job.questions!;
    expect(questions.slice(0, 6).map((q) => q.fields[0]!.name)).toEqual(["first_name", "last_name", "email", "phone", "resume", "cover_letter"]);
    expect(questions.find((q) => q.label === "Resume/CV")!.fields.map((f) => [f.name, f.type])).toEqual([
      ["resume", "input_file"],
      ["resume_text", "textarea"],
    ]);
    const authorised = questions.find((q) => q.label.startsWith("Are you authorised"))!;
    expect(authorised).toMatchObject({ required: true });
    expect(authorised.fields).toEqual([
      {
        name: expect.stringMatching(/^question_[0-9a-f-]{36}$/),
        type: "multi_value_single_select",
        values: [
          { label: "Yes", value: 1 },
          { label: "No", value: 0 },
        ],
      },
    ]);
    expect(questions.find((q) => q.label.startsWith("Which areas"))!.fields[0]).toMatchObject({
      type: "multi_value_multi_select",
      values: expect.arrayContaining([{ label: "Public API", value: "Public API" }]),
    });
    expect(questions.find((q) => q.label.startsWith("Why do you want"))!.fields[0]!.type).toBe("textarea");
  });

  test("a job without a pay range has no pay ranges", async ({ request, org }) => {
    const { jobs } = await json<GreenhouseList>(await request.get(`/api/v1/boards/${org.organization.slug}/jobs`));
    expect(jobs.map((job) => job.title)).toEqual([org.job.title]);
    const job = await json<GreenhouseDetail>(await request.get(`/api/v1/boards/${org.organization.slug}/jobs/${jobs[0]!.id}?pay_transparency=true`));
    expect(job.pay_input_ranges).toEqual([]);
  });

  test("answers 404 for anything that is not an open job of the board", async ({ request, org }) => {
    const ids = await demoJobIds(request);
    const { jobs: otherJobs } = await json<GreenhouseList>(await request.get(`/api/v1/boards/${org.organization.slug}/jobs`));
    const jobNotFound = { status: 404, error: "Job not found" };
    const boardNotFound = { status: 404, error: "Board not found" };
    const cases: [string, unknown][] = [
      ["/api/v1/boards/no-such-org/jobs", boardNotFound],
      [`/api/v1/boards/no-such-org/jobs/${idOf(ids, "open")}`, boardNotFound],
      ["/api/v1/boards/demo/jobs/2147483647", jobNotFound],
      ["/api/v1/boards/demo/jobs/99999999999", jobNotFound],
      [`/api/v1/boards/demo/jobs/${idOf(ids, "draft")}`, jobNotFound],
      [`/api/v1/boards/demo/jobs/${idOf(ids, "closed")}`, jobNotFound],
      ["/api/v1/boards/demo/jobs/abc", jobNotFound],
      [`/api/v1/boards/demo/jobs/${otherJobs[0]!.id}`, jobNotFound],
    ];
    for (const [path, body] of cases) {
      expect(await json(await request.get(path), 404), path).toEqual(body);
    }
    const { jobs } = await json<GreenhouseList>(await request.get("/api/v1/boards/demo/jobs"));
    expect(jobs.map((job) => job.id)).not.toContain(idOf(ids, "draft"));
    expect(jobs.map((job) => job.id)).not.toContain(idOf(ids, "closed"));
  });
});

test.describe("Lever-shaped postings API", () => {
  const titles = async (request: APIRequestContext, query: string) =>
    (await json<LeverPosting[]>(await request.get(`/api/v0/postings/demo?mode=json&${query}`))).map((posting) => posting.text).sort();

  test("lists the open postings with Lever's fields, the same ids as the Greenhouse API", async ({ request }) => {
    const postings = await json<LeverPosting[]>(await request.get("/api/v0/postings/demo?mode=json"));
    expect(postings.map((posting) => posting.text).sort()).toEqual(openDemoJobs.map((job) => job.title).sort());
    const designer = postings.find((posting) => posting.text === "Product Designer")!;
    expect(designer).toMatchObject({
      categories: { commitment: "Full-time", department: "Design", team: "Design", location: "Berlin, Germany", allLocations: ["Berlin, Germany"] },
      workplaceType: "hybrid",
      lists: [],
      salaryRange: { currency: "EUR", interval: "per-year-salary", min: 65_000, max: 80_000 },
      createdAt: expect.any(Number),
    });
    expect(designer.hostedUrl).toMatch(/\/careers\/demo\/product-designer$/);
    expect(designer.applyUrl).toBe(`${designer.hostedUrl}/apply`);
    expect(designer.description).toContain("<h2>What you'll do</h2>");
    expect(designer.descriptionPlain).not.toContain("<");
    expect(postings.find((posting) => posting.text === "Field Robotics Technician")).toMatchObject({
      workplaceType: "onsite",
      salaryRange: { currency: "USD", interval: "per-hour-wage", min: 28, max: 36 },
    });
    expect(designer.id).toBe(String((await demoJobIds(request)).get("product-designer")));
    // Without mode=json Lever answers HTML; we answer the same JSON rather than fail.
    expect(await json(await request.get("/api/v0/postings/demo"))).toEqual(postings);
  });

  test("filters by location, commitment, team and department, and pages with skip and limit", async ({ request }) => {
    expect(await titles(request, "location=berlin,%20germany")).toEqual(["Product Designer"]);
    expect(await titles(request, "location=Berlin, Germany&location=London, United Kingdom")).toEqual([
      "Customer Success Manager",
      "Product Designer",
    ]);
    expect(await titles(request, "location=Berlin")).toEqual([]);
    expect(await titles(request, "commitment=full-time")).toHaveLength(openDemoJobs.length);
    expect(await titles(request, "commitment=Internship")).toEqual([]);
    expect(await titles(request, "team=Design&team=operations")).toEqual(["Field Robotics Technician", "Product Designer"]);
    expect(await titles(request, "department=ENGINEERING")).toEqual(["Engineering Manager, Platform", "Senior Backend Engineer"]);

    const all = await json<LeverPosting[]>(await request.get("/api/v0/postings/demo?mode=json"));
    const page = await json<LeverPosting[]>(await request.get("/api/v0/postings/demo?mode=json&skip=1&limit=2"));
    expect(page.map((posting) => posting.id)).toEqual(all.slice(1, 3).map((posting) => posting.id));
    expect(await json(await request.get("/api/v0/postings/demo?mode=json&limit=0"))).toEqual([]);
  });

  test("rejects a malformed skip or limit with a message that says which", async ({ request }) => {
    expect(await json(await request.get("/api/v0/postings/demo?mode=json&limit=abc"), 400)).toEqual({
      ok: false,
      error: "limit must be a whole number from 0 to 100",
    });
    expect(await json(await request.get("/api/v0/postings/demo?mode=json&limit=500"), 400)).toMatchObject({ ok: false });
    expect(await json(await request.get("/api/v0/postings/demo?mode=json&skip=-1"), 400)).toEqual({
      ok: false,
      error: "skip must be a whole number, 0 or more",
    });
  });

  test("shows one posting, and 404 for anything that is not an open posting", async ({ request, org }) => {
    const ids = await demoJobIds(request);
    const id = ids.get("senior-backend-engineer")!;
    const posting = await json<LeverPosting>(await request.get(`/api/v0/postings/demo/${id}`));
    expect(posting).toMatchObject({ id: String(id), text: "Senior Backend Engineer", workplaceType: "remote" });
    expect(posting.hostedUrl).toMatch(/\/careers\/demo\/senior-backend-engineer$/);

    const other = await json<LeverPosting[]>(await request.get(`/api/v0/postings/${org.organization.slug}?mode=json`));
    expect(other[0]).not.toHaveProperty("salaryRange");
    const notFound = { ok: false, error: "Document not found" };
    for (const path of [
      "/api/v0/postings/no-such-org",
      `/api/v0/postings/no-such-org/${id}`,
      "/api/v0/postings/demo/2147483647",
      "/api/v0/postings/demo/abc",
      `/api/v0/postings/demo/${idOf(ids, "draft")}`,
      `/api/v0/postings/demo/${idOf(ids, "closed")}`,
      `/api/v0/postings/demo/${other[0]!.id}`,
    ]) {
      expect(await json(await request.get(path), 404), path).toEqual(notFound);
    }
  });
});

test.describe("cross-origin access", () => {
  const paths = ["/api/v1/boards/demo/jobs", "/api/v1/boards/demo/jobs/1", "/api/v0/postings/demo", "/api/v0/postings/demo/1"];

  test("answers a CORS preflight from any site, without credentials", async ({ request }) => {
    for (const path of paths) {
      const response = await request.fetch(path, {
        method: "OPTIONS",
        headers: { Origin: "https://widget.example.org", "Access-Control-Request-Method": "GET" },
      });
      expect(response.status(), path).toBe(204);
      const headers = response.headers();
      expect(headers["access-control-allow-origin"]).toBe("*");
      expect(headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
      expect(headers["access-control-allow-credentials"]).toBeUndefined();
    }
  });

  test("allows any origin on GET and HEAD", async ({ request }) => {
    const get = await request.get("/api/v0/postings/demo?mode=json", { headers: { Origin: "https://widget.example.org" } });
    expect(get.headers()["access-control-allow-origin"]).toBe("*");
    const head = await request.head("/api/v1/boards/demo/jobs", { headers: { Origin: "https://widget.example.org" } });
    expect(head.status()).toBe(200);
    expect(head.headers()["access-control-allow-origin"]).toBe("*");
    expect(head.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=300");
  });
});
