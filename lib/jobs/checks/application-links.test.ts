import { describe, expect, it } from "vitest";
import { findApplicationLinks } from "./application-links";

const ownOrigin = "https://jobs.candor.example";

describe("findApplicationLinks", () => {
  it.each([
    ["[Apply now](https://acme.example/careers/123)", { text: "Apply now", host: "acme.example" }],
    ["To apply, [click here](https://acme.example/jobs/123).", { text: "click here", host: "acme.example" }],
    ["[Senior Engineer](https://boards.greenhouse.io/acme/jobs/4455)", { text: "Senior Engineer", host: "boards.greenhouse.io" }],
    ["Already applied? [Track your application](https://jobs.lever.co/acme/123)", { text: "Track your application", host: "jobs.lever.co" }],
    ["See [the role](https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Berlin/Engineer_R123)", { text: "the role", host: "acme.wd5.myworkdayjobs.com" }],
    ["[Our form](https://acme.example/careers/apply?job=12)", { text: "Our form", host: "acme.example" }],
    ["Apply now: https://acme.example/careers/123", { text: "https://acme.example/careers/123", host: "acme.example" }],
    ["https://jobs.ashbyhq.com/acme/abc", { text: "https://jobs.ashbyhq.com/acme/abc", host: "jobs.ashbyhq.com" }],
    ['<a href="https://www.linkedin.com/jobs/view/123">See it on LinkedIn</a>', { text: "See it on LinkedIn", host: "www.linkedin.com" }],
    ["**[Apply here](https://apply.workable.com/acme/j/ABC/)**", { text: "Apply here", host: "apply.workable.com" }],
  ])("finds the application page in %j", (markdown, link) => {
    expect(findApplicationLinks(markdown, { ownOrigin })).toEqual([link]);
  });

  it.each([
    ["Read [our engineering blog](https://acme.example/blog)."],
    ["We use https://github.com/acme daily."],
    ["[Benefits](https://acme.example/benefits) and [values](https://acme.example/values)"],
    ["Questions? Write to [jobs@acme.example](mailto:jobs@acme.example)"],
    ["[Apply now](https://jobs.candor.example/careers/acme/engineer/apply)"],
    ["Apply by 31 January."],
  ])("leaves other links alone in %j", (markdown) => {
    expect(findApplicationLinks(markdown, { ownOrigin })).toEqual([]);
  });

  it("finds every one in a longer description", () => {
    const markdown = ["## How to apply", "", "- [Apply on Greenhouse](https://boards.greenhouse.io/acme/jobs/1)", "- Or email us", "", "Apply now: https://acme.example/apply"].join("\n");
    expect(findApplicationLinks(markdown, { ownOrigin }).map((link) => link.host)).toEqual(["boards.greenhouse.io", "acme.example"]);
  });
});
