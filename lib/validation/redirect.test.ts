import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "./redirect";

const origin = "http://127.0.0.1:3100";

describe("safeCallbackPath", () => {
  it.each([
    ["/candidates?page=2", "/candidates?page=2"],
    ["/jobs/42#pipeline", "/jobs/42#pipeline"],
    ["/jobs/a%20b", "/jobs/a%20b"],
    [`${origin}/candidates`, "/candidates"],
    ["/jobs/../settings", "/settings"],
  ])("follows a path on this site (%s → %s)", (value, expected) => {
    expect(safeCallbackPath(value, origin)).toBe(expected);
  });

  // Each of these has sent someone to another site in some browser, framework or URL library.
  it.each([
    "/\t/evil.example/",
    "/%09/evil.example/",
    "%2F%09%2Fevil.example%2F",
    "/\n/evil.example/",
    "/\r/evil.example/",
    "/\r\n/evil.example/",
    "/%0a/evil.example/",
    "/%0d/evil.example/",
    "/\t\\evil.example",
    "\t//evil.example",
    " //evil.example",
    "//evil.example/",
    "///evil.example/",
    "////evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%5C/evil.example",
    "/%5cevil.example",
    "/%252F%252Fevil.example",
    "/%25252F/evil.example",
    "/%255C%255Cevil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/x/..//evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "https://evil.example/",
    "http://evil.example/jobs",
    "HTTPS://EVIL.EXAMPLE",
    "https:evil.example",
    "http:/evil.example",
    "https://app@evil.example/",
    `${origin}@evil.example/`,
    `${origin}.evil.example/`,
    "http://127.0.0.1:3100:80@evil.example/",
    "http://user:pass@127.0.0.1:3100/jobs",
    "https://127.0.0.1:3100/jobs",
    "http://127.0.0.1:3101/jobs",
    "//127.0.0.1:3100@evil.example",
    "/%00/evil.example",
    "/\u0000//evil.example",
    "ftp://evil.example/",
    "evil.example",
    "jobs",
    "",
    "/%E0%A4%A",
    "/" + "a".repeat(3000),
  ])("refuses %j", (value) => {
    expect(safeCallbackPath(value, origin)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("refuses anything but a string", () => {
    for (const value of [undefined, null, 42, ["/jobs"], { href: "/jobs" }]) {
      expect(safeCallbackPath(value, origin)).toBe(DEFAULT_AFTER_SIGN_IN);
    }
  });

  it("never answers a path a browser would read as another host", () => {
    const pieces = ["/", "\\", "\t", "%2F", "%5C", "%09", ".", "..", "@", "evil.example", ":", "%252F"];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const path = safeCallbackPath(`/${a}${b}${c}`, origin);
          expect(new URL(path, origin).origin, `/${a}${b}${c} → ${path}`).toBe(origin);
          expect(path).toMatch(/^\/(?![/\\])/);
        }
      }
    }
  });
});
