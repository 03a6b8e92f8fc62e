import { describe, expect, it } from "vitest";
import type { WorkplaceType } from "@/lib/enums";
import { payLawsFor } from "./pay-laws";

const places = (location: string | null, workplace: WorkplaceType = "on_site") => payLawsFor(location, workplace).laws.map((law) => law.place);

const US_PLACES = [
  "Colorado", "California", "Washington", "New York", "Illinois", "Maryland", "Minnesota", "Hawaii", "Massachusetts",
  "New Jersey", "Vermont", "Washington, DC",
];

describe("payLawsFor", () => {
  it.each([
    ["Denver, CO, United States", ["Colorado"]],
    ["Denver, CO", ["Colorado"]],
    ["San Francisco, California", ["California"]],
    ["Seattle", ["Washington"]],
    ["Spokane, WA", ["Washington"]],
    ["Olympia, WA", ["Washington"]],
    ["New York, NY", ["New York"]],
    ["NYC", ["New York"]],
    ["Chicago, IL, USA", ["Illinois"]],
    ["Baltimore, MD", ["Maryland"]],
    ["Minneapolis, MN", ["Minnesota"]],
    ["Honolulu, HI", ["Hawaii"]],
    ["Boston, MA", ["Massachusetts"]],
    ["Newark, NJ", ["New Jersey"]],
    ["Montpelier, VT", ["Vermont"]],
    ["Washington, DC", ["Washington, DC"]],
    ["Washington D.C.", ["Washington, DC"]],
    ["Berlin, Germany", ["Germany"]],
    ["Paris, France", ["France"]],
    ["Boston, MA / Denver, CO", ["Massachusetts", "Colorado"]],
  ])("requires a pay range for an office job in %j", (location, expected) => {
    expect(places(location)).toEqual(expected);
  });

  it.each([
    ["Austin, TX, United States"],
    ["London, United Kingdom"],
    ["Zürich, Switzerland"],
    ["Toronto, ON, Canada"],
    ["Vancouver, BC, CA, Canada"],
    ["Perth, WA"],
    ["Fremantle, WA, Australia"],
    ["United States"],
    [null],
  ])("finds no such law for an office job in %j", (location) => {
    expect(places(location)).toEqual([]);
  });

  it("names the rule with each place", () => {
    expect(payLawsFor("Denver, CO", "hybrid").laws).toEqual([{ place: "Colorado", rule: expect.stringMatching(/^Equal Pay for Equal Work Act/) }]);
    expect(payLawsFor("Madrid, Spain", "on_site").laws[0]?.rule).toMatch(/^EU Pay Transparency Directive 2023\/970, Article 5/);
  });

  it.each([
    ["Remote (United States)", [...US_PLACES], true],
    ["US Remote", [...US_PLACES], true],
    ["Remote (US or Canada)", [...US_PLACES], true],
    ["Remote (Colorado)", ["Colorado"], false],
    ["Denver, CO", ["Colorado"], false],
    ["Remote (Europe)", ["the European Union"], false],
    ["Remote (EU)", ["the European Union"], false],
    ["Remote (Germany or Austria)", ["Germany", "Austria"], false],
    ["Remote (United Kingdom)", [], false],
    ["Remote (Canada)", [], false],
    ["Remote (Worldwide)", [...US_PLACES, "the European Union"], true],
    ["Remote", [...US_PLACES, "the European Union"], true],
    [null, [...US_PLACES, "the European Union"], true],
  ])("covers where remote applicants may work from for %j", (location, expected, anywhereInUs) => {
    const finding = payLawsFor(location, "remote");
    expect(finding.laws.map((law) => law.place)).toEqual(expected);
    expect(finding.anywhereInUs).toBe(anywhereInUs);
  });
});
