import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asc, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as leverList } from "@/app/api/v0/postings/[org]/route";
import { GET as greenhouseJob } from "@/app/api/v1/boards/[org]/jobs/[id]/route";
import { GET as greenhouseList } from "@/app/api/v1/boards/[org]/jobs/route";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown";
import { jobFieldsSchema, questionFieldsSchema } from "@/lib/validation/job";
import { setupTestDatabase } from "@/test/database";
import { createJob } from "./create-job";
import { addQuestion } from "./edit-questions";
import { importBoard } from "./import-board";
import type { JobEditor } from "./managed-job";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));

// Candor's own Greenhouse- and Lever-shaped APIs, served over real HTTP by their route handlers: one
// organisation's board exported through them and imported into another gives the same postings.

const db = setupTestDatabase();

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://candor.test");
    const call = (): Promise<Response> | undefined => {
      const nextRequest = new NextRequest(url);
      let match = /^\/api\/v1\/boards\/([^/]+)\/jobs$/.exec(url.pathname);
      if (match) return greenhouseList(nextRequest, { params: Promise.resolve({ org: match[1]! }) });
      match = /^\/api\/v1\/boards\/([^/]+)\/jobs\/([^/]+)$/.exec(url.pathname);
      if (match) return greenhouseJob(nextRequest, { params: Promise.resolve({ org: match[1]!, id: match[2]! }) });
      match = /^\/api\/v0\/postings\/([^/]+)$/.exec(url.pathname);
      if (match) return leverList(nextRequest, { params: Promise.resolve({ org: match[1]! }) });
      return undefined;
    };
    void (async () => {
      const answer = (await call()) ?? new Response("not found", { status: 404 });
      response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const admin = (org: IsolatedOrganization): JobEditor => ({
  organizationId: org.organization.id,
  organizationSlug: org.organization.slug,
  userId: org.users.admin.id,
  role: "admin",
});

const description = `## What you'll do

- Design the services that **price** and *book* trips
- Own our [schema](https://example.com/schema) and its \`migrations\`

## What you bring

1. Five years of backend work
2. Kindness, & patience when 1 < 2

> We read every application.

### How we work

Remote-friendly, with a line  
break and a [handbook](mailto:jobs@example.com).`;

/** The source board: jobs with every kind of field and question the APIs carry. */
async function sourceBoard(): Promise<IsolatedOrganization> {
  const org = await createIsolatedOrganization(db());
  const open = async (fields: Record<string, unknown>) => createJob(admin(org), { ...jobFieldsSchema.parse(fields), status: "open" });
  await open({ title: "Senior Backend Engineer", department: "Engineering", location: "Berlin, Germany", workplaceType: "hybrid", employmentType: "full_time", payMin: 85_000, payMax: 110_000, payCurrency: "EUR", payPeriod: "year", descriptionMd: description });
  const support = await open({ title: "Support Lead", workplaceType: "remote", employmentType: "part_time", payMin: 30, payMax: 40, payCurrency: "USD", payPeriod: "hour", descriptionMd: "Help our customers.\n\n- By chat\n- By phone" });
  await open({ title: "Design Intern", department: "Design", location: "Paris", employmentType: "internship", payMin: 1_800, payCurrency: "EUR", payPeriod: "month", descriptionMd: "Twelve weeks with our design team." });
  await open({ title: "Warehouse Associate", location: "Leeds", employmentType: "temporary", descriptionMd: "Seasonal work." });
  const questions = [
    { label: "Why us?", helpText: "A few sentences & no more.", type: "long_text", required: true },
    { label: "Your GitHub", type: "short_text" },
    { label: "Can you start in May?", type: "yes_no", required: true },
    { label: "Preferred shift", type: "single_select", options: "Early\nLate\nNight" },
    { label: "Languages", type: "multi_select", options: "English\nGerman\nSpanish", required: true },
    { label: "Writing sample", type: "file" },
  ];
  for (const question of questions) await addQuestion(admin(org), support.id, questionFieldsSchema.parse(question));
  return org;
}

/**
 * What a candidate sees of each job, and what the recruiter set: to compare a board with its copy. The
 * address is not among them: neither API carries it, and the copy's comes from its title.
 */
async function postingsOf(organizationId: string, { withQuestions }: { withQuestions: boolean }) {
  const jobs = await db().select().from(s.jobs).where(eq(s.jobs.organizationId, organizationId)).orderBy(asc(s.jobs.title));
  return Promise.all(
    jobs.map(async (job) => ({
      title: job.title,
      description: renderMarkdown(job.descriptionMd),
      location: job.location,
      department: job.department,
      workplaceType: job.workplaceType,
      employmentType: job.employmentType,
      pay: [job.payMin, job.payMax, job.payCurrency, job.payPeriod],
      questions: withQuestions
        ? await db()
            .select({ label: s.jobQuestions.label, helpText: s.jobQuestions.helpText, type: s.jobQuestions.type, options: s.jobQuestions.options, required: s.jobQuestions.required })
            .from(s.jobQuestions)
            .where(eq(s.jobQuestions.jobId, job.id))
            .orderBy(asc(s.jobQuestions.position))
        : [],
    })),
  );
}

describe("exporting a board through Candor's public APIs and importing it into another organisation", () => {
  it("through the Greenhouse-shaped API: the same postings, questions included", async () => {
    const source = await sourceBoard();
    const target = await createIsolatedOrganization(db());
    await db().delete(s.jobs).where(eq(s.jobs.id, target.job.id));

    const summary = await importBoard(admin(target), { provider: "greenhouse", board: source.organization.slug }, { greenhouse: `${base}/api/v1/boards`, lever: `${base}/api/v0/postings` });
    expect(summary).toMatchObject({ skipped: [], alreadyImported: 0 });
    expect(summary.created).toHaveLength(5); // the four above and the fixture's own open job

    const exported = await postingsOf(source.organization.id, { withQuestions: true });
    expect(exported.find((job) => job.title === "Support Lead")!.questions).toHaveLength(6);
    expect(await postingsOf(target.organization.id, { withQuestions: true })).toEqual(exported);
    const drafts = await db().select({ status: s.jobs.status }).from(s.jobs).where(eq(s.jobs.organizationId, target.organization.id));
    expect(new Set(drafts.map((job) => job.status))).toEqual(new Set(["draft"]));
  });

  it("through the Lever-shaped API: the same postings (Lever's API carries no questions)", async () => {
    const source = await sourceBoard();
    const target = await createIsolatedOrganization(db());
    await db().delete(s.jobs).where(eq(s.jobs.id, target.job.id));

    const summary = await importBoard(admin(target), { provider: "lever", board: source.organization.slug }, { greenhouse: `${base}/api/v1/boards`, lever: `${base}/api/v0/postings` });
    expect(summary.created).toHaveLength(5);
    expect(await postingsOf(target.organization.id, { withQuestions: false })).toEqual(await postingsOf(source.organization.id, { withQuestions: false }));
  });
});
