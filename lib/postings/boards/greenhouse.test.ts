import { describe, expect, it } from "vitest";
import { fixture } from "@/test/board-server";
import { boardDraft, type BoardDraft } from "./draft";
import { greenhouseDetailSchema, greenhousePosting, readGreenhouseList, unescapeContent, withoutPayBlock } from "./greenhouse";

const list = () => readGreenhouseList(fixture("greenhouse/jobs.json"))!;
const detail = (id: string) => greenhouseDetailSchema.parse(fixture(`greenhouse/job-${id}.json`));

function draftOf(id: string, change: (job: Record<string, unknown>) => void = () => undefined): BoardDraft {
  const entry = list().jobs.find((job) => job.externalId === id)!;
  const answer = fixture(`greenhouse/job-${id}.json`) as Record<string, unknown>;
  change(answer);
  const result = boardDraft(greenhousePosting("fernweh", entry.job, greenhouseDetailSchema.parse(answer)));
  if (!result.ok) throw new Error(result.skipped.reason);
  return result.draft;
}

describe("reading a Greenhouse board", () => {
  it("reads the recorded list: every job with its id and title", () => {
    expect(list().jobs.map(({ externalId, title }) => ({ externalId, title }))).toEqual([
      { externalId: "4012345008", title: "Senior Backend Engineer" },
      { externalId: "4012346008", title: "Product Designer (Hybrid)" },
      { externalId: "4012347008", title: "Customer Support Specialist" },
    ]);
  });

  it("refuses an answer that is not a board, and skips an entry that is not a job while keeping the others", () => {
    expect(readGreenhouseList([{ id: 1, title: "A list, not a board" }])).toBeNull();
    expect(readGreenhouseList({ error: "rate limited" })).toBeNull();
    const read = readGreenhouseList({ jobs: [{ id: 7, title: "Good" }, { id: "x", title: "Bad id" }, { id: 8 }, "text", { id: 7, title: "Good again" }] })!;
    expect(read.jobs.map((job) => job.title)).toEqual(["Good"]);
    expect(read.unreadable.map((job) => job.title)).toEqual(["Bad id", "Job 3 of the list", "Job 4 of the list"]);
    expect(read.unreadable[0]!.reason).toMatch(/not in the shape its API documents/);
  });
});

describe("a Greenhouse job as a draft", () => {
  it("turns the escaped description into Markdown, without the pay block the ranges replace or the call to apply elsewhere", () => {
    const draft = draftOf("4012345008");
    expect(draft.fields.descriptionMd).toBe(
      [
        "## About Fernweh",
        "",
        "Fernweh builds the booking platform behind 2,000 independent travel agencies across Europe. We’re 140 people, mostly in Berlin.",
        "",
        "## What you'll do",
        "",
        "- Design and run the services that price and book 40 million trips a year",
        "- Own our Postgres schema and its migrations – yes, all of them",
        "- Mentor two mid-level engineers",
        "",
        "## What you bring",
        "",
        "- Six years or more building backend services (we use **Kotlin** and *Go*)",
        "- Experience with event-driven systems",
        "",
        "Read more about how we work in our [handbook](https://fernweh.example/handbook).",
      ].join("\n"),
    );
    expect(draft.review.removedCallsToAction).toEqual(["Apply now"]);
  });

  it("takes the innermost department, the location, the employment type and the first pay range, and notes the second", () => {
    const draft = draftOf("4012345008");
    expect(draft.fields).toMatchObject({
      title: "Senior Backend Engineer",
      department: "Platform",
      location: "Berlin, Germany",
      employmentType: "full_time",
      payMin: 85_000,
      payMax: 110_000,
      payCurrency: "EUR",
      payPeriod: "year",
    });
    expect(draft.review).toMatchObject({
      format: "html",
      titleGuessed: false,
      found: {},
      source: { provider: "greenhouse", board: "fernweh", url: "https://job-boards.greenhouse.io/fernweh/jobs/4012345008" },
      notes: ["Greenhouse gives 2 pay ranges (Berlin, Remote (Germany)); Candor keeps the first."],
    });
  });

  it("brings the job's own questions in Candor's kinds, without the ones every application asks", () => {
    expect(draftOf("4012345008").questions).toEqual([
      { label: "LinkedIn Profile", type: "short_text", options: [], required: false },
      { label: "Why do you want to work at Fernweh?", helpText: "A few sentences are plenty — we read every one.", type: "long_text", options: [], required: true },
      { label: "Are you legally authorized to work in Germany?", type: "yes_no", options: [], required: true },
      { label: "How did you hear about this job?", type: "single_select", options: ["LinkedIn", "A friend or colleague", "Conference talk", "Other"], required: false },
      { label: "Which of these languages do you write in production?", type: "multi_select", options: ["Kotlin", "Go", "Java", "Rust"], required: false },
      { label: "Writing sample", helpText: "A design document or a write-up you are proud of (PDF).", type: "file", options: [], required: false },
    ]);
    // Location questions are Greenhouse's own form, not the job's questions.
    expect(draftOf("4012347008").questions.map((q) => q.label)).toEqual(["Which time zone will you work from?"]);
  });

  it("skips a question of a kind Candor has not, or one Candor could not ask, with a note each; hidden fields are not questions", () => {
    const draft = draftOf("4012346008", (job) => {
      (job.questions as unknown[]).push(
        { label: "Start date", required: false, description: null, fields: [{ name: "question_1", type: "input_date", values: [] }] },
        { label: "Only one answer", required: true, description: null, fields: [{ name: "question_2", type: "multi_value_single_select", values: [{ label: "Yes", value: 1 }] }] },
        { label: "Tracking", required: false, description: null, fields: [{ name: "question_3", type: "input_hidden", values: [] }] },
      );
    });
    expect(draft.questions.map((q) => q.label)).toEqual(["Portfolio URL"]);
    expect(draft.review.notes).toEqual([
      "The question “Start date” was not imported: Candor has no kind of answer like Greenhouse's “input_date”.",
      "The question “Only one answer” was not imported: Give at least two options, one per line.",
    ]);
  });

  it("without pay ranges, proposes the pay and workplace its text states, marked for checking", () => {
    const draft = draftOf("4012346008");
    expect(draft.fields).toMatchObject({ payMin: 60_000, payMax: 75_000, payCurrency: "GBP", payPeriod: "year", workplaceType: "hybrid", location: "London, United Kingdom" });
    expect(draft.review.found).toEqual({
      pay: { evidence: "Salary: £60,000 – £75,000 per year, plus a yearly travel budget." },
      workplaceType: { evidence: "Product Designer (Hybrid)" },
    });
    // The text keeps its pay sentence: there was no block of ranges to stand in for it.
    expect(draft.fields.descriptionMd).toContain("Salary: £60,000 – £75,000 per year");
  });

  it("reads hourly pay in cents as whole units, and a remote location as a remote job", () => {
    expect(draftOf("4012347008").fields).toMatchObject({
      employmentType: "part_time",
      payMin: 24,
      payMax: 31,
      payCurrency: "USD",
      payPeriod: "hour",
      location: "Remote - US",
      workplaceType: "remote",
    });
  });

  it("cannot be a draft when the description is over the limit, and says so", () => {
    const entry = list().jobs[0]!;
    const content = `&lt;p&gt;${"Words and more words. ".repeat(3000)}&lt;/p&gt;`;
    const result = boardDraft(greenhousePosting("fernweh", entry.job, { ...detail("4012345008"), content }));
    expect(result).toEqual({
      ok: false,
      skipped: { externalId: "4012345008", title: "Senior Backend Engineer", reason: "The description: The description must be at most 50,000 characters." },
    });
  });
});

describe("Greenhouse's escaped HTML", () => {
  it("is unescaped once, so the description's own entities stay entities", () => {
    expect(unescapeContent("&lt;p&gt;Fish &amp;amp; chips &amp;lt;3 &#39;ok&#39; &#x2014;&lt;/p&gt;")).toBe("<p>Fish &amp; chips &lt;3 'ok' —</p>");
    expect(unescapeContent("<p>Already HTML &amp; fine</p>")).toBe("<p>Already HTML &amp; fine</p>");
    expect(unescapeContent("&#0; &#xD800; &bogus;")).toBe("&#0; &#xD800; &bogus;");
  });

  it("loses the pay block, nested divs and all, and nothing after it", () => {
    const html = '<p>Before</p><div class="content-pay-transparency"><div class="pay-input"><div>€1</div></div></div><p>After</p>';
    expect(withoutPayBlock(html)).toBe("<p>Before</p><p>After</p>");
    expect(withoutPayBlock("<p>No block</p>")).toBe("<p>No block</p>");
  });
});
