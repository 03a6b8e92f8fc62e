import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPolicy, inlineScriptHashes, noncePolicy, staticSecurityHeaders } from "./security-headers.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const scriptSrc = (policy: string) => /script-src ([^;]+)/.exec(policy)?.[1] ?? "";

describe("content security policies", () => {
  it("allows exactly the inline scripts a stored page holds, by hash, and nothing inline otherwise", () => {
    const html = [
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      '<script src="/_next/static/chunks/a.js" async></script>',
      '<script type="application/ld+json">{"@type":"JobPosting"}</script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<SCRIPT type="module">import("/a.js")</SCRIPT >',
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([sha("(self.__next_f=self.__next_f||[]).push([0])"), sha('self.__next_f.push([1,"x"])'), sha('import("/a.js")')]);
    const policy = scriptSrc(hashPolicy(html));
    expect(policy.split(" ")).toEqual(["'self'", ...inlineScriptHashes(html)]);
    expect(policy).not.toMatch(/unsafe|strict-dynamic|nonce/);
  });

  it("gives pages rendered per request their nonce, and eval only in development", () => {
    expect(scriptSrc(noncePolicy("abc"))).toBe("'self' 'nonce-abc' 'strict-dynamic'");
    expect(scriptSrc(noncePolicy("abc", { dev: true }))).toBe("'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval'");
    expect(noncePolicy("abc")).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only when APP_URL is https", () => {
    const keys = (url: string) => staticSecurityHeaders(url).map((header) => header.key);
    expect(keys("https://jobs.example.com")).toContain("Strict-Transport-Security");
    expect(keys("http://localhost:3000")).not.toContain("Strict-Transport-Security");
    expect(keys("http://localhost:3000")).toEqual(expect.arrayContaining(["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options"]));
  });
});
