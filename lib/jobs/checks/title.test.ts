import { describe, expect, it } from "vitest";
import { calmCapitals, titleProblems } from "./title";

describe("titleProblems", () => {
  it.each([
    ["Senior Backend Engineer", "Denver, CO, United States"],
    ["Data Analyst", "Remote (United Kingdom)"],
    ["AWS Solutions Architect", "Seattle, WA"],
    ["UX/UI Designer", "Berlin, Germany"],
    ["HVAC Technician", "Austin, TX"],
    ["Machine Learning Engineer (NLP)", null],
    ["Customer Success Manager", "Remote"],
    ["Engineer in Test", "London"],
    ["Développeur·se Back-end", "Lyon, France"],
  ])("finds nothing wrong with %j", (title, location) => {
    expect(titleProblems(title, location)).toEqual({ places: [], symbols: [], capitals: [] });
  });

  it.each([
    ["Senior Engineer (Berlin)", "Berlin, Germany", ["Berlin"]],
    ["Backend Engineer - Remote", "Remote (Europe)", ["Remote"]],
    ["Remote Senior Designer", null, ["Remote"]],
    ["Nurse – Austin, TX", "Austin, TX", ["Austin", "TX"]],
    ["Product Manager | Hybrid", "London, United Kingdom", ["Hybrid"]],
    ["Accountant in Germany", null, ["Germany"]],
    ["Support Engineer (EMEA)", null, ["EMEA"]],
    ["Data Engineer, New York", "New York, NY", ["New York"]],
  ])("finds the place in %j", (title, location, places) => {
    expect(titleProblems(title, location).places).toEqual(places);
  });

  it.each([
    ["🚀 Senior Backend Engineer", ["🚀"]],
    ["Barista ☕️ wanted!", ["☕️", "!"]],
    ["👩‍💻 Developer", ["👩‍💻"]],
    ["★ Star Sales Rep ★", ["★"]],
    ["Engineer 🇩🇪", ["🇩🇪"]],
  ])("finds emoji and symbols in %j", (title, symbols) => {
    expect(titleProblems(title, null).symbols).toEqual(symbols);
  });

  it.each([
    ["SENIOR Backend Engineer", ["SENIOR"]],
    ["URGENT: NURSE NEEDED", ["URGENT", "NURSE", "NEEDED"]],
    ["DEVELOPER (Java)", ["DEVELOPER"]],
  ])("finds words in capitals in %j", (title, capitals) => {
    expect(titleProblems(title, null).capitals).toEqual(capitals);
  });

  it("suggests the word as a title writes it", () => {
    expect(calmCapitals("SENIOR")).toBe("Senior");
  });
});
