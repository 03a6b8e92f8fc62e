import { describe, expect, it } from "vitest";
import { MAX_REFERRER_INPUT, MAX_REFERRER_LENGTH, MAX_TAG_LENGTH, TRACKING_PARAMS } from "@/lib/applications/attribution";
import { CAREERS_SCRIPT, linkWithTracking } from "./careers-script";

describe("a careers page's tracked link", () => {
  const apply = "/careers/acme/engineer/apply";

  it("carries the page's campaign tags and the other site the visitor came from", () => {
    const href = linkWithTracking(apply, { search: "?utm_source=newsletter&utm_medium=email&fbclid=x", referrer: "https://www.linkedin.com/feed/", ownHost: "jobs.example.com" });
    expect(href).toBe(`${apply}?utm_source=newsletter&utm_medium=email&referrer=https%3A%2F%2Fwww.linkedin.com%2Ffeed%2F`);
  });

  it("keeps the first referrer, ignores our own site, and stays plain with nothing to carry", () => {
    expect(linkWithTracking(apply, { search: "?referrer=https%3A%2F%2Fwww.google.com%2F", referrer: "https://www.bing.com/", ownHost: "jobs.example.com" })).toBe(
      `${apply}?referrer=https%3A%2F%2Fwww.google.com`,
    );
    expect(linkWithTracking(apply, { search: "", referrer: "https://jobs.example.com/careers/acme", ownHost: "jobs.example.com" })).toBe(apply);
    expect(linkWithTracking(apply, { search: "?utm_campaign=", referrer: "", ownHost: "jobs.example.com" })).toBe(apply);
  });

  it("leaves the referrer out when not asked to carry it, and cuts long values", () => {
    const href = linkWithTracking("/careers/acme/engineer", { search: `?referrer=https%3A%2F%2Fa.example&utm_content=${"x".repeat(5000)}`, ownHost: "jobs.example.com" });
    expect(href).toBe(`/careers/acme/engineer?utm_content=${"x".repeat(200)}`);
  });
});

describe("the careers script", () => {
  it("carries every parameter the server reads, cut to the server's limits", () => {
    const long = "x".repeat(MAX_REFERRER_INPUT);
    const search = new URLSearchParams(TRACKING_PARAMS.map((name) => [name, name === "referrer" ? `https://a.example/${long.slice(0, MAX_REFERRER_INPUT - 30)}` : long])).toString();
    const carried = new URLSearchParams(linkWithTracking("/p", { search, referrer: "", ownHost: "jobs.example.com" }).split("?")[1]);
    expect([...carried.keys()]).toEqual([...TRACKING_PARAMS]);
    expect(carried.get("referrer")).toHaveLength(MAX_REFERRER_LENGTH);
    expect(carried.get("utm_source")).toHaveLength(MAX_TAG_LENGTH);
  });

  it("stands alone: run as sent, it rewrites the page's tracked links and leaves the others", () => {
    const link = (href: string, tracked?: string) => {
      const attributes: Record<string, string> = { href };
      return { dataset: tracked === undefined ? {} : { tracked }, getAttribute: (name: string) => attributes[name] ?? null, setAttribute: (name: string, value: string) => (attributes[name] = value) };
    };
    const apply = link("/careers/acme/engineer/apply", "referrer");
    const posting = link("/careers/acme/designer", "");
    const document = { readyState: "interactive", referrer: "https://www.google.com/", querySelectorAll: (selector: string) => (selector === "a[data-tracked]" ? [apply, posting] : []) };
    const window = { location: { search: "?utm_medium=social&fbclid=x", host: "jobs.example.com" } };
    new Function("document", "window", CAREERS_SCRIPT)(document, window);
    expect(apply.getAttribute("href")).toBe("/careers/acme/engineer/apply?utm_medium=social&referrer=https%3A%2F%2Fwww.google.com");
    expect(posting.getAttribute("href")).toBe("/careers/acme/designer?utm_medium=social");
  });

  it("waits for the page to be read when it runs first (loaded async from the head)", () => {
    const listeners: (() => void)[] = [];
    const links: { getAttribute: () => string; setAttribute: (name: string, value: string) => void; dataset: object }[] = [];
    let href = "/careers/acme/designer";
    const document = {
      readyState: "loading",
      referrer: "",
      addEventListener: (_event: string, listener: () => void) => listeners.push(listener),
      querySelectorAll: (selector: string) => (selector === "a[data-tracked]" ? links : []),
    };
    const window = { location: { search: "?utm_source=x", host: "jobs.example.com" } };
    new Function("document", "window", CAREERS_SCRIPT)(document, window);
    expect(listeners).toHaveLength(1);
    links.push({ getAttribute: () => href, setAttribute: (_name, value) => (href = value), dataset: {} });
    document.readyState = "interactive";
    listeners[0]!();
    expect(href).toBe("/careers/acme/designer?utm_source=x");
  });
});
