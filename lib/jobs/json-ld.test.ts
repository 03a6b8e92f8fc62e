import { describe, expect, it } from "vitest";
import { buildJobPostingJsonLd, serializeJsonLd, type JsonLdJob } from "./json-ld";

const job: JsonLdJob = {
  publicId: 42,
  title: "Senior Backend Engineer",
  descriptionMd: "## What you'll do\n- Own **services**",
  location: "Remote (Europe)",
  workplaceType: "remote",
  employmentType: "full_time",
  payMin: 85_000,
  payMax: 110_000,
  payCurrency: "EUR",
  payPeriod: "year",
  publishedAt: new Date("2026-01-10T09:00:00Z"),
  closesAt: new Date("2026-03-01T00:00:00Z"),
  createdAt: new Date("2026-01-01T00:00:00Z"),
};
const organization = { name: "Lumen Robotics", website: "https://lumen.example.com/", logoUrl: "https://lumen.example.com/logo.png" };
const url = "https://jobs.example.com/careers/demo/senior-backend-engineer";

describe("buildJobPostingJsonLd", () => {
  it("describes a remote posting completely", () => {
    expect(buildJobPostingJsonLd({ job, organization, url })).toEqual({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Senior Backend Engineer",
      description: "<h2>What you'll do</h2>\n<ul>\n<li>Own <strong>services</strong></li>\n</ul>\n",
      datePosted: "2026-01-10T09:00:00.000Z",
      validThrough: "2026-03-01T00:00:00.000Z",
      employmentType: "FULL_TIME",
      hiringOrganization: {
        "@type": "Organization",
        name: "Lumen Robotics",
        sameAs: "https://lumen.example.com/",
        logo: "https://lumen.example.com/logo.png",
      },
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: [{ "@type": "AdministrativeArea", name: "Europe" }],
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "EUR",
        value: { "@type": "QuantitativeValue", minValue: 85_000, maxValue: 110_000, unitText: "YEAR" },
      },
      identifier: { "@type": "PropertyValue", name: "Lumen Robotics", value: "42" },
      directApply: true,
      url,
    });
  });

  it("gives an on-site job a postal address and no remote fields", () => {
    const data = buildJobPostingJsonLd({
      job: { ...job, location: "Austin, TX, United States", workplaceType: "on_site", employmentType: "internship" },
      organization,
      url,
    });
    expect(data.jobLocation).toEqual({
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: "Austin", addressRegion: "TX", addressCountry: "US" },
    });
    expect(data.employmentType).toBe("INTERN");
    expect(data).not.toHaveProperty("jobLocationType");
    expect(data).not.toHaveProperty("applicantLocationRequirements");
  });

  it("names countries as countries where remote applicants may live", () => {
    const data = buildJobPostingJsonLd({ job: { ...job, location: "Remote (UK or Ireland)" }, organization, url });
    expect(data.applicantLocationRequirements).toEqual([
      { "@type": "Country", name: "United Kingdom" },
      { "@type": "Country", name: "Ireland" },
    ]);
  });

  it.each([
    ["Remote", [{ "@type": "AdministrativeArea", name: "Worldwide" }]],
    [null, [{ "@type": "AdministrativeArea", name: "Worldwide" }]],
    ["Worldwide Remote", [{ "@type": "AdministrativeArea", name: "Worldwide" }]],
    ["US Remote", [{ "@type": "Country", name: "United States" }]],
    ["Remote (EU)", [{ "@type": "AdministrativeArea", name: "European Union" }]],
  ])("always says where applicants to a remote job may live, for the location %j", (location, areas) => {
    const data = buildJobPostingJsonLd({ job: { ...job, location }, organization, url });
    expect(data).toMatchObject({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: areas });
  });

  it("limits a remote job listed at an address to that address's country", () => {
    const data = buildJobPostingJsonLd({ job: { ...job, location: "Berlin, Germany" }, organization, url });
    expect(data.applicantLocationRequirements).toEqual([{ "@type": "Country", name: "Germany" }]);
    expect(data).not.toHaveProperty("jobLocation");
  });

  it.each([
    ["contract", "CONTRACTOR"],
    ["part_time", "PART_TIME"],
    ["temporary", "TEMPORARY"],
  ] as const)("maps the %s employment type to %s", (employmentType, expected) => {
    expect(buildJobPostingJsonLd({ job: { ...job, employmentType }, organization, url }).employmentType).toBe(expected);
  });

  it("leaves out what the job does not say", () => {
    const data = buildJobPostingJsonLd({
      job: { ...job, payMin: null, payMax: null, closesAt: null, publishedAt: null, location: null, workplaceType: "hybrid" },
      organization: { name: "Lumen Robotics", website: null, logoUrl: null },
      url,
    });
    expect(data.datePosted).toBe("2026-01-01T00:00:00.000Z");
    expect(data.hiringOrganization).toEqual({ "@type": "Organization", name: "Lumen Robotics" });
    for (const key of ["validThrough", "baseSalary", "jobLocation", "jobLocationType"]) expect(data).not.toHaveProperty(key);
  });

  it("uses a single value for a fixed salary, in US dollars when no currency is set", () => {
    const data = buildJobPostingJsonLd({ job: { ...job, payMin: 30, payMax: 30, payCurrency: null, payPeriod: "hour" }, organization, url });
    expect(data.baseSalary).toEqual({
      "@type": "MonetaryAmount",
      currency: "USD",
      value: { "@type": "QuantitativeValue", value: 30, unitText: "HOUR" },
    });
  });

  it("never lets the description carry a script", () => {
    const data = buildJobPostingJsonLd({ job: { ...job, descriptionMd: "Hi <script>alert(1)</script>" }, organization, url });
    expect(data.description).not.toContain("<script");
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed from inside a string, and still parses to the same data", () => {
    const data = { title: "</script><script>alert(1)</script>", note: "a & b > c\u2028" };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
