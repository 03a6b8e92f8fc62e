import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import iconv from "iconv-lite";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { AppError } from "@/lib/errors";
import { jobFieldsSchema } from "@/lib/validation/job";
import { setupTestDatabase } from "@/test/database";
import { importJob } from "./import-job";
import type { JobEditor } from "./managed-job";
import { updateJob } from "./update-job";

vi.mock("next/cache", () => ({ revalidateTag: () => undefined, revalidatePath: () => undefined, unstable_cache: <T>(callback: () => Promise<T>) => callback }));

const db = setupTestDatabase();

const admin = (org: IsolatedOrganization): JobEditor => ({
  organizationId: org.organization.id,
  organizationSlug: org.organization.slug,
  userId: org.users.admin.id,
  role: "admin",
});

const jobsOf = (org: IsolatedOrganization) => db().select().from(s.jobs).where(eq(s.jobs.organizationId, org.organization.id));

// UTF-8 that went through Windows-1252 on the way: real bytes, read wrongly, then saved again as UTF-8.
const mojibake = (text: string) => iconv.decode(Buffer.from(text, "utf8"), "windows-1252");

describe("importing a posting", () => {
  it("creates a draft from pasted plain text with the facts it states, and notes what it guessed and repaired", async () => {
    const org = await createIsolatedOrganization(db());
    const text = [
      "About Fernweh",
      "We’re a travel start-up in Berlin.",
      "",
      "We're hiring a Senior Product Designer to shape our booking flow — from search to checkout.",
      "",
      "What you’ll do:",
      "• Lead design for booking",
      "• Run research",
      "",
      "Salary: 80.000–95.000 EUR per year. Hybrid, 2 days a week in the office.",
      "[Apply now](https://jobs.example.com/fernweh/123)",
    ].join("\n");
    const job = await importJob(admin(org), { text: mojibake(text) });
    expect(job).toMatchObject({
      title: "Senior Product Designer",
      slug: "senior-product-designer",
      status: "draft",
      payMin: 80000,
      payMax: 95000,
      payCurrency: "EUR",
      payPeriod: "year",
      workplaceType: "hybrid",
    });
    expect(job.descriptionMd).toContain("## What you’ll do\n\n- Lead design for booking\n- Run research");
    expect(job.descriptionMd).not.toMatch(/â€|Apply now/);
    expect(job.importReview).toMatchObject({
      format: "text",
      titleGuessed: true,
      repairedCharacters: 6, // ’ — ’ – and the two bullets
      removedCallsToAction: ["Apply now"],
      found: { pay: { evidence: expect.stringContaining("80.000–95.000 EUR") }, workplaceType: { evidence: expect.stringContaining("2 days a week") } },
    });

    // Publishing means the recruiter checked it: the notes go.
    const edited = { jobId: job.id, version: 1, fields: jobFieldsSchema.parse({ ...job, descriptionMd: job.descriptionMd }), transition: "publish" as const };
    const asked = await updateJob(admin(org), edited);
    expect(asked).toMatchObject({ outcome: "confirm", warnings: expect.arrayContaining([expect.objectContaining({ id: "search:validThrough" })]) });
    const published = await updateJob(admin(org), { ...edited, confirmedWarnings: asked.outcome === "confirm" ? asked.warnings.map((w) => w.id) : [] });
    expect(published.outcome === "saved" && published.job.importReview).toBeNull();
  });

  it("stores nothing when the posting can't become a job, and says what to change", async () => {
    const org = await createIsolatedOrganization(db());
    const before = await jobsOf(org);
    const tooLong = `# Writer\n\n${"Words and more words. ".repeat(3000)}`;
    const failure = await importJob(admin(org), { file: new File([tooLong], "writer.md") }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).message).toMatch(/The description: The description must be at most 50,000 characters\..*import again/);
    const binary = await importJob(admin(org), { file: new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])], "job.txt") }).catch((error: unknown) => error);
    expect((binary as AppError).fieldErrors?.file?.[0]).toMatch(/not text Candor can read\. Upload a Markdown/);
    const huge = await importJob(admin(org), { file: new File([new Uint8Array(2 * 1024 * 1024)], "job.md") }).catch((error: unknown) => error);
    expect((huge as AppError).message).toMatch(/2\.0 MB; a posting may be at most 1 MB/);
    // Word and PDF files are checked as applicants' documents are: a zip bomb and a damaged PDF are refused.
    const upload = (name: string) => importJob(admin(org), { file: new File([readFileSync(path.join(process.cwd(), "test/files", name))], name) }).catch((error: unknown) => error);
    expect(((await upload("bomb.docx")) as AppError).message).toMatch(/expands to far more data than a document should/);
    expect(((await upload("broken.pdf")) as AppError).message).toMatch(/could not be read as a PDF/);
    expect(((await upload("resume.rtf")) as AppError).message).toMatch(/Save the posting as Word \(\.docx\) or PDF, or paste its text/);
    expect(await jobsOf(org)).toHaveLength(before.length);
  });
});
