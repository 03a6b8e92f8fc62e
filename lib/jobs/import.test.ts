import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { renderMarkdown } from "@/lib/markdown";
import { jobFieldsSchema } from "@/lib/validation/job";
import { MAX_IMPORT_BYTES, parseMarkdownPosting } from "./import";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "test/files", name)));
const text = (markdown: string) => new TextEncoder().encode(markdown);

function refusal(bytes: Uint8Array): string {
  try {
    parseMarkdownPosting(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.file).toEqual([(error as AppError).message]);
    return (error as AppError).message;
  }
  throw new Error("the file was accepted");
}

describe("importing a Markdown posting", () => {
  it("fills the job from front matter, ignores unknown keys and keeps the body as the description", () => {
    const posting = parseMarkdownPosting(fixture("posting.md"));
    expect(posting).toEqual({
      title: "Staff Platform Engineer",
      slug: "staff-platform-engineer",
      department: "Platform",
      location: "Lisbon",
      workplaceType: "remote",
      employmentType: "full_time",
      payMin: 90000,
      payMax: 120000,
      payCurrency: "EUR",
      payPeriod: "year",
      descriptionMd: expect.stringContaining("You will run the **platform**") as string,
    });
    expect(posting).not.toHaveProperty("team_lead");
    expect(jobFieldsSchema.safeParse(posting).success).toBe(true);
  });

  it("removes scripts, HTML and MDX components from the stored Markdown, keeping their text and Markdown syntax", () => {
    const { descriptionMd } = parseMarkdownPosting(fixture("posting.md"));
    expect(descriptionMd).not.toMatch(/script|alert|<Callout/);
    expect(descriptionMd).toContain("Interviews are remote.");
    expect(descriptionMd).toContain("- Kubernetes & Postgres");
    expect(descriptionMd).toContain("> We answer every application.");
    expect(renderMarkdown(descriptionMd)).toContain("<blockquote>");
  });

  it("keeps HTML inside code blocks, where it is text to show", () => {
    const { descriptionMd } = parseMarkdownPosting(text("# Frontend\n\n```html\n<button>Apply</button>\n```\n"));
    expect(descriptionMd).toContain("<button>Apply</button>");
  });

  it("takes the title from the first heading when there is no front matter", () => {
    const posting = parseMarkdownPosting(fixture("posting-no-front-matter.md"));
    expect(posting.title).toBe("Data Analyst");
    expect(posting.descriptionMd.startsWith("Turn questions into **numbers**")).toBe(true);
    expect(posting.descriptionMd).not.toContain("# Data Analyst");
  });

  it("accepts salary and flat pay keys", () => {
    expect(parseMarkdownPosting(text("---\ntitle: A\nsalary: { from: '50,000', to: 60000, currency: usd, per: Month }\n---\nBody"))).toMatchObject({
      payMin: 50000,
      payMax: 60000,
      payCurrency: "USD",
      payPeriod: "month",
    });
    expect(parseMarkdownPosting(text("---\ntitle: A\npay_min: 10\npay_max: 20\npay_currency: GBP\npay_period: hour\n---\n"))).toMatchObject({
      payMin: 10,
      payMax: 20,
      payCurrency: "GBP",
      payPeriod: "hour",
    });
  });

  it("refuses malformed front matter, saying so", () => {
    expect(refusal(fixture("posting-bad-yaml.md"))).toMatch(/front matter is not valid YAML/);
    expect(refusal(text("---\ntitle: never closed\n\nBody"))).toMatch(/never closed/);
    expect(refusal(text("---\n- a\n- list\n---\n# Title"))).toMatch(/keys and values/);
  });

  it("refuses a binary file", () => {
    expect(refusal(fixture("program.elf"))).toMatch(/not a text file/);
    expect(refusal(fixture("resume.pdf"))).toMatch(/not a text file/);
  });

  it("refuses a file over 1 MB before reading it", () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    expect(refusal(big)).toMatch(/5\.0 MB; a posting may be at most 1 MB/);
    expect(() => parseMarkdownPosting(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61))).toThrow(/no title/);
  });

  it("refuses an empty file and one without any title", () => {
    expect(refusal(new Uint8Array())).toMatch(/empty/);
    expect(refusal(text("Just a paragraph."))).toMatch(/no title/);
  });
});
