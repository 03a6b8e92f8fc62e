import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/jobs/slug";
import { renderMarkdown } from "@/lib/markdown";
import { jobFieldsSchema } from "@/lib/validation/job";
import { decodeText, parsePosting, textFormat } from ".";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "test/files", name), "utf8");
const markdown = (text: string, fileName?: string) => parsePosting({ text, format: "markdown", fileName });
const text = (body: string, fileName?: string) => parsePosting({ text: body, format: "text", fileName });

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.file).toEqual([(error as AppError).message]);
    return (error as AppError).message;
  }
  throw new Error("the posting was accepted");
}

describe("reading a Markdown posting", () => {
  it("fills the job from front matter, ignores unknown keys, and marks nothing as found in the text", () => {
    const { review, ...posting } = markdown(fixture("posting.md"));
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
    expect(review).toMatchObject({ titleGuessed: false, found: {}, removedComponents: ["<Callout>"] });
    expect(jobFieldsSchema.safeParse(posting).success).toBe(true);
  });

  it("removes scripts, HTML and MDX components from the stored Markdown, keeping their text and Markdown syntax", () => {
    const { descriptionMd } = markdown(fixture("posting.md"));
    expect(descriptionMd).not.toMatch(/script|alert|<Callout/);
    expect(descriptionMd).toContain("Interviews are remote.");
    expect(descriptionMd).toContain("- Kubernetes & Postgres");
    expect(renderMarkdown(descriptionMd)).toContain("<blockquote>");
  });

  it("keeps HTML and template syntax inside code blocks, where they are text to show", () => {
    const { descriptionMd } = markdown("# Frontend Developer\n\n```html\n<Button>Apply</Button>\n{#if x}\n```\n");
    expect(descriptionMd).toContain("<Button>Apply</Button>\n{#if x}");
  });

  it("accepts salary and flat pay keys", () => {
    expect(markdown("---\ntitle: A\nsalary: { from: '50,000', to: 60000, currency: usd, per: Month }\n---\nBody")).toMatchObject({
      payMin: 50000,
      payMax: 60000,
      payCurrency: "USD",
      payPeriod: "month",
    });
  });

  it("refuses front matter meant as YAML that can't be read, saying how to fix it", () => {
    expect(refusal(() => markdown(fixture("posting-bad-yaml.md")))).toMatch(/front matter is not valid YAML.* Fix it/);
    expect(refusal(() => markdown("---\ntitle: never closed\n\nBody"))).toMatch(/never closed/);
    // A first line of dashes with no keys under it is only a horizontal rule.
    expect(markdown("---\nJust a rule\n\nBody").title).toBe("Untitled posting");
  });
});

describe("finding the title", () => {
  it("takes a heading's text without its link, emphasis or code, and never puts an address in the slug", () => {
    const posting = markdown("# [**Senior** `Rust` Engineer](https://jobs.example.com/acme/senior-rust-engineer-4481234)\n\nBody");
    expect(posting).toMatchObject({ title: "Senior Rust Engineer", slug: "senior-rust-engineer", review: { titleGuessed: false } });
    expect(posting.descriptionMd).toBe("Body");
  });

  it("skips openers that are not titles and finds the role in the text, marking it guessed", () => {
    const posting = markdown("## About Acme\n\nAcme makes maps.\n\n## The role\n\nAs a Staff Cartographer, you will draw the world.");
    expect(posting).toMatchObject({ title: "Staff Cartographer", review: { titleGuessed: true } });
    expect(text("Responsibilities and skills for a data analyst\n\n- SQL\n- Python", "data-analyst_v2 (1).txt").title).toBe("Data Analyst");
    expect(text("We are looking for an experienced backend developer to join us.").title).toBe("Backend Developer");
  });

  it("falls back to the file name, and then to a placeholder, rather than refusing", () => {
    expect(text("Just a paragraph.", "night-shift-lead.txt")).toMatchObject({ title: "Night Shift Lead", review: { titleGuessed: true } });
    expect(text("Just a paragraph.")).toMatchObject({ title: "Untitled posting", slug: "untitled-posting" });
  });

  it("keeps addresses under 60 characters, cut between words", () => {
    const slug = slugify("Principal Distributed Systems Engineer, Storage Infrastructure and Reliability (Remote, EMEA)");
    expect(slug.length).toBeLessThan(60);
    expect(slug).toBe("principal-distributed-systems-engineer-storage");
  });
});

describe("reading bytes", () => {
  it("refuses binary files and reads text in any common encoding", () => {
    expect(refusal(() => decodeText(new Uint8Array(readFileSync(path.join(process.cwd(), "test/files/program.elf")))))).toMatch(/not text Candor can read/);
    expect(decodeText(new Uint8Array(Buffer.from("Caf\xe9 \x80", "latin1")))).toEqual({ text: "Café €", encoding: "Windows-1252" });
    expect(decodeText(new Uint8Array(Buffer.from("\ufeffHé", "utf16le")))).toEqual({ text: "Hé", encoding: "UTF-16LE" });
  });

  it("tells Markdown, HTML and plain text apart when the posting is pasted", () => {
    expect(textFormat("<p>Hello</p><ul><li>a</li></ul>")).toBe("html");
    expect(textFormat("# Title\n\nBody")).toBe("markdown");
    expect(textFormat("Title\n\nResponsibilities:\n- a")).toBe("text");
    expect(textFormat("<p>not html</p>", "posting.md")).toBe("markdown");
  });
});

describe("reading hostile text", () => {
  // Each regular expression is linear: text shaped to make a backtracking one explode takes about sixteen
  // times as long for sixteen times the length (a quadratic one: 256 times). Measured as a ratio in one run,
  // the best of five each, so a busy machine slows both sides alike (bench/import.mjs times a real one). The
  // limit, 64, is the geometric middle: at eight times the length (limit 32) a loaded CI machine measured
  // 34 for a linear one.
  const KB = 1024;
  const fastest = (run: () => void) => {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      run();
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  it.each([
    ["brackets", (n: number) => "[".repeat(n)],
    ["unclosed tags", (n: number) => "<A ".repeat(n / 3)],
    ["Svelte blocks", (n: number) => "{#if ".repeat(n / 5)],
    ["amounts", (n: number) => "$1 - ".repeat(n / 5)],
    ["mojibake leads", (n: number) => "Ã".repeat(n / 2)],
  ])("reads %s in linear time", (_name, shaped) => {
    for (const format of ["text", "markdown"] as const) {
      const small = shaped(32 * KB);
      const large = shaped(512 * KB);
      // The small side counted as at least 5 ms, so the timer's resolution does not decide the ratio.
      const ratio = fastest(() => parsePosting({ text: large, format })) / Math.max(5, fastest(() => parsePosting({ text: small, format })));
      expect(ratio, format).toBeLessThan(64);
    }
  });

  it("reads HTML nested 20,000 levels deep at once, keeping its text", () => {
    // 100 KB of <div>s: the HTML parser took 5 s over it, and Turndown then overflowed the stack.
    const deep = `<h1>Driver</h1>${"<div>".repeat(20_000)}Drive the **trucks** &amp; vans.${"</div>".repeat(20_000)}<ul><li>Clean licence</li></ul>`;
    const start = performance.now();
    const posting = parsePosting({ text: deep, format: "html" });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(posting.title).toBe("Driver");
    expect(posting.descriptionMd).toContain("Drive the \\*\\*trucks\\*\\* & vans.");
    expect(posting.descriptionMd).toContain("- Clean licence");
  });

  it("keeps the structure of HTML nested as deep as documents are", () => {
    const nested = `${"<blockquote><div>".repeat(30)}Deep quote${"</div></blockquote>".repeat(30)}`;
    expect(parsePosting({ text: `<h1>Editor</h1>${nested}`, format: "html" }).descriptionMd).toBe(`${"> ".repeat(30)}Deep quote`);
  });

  it("reads unclosed tags as HTML in linear time", () => {
    const shaped = (n: number) => "<div <a ".repeat(n / 8);
    const ratio = fastest(() => parsePosting({ text: shaped(512 * KB), format: "html" })) / Math.max(5, fastest(() => parsePosting({ text: shaped(32 * KB), format: "html" })));
    expect(ratio).toBeLessThan(64);
  });
});
