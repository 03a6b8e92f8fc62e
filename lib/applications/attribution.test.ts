import { describe, expect, it } from "vitest";
import { applyPageTracking, referrerSite } from "./attribution";

const own = ["jobs.example.com"];
const query = (search: string) => new URLSearchParams(search);

describe("a referrer's site", () => {
  it("is the host name in lower case, without www", () => {
    expect(referrerSite("https://WWW.Google.com/search?q=x")).toBe("google.com");
    expect(referrerSite("http://news.ycombinator.com/item?id=1")).toBe("news.ycombinator.com");
    expect(referrerSite("https://www2.example.org/")).toBe("www2.example.org");
  });

  it("is nobody's for anything but a web address", () => {
    for (const value of ["javascript:alert(1)", "android-app://com.google.android.gm/", "data:text/html,x", "google.com", ""]) expect(referrerSite(value)).toBeNull();
  });
});

describe("the apply page's attribution", () => {
  it("takes what the posting's apply link carried first, and cleans it", () => {
    expect(applyPageTracking(query("utm_source=newsletter&referrer=https%3A%2F%2Fwww.google.com%2F%3Fq%3Dx&utm_term=%00t&other=1"), "https://www.bing.com/", own)).toEqual({
      utm_source: "newsletter",
      utm_term: "t",
      referrer: "https://www.google.com",
    });
  });

  it("takes another site that linked straight to the form as the referrer", () => {
    expect(applyPageTracking(query(""), "https://t.co/abc", own)).toEqual({ referrer: "https://t.co/abc" });
  });

  it("without JavaScript, finds the campaign tags in the address of our own posting page, its Referer", () => {
    const posting = "https://jobs.example.com/careers/acme/engineer?utm_source=newsletter&utm_campaign=autumn&q=x";
    expect(applyPageTracking(query(""), posting, own)).toEqual({ utm_source: "newsletter", utm_campaign: "autumn" });
    expect(applyPageTracking(query(""), "https://jobs.example.com/careers/acme/engineer", own)).toEqual({});
    expect(applyPageTracking(query(""), "not a url", own)).toEqual({});
  });
});
