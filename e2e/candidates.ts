import { randomUUID } from "node:crypto";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Helpers for the candidate search and merge specs. */

/** Applies through the public careers API, as a candidate's browser would, with a text resume. */
export async function applyAs(
  request: APIRequestContext,
  { orgSlug, jobSlug, name, email, phone, resume, answers = {} }: { orgSlug: string; jobSlug: string; name: string; email: string; phone?: string; resume: string; answers?: Record<string, string> },
) {
  const response = await request.post(`/api/careers/${orgSlug}/jobs/${jobSlug}/applications`, {
    multipart: {
      name,
      email,
      ...(phone ? { phone } : {}),
      consent: "on",
      idempotencyKey: randomUUID(),
      ...answers,
      resume: { name: "resume.txt", mimeType: "text/plain", buffer: Buffer.from(resume) },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** Answers for a demo job's required questions, found through the public job board API. */
export async function requiredAnswers(request: APIRequestContext, jobSlug: string): Promise<Record<string, string>> {
  const jobs = (await (await request.get("/api/v1/boards/demo/jobs")).json()) as { jobs: { id: number; absolute_url: string }[] };
  const job = jobs.jobs.find((j) => j.absolute_url.endsWith(`/${jobSlug}`))!;
  const detail = (await (await request.get(`/api/v1/boards/demo/jobs/${job.id}?questions=true`)).json()) as {
    questions: { required: boolean; fields: { name: string; values: { label: string }[] }[] }[];
  };
  const answers: Record<string, string> = {};
  for (const question of detail.questions.filter((q) => q.required && q.fields[0]!.name.startsWith("question_"))) {
    const field = question.fields[0]!;
    answers[`answers.q_${field.name.slice("question_".length)}`] = field.values[0]?.label === "Yes" ? "yes" : "Test answer";
  }
  return answers;
}

/** The rows of the candidate search results. */
export const searchResults = (page: Page) => page.getByRole("table", { name: "Candidates" }).locator("tbody tr");

/** The candidate ids of the result rows, in order, read from their profile links. */
export async function candidateIdsIn(page: Page): Promise<string[]> {
  const links = await searchResults(page).locator("td:first-child a").all();
  return Promise.all(links.map(async (link) => (await link.getAttribute("href"))!.split("/").at(-1)!));
}

/** Applies through the careers site's form with a real PDF, as a candidate would, and waits for their status page. */
export async function applyThroughForm(page: Page, { orgSlug, jobSlug, name, email }: { orgSlug: string; jobSlug: string; name: string; email: string }) {
  await page.goto(`/careers/${orgSlug}/${jobSlug}/apply`);
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Resume").setInputFiles(path.join(__dirname, "../test/files/resume.pdf"));
  await page.getByLabel(/I have read/).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  // Upload, store and redirect: the slowest step of a spec, allowed more than the default 10 s on a busy machine.
  await expect(page).toHaveURL(/\/status\//, { timeout: 30_000 });
}
