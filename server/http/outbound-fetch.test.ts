import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostNotFound, PrivateAddressRefused, resolvePublicAddresses, type Resolver } from "./outbound-address";
import { outboundFetch } from "./outbound-fetch";

/** A resolver that answers these names only, as a DNS server would for them. */
const resolverOf =
  (answers: Record<string, string[]>): Resolver =>
  async (hostname) => {
    const addresses = answers[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

const names = resolverOf({
  "idp.internal": ["10.0.0.5"],
  "metadata.internal": ["169.254.169.254"],
  "loopback.internal": ["127.0.0.1"],
  "v6-loopback.internal": ["::1"],
  "ula.internal": ["fd00:ec2::254"],
  "mapped.internal": ["::ffff:127.0.0.1"],
  "half.internal": ["93.184.216.34", "10.0.0.6"],
  "login.example.com": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
});

describe("resolvePublicAddresses", () => {
  it.each([
    ["idp.internal", "10.0.0.5", "private"],
    ["metadata.internal", "169.254.169.254", "link-local"],
    ["loopback.internal", "127.0.0.1", "loopback"],
    ["v6-loopback.internal", "::1", "loopback"],
    ["ula.internal", "fd00:ec2::254", "unique-local"],
    ["mapped.internal", "::ffff:127.0.0.1", "loopback"],
    // One private address among public ones is enough: a connection could go to either.
    ["half.internal", "10.0.0.6", "private"],
  ])("refuses %s, which resolves to %s", async (hostname, address, kind) => {
    const refusal = await resolvePublicAddresses(hostname, names).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PrivateAddressRefused);
    expect(refusal).toMatchObject({ hostname, address, kind });
  });

  it("refuses localhost as the system resolver answers it, and addresses written as the host", async () => {
    await expect(resolvePublicAddresses("localhost")).rejects.toMatchObject({ kind: "loopback" });
    await expect(resolvePublicAddresses("10.1.2.3", names)).rejects.toMatchObject({ kind: "private" });
    await expect(resolvePublicAddresses(new URL("https://[::ffff:169.254.169.254]/").hostname, names)).rejects.toMatchObject({ kind: "link-local" });
  });

  it("returns every address of a public host, and says when a name does not resolve", async () => {
    expect(await resolvePublicAddresses("login.example.com", names)).toEqual([
      { address: "93.184.216.34", family: 4 },
      { address: "2606:2800:220:1:248:1893:25c8:1946", family: 6 },
    ]);
    await expect(resolvePublicAddresses("nowhere.internal", names)).rejects.toBeInstanceOf(HostNotFound);
  });
});

describe("outboundFetch", () => {
  let server: Server;
  let port: number;
  const received: IncomingMessage[] = [];
  const bodies: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      received.push(req);
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        bodies.push(body);
        if (req.url === "/moved") return void res.writeHead(302, { location: "http://10.0.0.5/secret" }).end();
        if (req.url === "/large") return void res.writeHead(200, { "content-type": "application/json" }).end(`"${"x".repeat(5000)}"`);
        res.writeHead(200, { "content-type": "application/json", "set-cookie": ["a=1", "b=2"] }).end(JSON.stringify({ issuer: "test", method: req.method }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("refuses, before connecting, a private address whether written as the host or resolved from a name", async () => {
    const guarded = outboundFetch({ resolve: resolverOf({ "idp.test": ["127.0.0.1"] }) });
    const before = received.length;
    for (const url of [`http://127.0.0.1:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`, `http://idp.test:${port}/.well-known/openid-configuration`]) {
      await expect(guarded(url), url).rejects.toBeInstanceOf(PrivateAddressRefused);
    }
    // The system resolver's answer for localhost is checked the same way.
    await expect(outboundFetch()(`http://localhost:${port}/token`, { method: "POST", body: new URLSearchParams({ code: "x" }) })).rejects.toMatchObject({ kind: "loopback" });
    expect(received.length).toBe(before);
  });

  it("with private addresses allowed, exchanges requests and answers like fetch, without following redirects", async () => {
    const open = outboundFetch({ allowPrivateAddresses: true });
    const discovery = await open(`http://localhost:${port}/.well-known/openid-configuration`, { headers: { accept: "application/json" } });
    expect(discovery.status).toBe(200);
    expect(discovery.headers.get("content-type")).toBe("application/json");
    expect(discovery.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await discovery.json()).toEqual({ issuer: "test", method: "GET" });

    const token = await open(new Request(`http://127.0.0.1:${port}/token`, { method: "POST", body: new URLSearchParams({ grant_type: "authorization_code", code: "abc" }) }));
    expect(await token.json()).toMatchObject({ method: "POST" });
    expect(bodies.at(-1)).toBe("grant_type=authorization_code&code=abc");
    expect(received.at(-1)!.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);

    const moved = await open(`http://127.0.0.1:${port}/moved`, { redirect: "manual" });
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe("http://10.0.0.5/secret");
  });

  it("stops reading an answer larger than its limit", async () => {
    const small = outboundFetch({ allowPrivateAddresses: true, maxResponseBytes: 1000 });
    const response = await small(`http://127.0.0.1:${port}/large`);
    await expect(response.text()).rejects.toThrow(/larger than 1000 bytes/);
  });
});
