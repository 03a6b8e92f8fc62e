import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { filterParamNames } from "@/lib/careers/filters";
import { careersPageScope, FILTER_PARAMS, PAGE_CACHE_HOOK, publicPages } from "./public-pages.mjs";

// Next's request handler is stood in for by one that answers as Next does for a stored careers page:
// its scripts, the RSC payload, the cache handler's policy and stored-at mark, x-nextjs-cache.
type Answer = { fail?: boolean; policy?: boolean; wait?: Promise<void>; status?: number; cache?: string; storedAt?: number; maxAge?: number; cookie?: boolean; optOut?: boolean; body?: string };

const page = (title: string, optOut = true) =>
  `<!DOCTYPE html><html><head>${optOut ? '<meta name="candor-client-runtime" content="none"/>' : ""}` +
  '<script src="/_next/static/chunks/main.js" async=""></script></head>' +
  `<body><h1>${title}</h1><script src="/careers.js" defer=""></script>` +
  '<script>self.__next_f.push([1,"payload"])</script></body></html>';

let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  running?.closeAllConnections();
  if (running) await new Promise((resolve) => running.close(resolve));
  delete (globalThis as { [key: symbol]: unknown })[PAGE_CACHE_HOOK];
});

async function start(answer: (req: IncomingMessage) => Answer) {
  const renders: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    renders.push(req.url!);
    const { fail = false, policy = true, wait, status = 200, cache = "MISS", storedAt = Date.now(), maxAge = 300, cookie = false, optOut = true, body } = answer(req);
    await wait;
    res.statusCode = status;
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (policy) res.setHeader("content-security-policy", ["frame-ancestors 'none'", "default-src 'self'; script-src 'self' 'sha256-next'"]);
    res.setHeader("x-nextjs-cache", cache);
    res.setHeader("cache-control", `s-maxage=${maxAge}, stale-while-revalidate=31535700`);
    res.setHeader("x-candor-stored-at", String(storedAt));
    if (cookie) res.setHeader("set-cookie", "a=b");
    // Next writes in chunks as it renders.
    if (status === 304) return void res.end();
    const html = body ?? page(`${req.url} (render ${renders.length})`, optOut);
    // As Next does, a HEAD is answered with the headers only.
    if (req.method === "HEAD") return void res.end();
    res.write(html.slice(0, 50));
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (fail) throw new Error("render failed at /srv/app/secret.ts:12");
    res.end(html.slice(50));
  };
  const { serve, pages } = publicPages(handle);
  server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(`${origin}${path}`, { method, headers: { "accept-encoding": "identity", ...headers } });
  return { get, renders, pages };
}

const invalidate = (scope: string | null) => (globalThis as unknown as Record<symbol, { invalidate: (scope: string | null) => void }>)[PAGE_CACHE_HOOK]!.invalidate(scope);

describe("careers pages served by the custom server", () => {
  it("recognises the list, posting and apply pages, not the feeds or the privacy page", () => {
    expect(careersPageScope("/careers/Acme")).toBe("acme");
    expect(careersPageScope("/careers/acme/engineer")).toBe("acme");
    expect(careersPageScope("/careers/acme/engineer/apply")).toBe("acme");
    expect(careersPageScope("/careers/acme/feed.xml")).toBeNull();
    expect(careersPageScope("/careers/acme/privacy")).toBeNull();
    expect(careersPageScope("/jobs/1")).toBeNull();
    // The filters that make a list per request (proxy.ts) are never answered from memory.
    expect([...FILTER_PARAMS].sort()).toEqual([...filterParamNames].sort());
  });

  it("sends a stored page without Next's scripts, with a policy for what is left, then from memory", async () => {
    const { get, renders } = await start(() => ({}));
    const first = await get("/careers/acme");
    const html = await first.text();
    expect(html).toContain("<h1>/careers/acme (render 1)</h1>");
    expect(html).not.toContain("/_next/");
    expect(html).not.toContain("__next_f");
    expect(html).toContain('<script src="/careers.js" defer=""></script>');
    expect(first.headers.get("content-security-policy")).toBe(
      "frame-ancestors 'none', default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(first.headers.get("x-candor-stored-at")).toBeNull();
    expect(Number(first.headers.get("content-length"))).toBe(Buffer.byteLength(html));

    const second = await get("/careers/acme?utm_source=newsletter");
    expect(await second.text()).toBe(html);
    expect(second.headers.get("x-candor-cache")).toBe("memory");
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
    const gzipped = await get("/careers/acme", { "accept-encoding": "gzip, br" });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    // (fetch undoes the gzip.)
    expect(await gzipped.text()).toBe(html);
    expect(renders).toEqual(["/careers/acme"]);
  });

  it("drops an organisation's pages when the public cache says so, and keeps no render that began before", async () => {
    let rendering: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (rendering = resolve));
    let finish: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const { get, renders } = await start((req) => {
      if (req.url !== "/careers/acme/slow") return {};
      rendering();
      return { wait: gate };
    });
    await get("/careers/acme");
    await get("/careers/globex");
    invalidate("acme");
    expect(await (await get("/careers/acme")).text()).toContain("(render 3)");
    expect((await get("/careers/globex")).headers.get("x-candor-cache")).toBe("memory");

    // A render under way when the change arrives is sent, but not kept.
    const pending = get("/careers/acme/slow");
    await started;
    invalidate("acme");
    finish();
    expect((await pending).status).toBe(200);
    expect((await get("/careers/acme/slow")).headers.get("x-candor-cache")).toBeNull();
    expect((await get("/careers/acme/slow")).headers.get("x-candor-cache")).toBe("memory");
    expect(renders.filter((url) => url === "/careers/acme/slow")).toHaveLength(2);
  });

  it("keeps nothing Next did not store, set a cookie on, or answered with an error; filtered views and stale pages go to Next each time", async () => {
    const { get, renders } = await start((req) => {
      if (req.url === "/careers/cookie") return { cookie: true };
      if (req.url === "/careers/missing") return { status: 404 };
      if (req.url === "/careers/stale") return { cache: "STALE" };
      if (req.url === "/careers/old") return { storedAt: Date.now() - 301_000 };
      if (req.url === "/careers/runtime") return { optOut: false };
      return { cache: "" };
    });
    for (const path of ["/careers/cookie", "/careers/missing", "/careers/stale", "/careers/old", "/careers/acme?q=engineer", "/careers/acme/engineer/apply"]) {
      await get(path);
      expect((await get(path)).headers.get("x-candor-cache"), path).toBeNull();
    }
    // A page that does not say it works without the runtime keeps it.
    expect(await (await get("/careers/runtime")).text()).toContain("/_next/static/chunks/main.js");
    // Not a careers page: Next's answer as it is.
    expect(await (await get("/jobs")).text()).toContain("/_next/static/chunks/main.js");
    expect(renders.filter((url) => url === "/careers/cookie")).toHaveLength(2);
  });

  it("keeps one copy of a page however its address is spelled, so made-up spellings cannot push other pages out", async () => {
    const { get, renders, pages } = await start(() => ({}));
    const html = await (await get("/careers/acme/engineer")).text();
    for (const spelling of ["/careers/%61cme/engineer", "/careers/acme/%65ngineer", "/careers/%61%63me/engineer/"]) {
      const response = await get(spelling);
      expect(response.headers.get("x-candor-cache"), spelling).toBe("memory");
      expect(await response.text()).toBe(html);
    }
    expect(pages.size).toBe(1);
    expect(renders).toEqual(["/careers/acme/engineer"]);
    // An encoded slash is part of a name, not a step in the path: not the posting's page.
    expect((await get("/careers/acme%2Fengineer")).headers.get("x-candor-cache")).toBeNull();
    expect(renders).toContain("/careers/acme%2Fengineer");
  });

  it("says a page differs by Accept-Encoding, from Next and from memory, since it picks gzip or not per request", async () => {
    const { get } = await start(() => ({}));
    for (const headers of [{}, {}, { "accept-encoding": "gzip" }] as Record<string, string>[]) {
      const vary = (await get("/careers/acme", headers)).headers.get("vary") ?? "";
      expect(vary.split(",").map((name) => name.trim().toLowerCase())).toContain("accept-encoding");
    }
  });

  it("answers HEAD with the headers a GET gets", async () => {
    const { get } = await start((req) => (req.headers["if-none-match"] ? { status: 304, cache: "" } : {}));
    const head = await get("/careers/acme", {}, "HEAD");
    const full = await get("/careers/acme/engineer");
    const html = await full.text();
    const stored = await get("/careers/acme");
    expect(stored.headers.get("x-candor-cache")).toBe("memory");
    for (const name of ["content-security-policy", "content-length", "content-type"]) expect(head.headers.get(name), name).toBe(stored.headers.get(name));
    expect(Number(full.headers.get("content-length"))).toBe(Buffer.byteLength(html));
  });

  it("sends a 304 as Next wrote it: not gzipped, no body", async () => {
    const { get } = await start((req) => (req.headers["if-none-match"] ? { status: 304, cache: "" } : {}));
    const notModified = await get("/careers/acme/other", { "if-none-match": '"x"', "accept-encoding": "gzip" });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("content-encoding")).toBeNull();
  });

  it("answers a render that fails halfway with a plain 500 that no cache in between keeps", async () => {
    const { get, pages } = await start(() => ({ fail: true }));
    const failed = await get("/careers/acme");
    expect(failed.status).toBe(500);
    const text = await failed.text();
    expect(text).toBe("Something went wrong. Please try again.");
    expect(failed.headers.get("cache-control")).toBe("no-store");
    expect(failed.headers.get("x-nextjs-cache")).toBeNull();
    expect(failed.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(pages.size).toBe(0);
  });

  it("gives a page sent without the runtime a script policy even when Next set none", async () => {
    const { get } = await start(() => ({ policy: false }));
    const response = await get("/careers/acme/_search?q=engineer");
    expect(await response.text()).not.toContain("__next_f");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self';");
  });

  it("sends the whole page when the handler returns before it has finished writing", async () => {
    const body = page("Late");
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write(body.slice(0, 50));
      // Returns now, and ends the response later.
      setTimeout(() => res.end(body.slice(50)), 5);
    };
    const { serve } = publicPages(handle);
    server = createServer((req, res) => void serve(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/careers/acme`);
    expect(await response.text()).toBe(body);
  });

  it("lets a visitor leave mid-render: nothing kept, nothing thrown, the next visitor served", async () => {
    let left: () => void = () => undefined;
    const gone = new Promise<void>((resolve) => (left = resolve));
    const handle = async (req: IncomingMessage, res: ServerResponse) => {
      if (req.url === "/careers/acme/left") {
        res.on("close", left);
        await gone;
        // As Next does once the connection is closed: writes what it has, then returns without ending.
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.write(page("Left").slice(0, 50));
        return;
      }
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(page("Stayed"));
    };
    const { serve, pages } = publicPages(handle);
    const served: Promise<void>[] = [];
    server = createServer((req, res) => void served.push(serve(req, res)));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const visit = new AbortController();
    const leaving = fetch(`${origin}/careers/acme/left`, { signal: visit.signal }).catch(() => "left");
    await new Promise((resolve) => setTimeout(resolve, 20));
    visit.abort();
    expect(await leaving).toBe("left");
    await Promise.all(served);
    expect(pages.size).toBe(0);
    expect(await (await fetch(`${origin}/careers/acme`)).text()).toContain("Stayed");
  });
});
