import { describe, expect, it } from "vitest";
import { findCountry, findRegion, parseLocation } from "./location";

describe("parseLocation", () => {
  it.each([
    ["Berlin, Germany", { locality: "Berlin", country: { code: "DE", name: "Germany" } }],
    ["London, United Kingdom", { locality: "London", country: { code: "GB", name: "United Kingdom" } }],
    ["Austin, TX, United States", { locality: "Austin", region: "TX", country: { code: "US", name: "United States" } }],
    ["Amsterdam, The Netherlands", { locality: "Amsterdam", country: { code: "NL", name: "Netherlands" } }],
    ["Zürich, Switzerland", { locality: "Zürich", country: { code: "CH", name: "Switzerland" } }],
    ["Lyon", { locality: "Lyon" }],
    ["Austin, TX", { locality: "Austin", region: "TX" }],
  ])("reads an office address from %j", (text, expected) => {
    expect(parseLocation(text)).toEqual({ remote: false, remoteAreas: [], ...expected });
  });

  it("reads a country on its own as a country, not a city", () => {
    expect(parseLocation("Germany")).toEqual({ remote: false, remoteAreas: [], country: { code: "DE", name: "Germany" } });
  });

  it.each([
    ["Remote (Europe)", ["Europe"]],
    ["Remote", []],
    ["remote - US", ["US"]],
    ["Fully remote: Germany, Austria & Switzerland", ["Germany", "Austria", "Switzerland"]],
    ["Remote (US or Canada)", ["US", "Canada"]],
    ["Remote (Trinidad & Tobago)", ["Trinidad & Tobago"]],
    ["US Remote", ["US"]],
    ["Worldwide Remote", ["Worldwide"]],
    ["Germany (Remote)", ["Germany"]],
    ["EU - remote", ["EU"]],
  ])("reads where remote applicants may be from %j", (text, areas) => {
    expect(parseLocation(text)).toEqual({ remote: true, remoteAreas: areas });
  });

  it("does not take a word that merely starts or ends with 'remote' for a remote job", () => {
    expect(parseLocation("Remoteville, France").remote).toBe(false);
    expect(parseLocation("Granremote").remote).toBe(false);
  });

  it("reads a region on its own as where applicants may be, not as a city", () => {
    expect(parseLocation("Worldwide")).toEqual({ remote: false, remoteAreas: ["Worldwide"] });
    expect(parseLocation("anywhere")).toEqual({ remote: false, remoteAreas: ["Worldwide"] });
    expect(parseLocation("EMEA")).toEqual({ remote: false, remoteAreas: ["EMEA"] });
  });

  it("returns nothing for an empty location", () => {
    expect(parseLocation(null)).toEqual({ remote: false, remoteAreas: [] });
    expect(parseLocation("  ")).toEqual({ remote: false, remoteAreas: [] });
  });
});

describe("findRegion", () => {
  it("names the regions postings limit applicants to", () => {
    expect(findRegion("EU")).toBe("European Union");
    expect(findRegion("Global")).toBe("Worldwide");
    expect(findRegion("Germany")).toBeUndefined();
  });
});

describe("findCountry", () => {
  it("knows common short names and ignores non-countries", () => {
    expect(findCountry("UK")?.code).toBe("GB");
    expect(findCountry("usa")?.code).toBe("US");
    expect(findCountry("Curaçao")?.code).toBe("CW");
    expect(findCountry("European Union")).toBeUndefined();
    expect(findCountry("Europe")).toBeUndefined();
  });
});
