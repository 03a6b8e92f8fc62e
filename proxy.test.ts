import { NextRequest, type NextResponse } from "next/server";
import { getRedirectUrl, getRewrittenUrl, isRewrite, unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { afterEach, describe, expect, it } from "vitest";
import { filterParamNames } from "@/lib/careers/filters";
import { config, proxy } from "./proxy";
import { closeFirstRun, openFirstRun } from "./server/setup/first-run";

const origin = "http://candor.test";
const runsFor = (path: string, cookies?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url: origin + path, cookies });
// Only the application form's post waits for anything (below): every other answer is at once.
const answer = (path: string, cookie?: string) => proxy(new NextRequest(origin + path, { headers: cookie ? { cookie } : undefined })) as NextResponse;

describe("a filtered careers page", () => {
  it.each(filterParamNames)("is rendered per request for ?%s=, and the query reaches it", (name) => {
    const path = `/careers/demo?${name}=Design&utm_source=newsletter`;
    expect(runsFor(path)).toBe(true);
    expect(getRewrittenUrl(answer(path))).toBe(`${origin}/careers/demo/_search?${name}=Design&utm_source=newsletter`);
  });

  it("leaves the stored page alone without a filter, with an empty one, and on other careers pages", () => {
    for (const path of [
      "/careers/demo",
      "/careers/demo?utm_source=newsletter",
      "/careers/demo?q=",
      "/careers/demo/senior-backend-engineer?q=design",
      "/careers/demo/feed.xml?department=Design",
      "/careers?q=design",
    ]) {
      expect(runsFor(path), path).toBe(false);
    }
  });
});

describe("a dashboard page", () => {
  it("sends a visitor without a session to sign-in, with a way back", () => {
    expect(runsFor("/jobs/123/pipeline?stage=screen")).toBe(true);
    expect(getRedirectUrl(answer("/jobs/123/pipeline?stage=screen"))).toBe(
      `${origin}/sign-in?callbackUrl=%2Fjobs%2F123%2Fpipeline%3Fstage%3Dscreen`,
    );
    expect(getRedirectUrl(answer("/"))).toBe(`${origin}/sign-in`);
  });

  it("lets a visitor with a session cookie through, for the page itself to verify", () => {
    const response = answer("/candidates", "authjs.session-token=anything");
    expect(getRedirectUrl(response)).toBeNull();
    expect(isRewrite(response)).toBe(false);
  });

  it("is not run on APIs and stored pages", () => {
    for (const path of ["/api/health", "/api/files/abc", "/careers", "/careers/demo/senior-backend-engineer", "/sign-out"]) {
      expect(runsFor(path), path).toBe(false);
    }
  });
});

describe("pages rendered per request", () => {
  const policyOf = (response: Response) => response.headers.get("content-security-policy") ?? "";

  it.each(["/sign-in", "/sign-in/two-factor", "/setup", "/invitations/abc", "/status/abc", "/careers/demo/privacy", "/careers/demo/senior-backend-engineer/apply", "/jobs", "/careers/demo?q=x"])(
    "get a fresh nonce and no other way to run inline scripts (%s)",
    (path) => {
      expect(runsFor(path)).toBe(true);
      const cookie = "authjs.session-token=anything";
      const [first, second] = [policyOf(answer(path, cookie)), policyOf(answer(path, cookie))];
      const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(second).not.toContain(nonce);
      expect(first).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
      expect(first).not.toMatch(/unsafe-inline'[^;]*;[^;]*script|script-src[^;]*unsafe/);
      expect(first).toContain("frame-ancestors 'none'");
      expect(isRewrite(answer(path, cookie))).toBe(path.includes("?q="));
      expect(getRedirectUrl(answer(path, cookie))).toBeNull();
    },
  );
});

describe("the application form's no-JavaScript post", () => {
  const applyPage = "/careers/demo/senior-backend-engineer/apply?utm_source=newsletter";
  const post = (body: string) =>
    proxy(new NextRequest(origin + applyPage, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } }));

  it("is sent back to the form with the reason at the first field past the limit, keeping the query", async () => {
    const response = await post(Array.from({ length: 20_000 }, (_, i) => `f${i}=x`).join("&"));
    expect(response.status).toBe(303);
    expect(getRedirectUrl(response)).toBe(`${origin}${applyPage}&refused=too-many-fields`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("goes on to the page's action when it is within the limits", async () => {
    const response = await post("name=Ada&email=ada%40example.com&consent=on");
    expect(getRedirectUrl(response)).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("a form posted to any other page", () => {
  // Next takes any form post to a page for a possible no-JavaScript server action and parses all of it:
  // 32 MB of 440,000 tiny fields posted to /careers/demo held the event loop for 4 s, while the same body
  // posted to the apply page was refused in 0.16 s.
  const multipart = "multipart/form-data; boundary=x";
  const parts = (count: number) => `${Array.from({ length: count }, (_, i) => `--x\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join("")}--x--\r\n`;
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(origin + path, { method: "POST", body, headers: { "content-type": multipart, ...headers } }));

  it.each(["/careers/demo", "/careers/demo/senior-backend-engineer", "/sign-in", "/no-such-page"])(
    "is held to the limits before Next parses it, and refused at the first field past them (%s)",
    async (path) => {
      expect(unstable_doesMiddlewareMatch({ config, url: origin + path, headers: { "content-type": multipart } })).toBe(true);
      const response = await post(path, parts(20_000));
      expect(response.status).toBe(413);
      expect(response.headers.get("connection")).toBe("close");
      expect(getRedirectUrl(response)).toBeNull();
      expect(response.headers.get("x-middleware-next")).toBeNull();
    },
  );

  it("goes on as before when it is within them: a dashboard form with a pasted posting of a million characters", async () => {
    const pasted = `--x\r\nContent-Disposition: form-data; name="1_text"\r\n\r\n${"Drive the trucks. ".repeat(60_000)}\r\n`;
    const response = await post("/jobs/import", pasted + parts(900), { cookie: "authjs.session-token=anything" });
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    // A careers page posted to is not taken for a filtered one.
    const careers = await post("/careers/demo", parts(3));
    expect(isRewrite(careers)).toBe(false);
    expect(careers.headers.get("x-middleware-next")).toBe("1");
  });

  it("is not looked at on API routes, which read their own forms", () => {
    expect(unstable_doesMiddlewareMatch({ config, url: `${origin}/api/careers/demo/jobs/x/applications`, headers: { "content-type": multipart } })).toBe(false);
  });
});

describe("a brand-new server waiting for its set-up", () => {
  afterEach(() => closeFirstRun());

  it("sends every page to /setup, with or without a session cookie, and serves /setup itself", () => {
    openFirstRun("ABCDE-FGHJK-MNPQR-STUVW");
    for (const path of ["/", "/jobs", "/sign-in", "/settings/members", "/invitations/abc"]) {
      expect(getRedirectUrl(answer(path)), path).toBe(`${origin}/setup`);
      expect(getRedirectUrl(answer(path, "authjs.session-token=anything")), path).toBe(`${origin}/setup`);
    }
    expect(runsFor("/setup")).toBe(true);
    expect(getRedirectUrl(answer("/setup"))).toBeNull();
  });

  it("leaves everything alone once set up (the flag is off)", () => {
    expect(getRedirectUrl(answer("/sign-in"))).toBeNull();
    expect(getRedirectUrl(answer("/jobs"))).toBe(`${origin}/sign-in?callbackUrl=%2Fjobs`);
  });
});
